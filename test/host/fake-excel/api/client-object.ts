/**
 * The proxy-object model of Office.js: reading a property needs load() and sync(); setting one or
 * calling a method only queues an operation; the object finds what it stands for when the
 * operation runs at sync. Members the fake does not provide throw instead of passing silently.
 */
import { notImplemented, notModelled, officeError, propertyNotLoaded, valueNotLoaded } from '../errors';
import type { FakeWorkbookState } from '../model/state';
import type { Batch, FakeHost, FakeRequestContext } from './context';

/** Names that JavaScript itself and test tooling probe on any object (await, Jest, React). */
const PROBES = new Set(['then', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', '_isMockFunction', 'inspect', 'toAsymmetricMatcher',
  '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '@@__IMMUTABLE_KEYED__@@', '@@__IMMUTABLE_ORDERED__@@']);

function descriptor(target: object, prop: string): PropertyDescriptor | undefined {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertyDescriptor(o, prop);
    if (found) return found;
  }
  return undefined;
}

/**
 * Wraps an object so that touching a member it does not have throws "does not implement", and
 * setting a read-only property throws. Members starting with `_` are the fake's own.
 */
export function guard<T extends object>(target: T, type: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      // The fake's own members (`_fields` …) first: they are read far more often than any other.
      if (typeof prop === 'symbol' || prop.charCodeAt(0) === 95 || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop)) return undefined;
      throw notImplemented(type, prop);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_')) return Reflect.set(t, prop, value);
      const found = descriptor(t, prop);
      if (found?.set) {
        found.set.call(receiver, value);
        return true;
      }
      if (found) throw new Error(`${type}.${prop} is read-only in Office.js; it cannot be set.`);
      throw notImplemented(type, prop);
    },
  });
}

export type LoadArgument = string | string[] | object;

/** `'a, b'`, `['a', 'b/c']`, `{ select, expand }` or `{ a: true, b: { c: true } }` as paths; `*` is every scalar. */
export function loadPaths(option: LoadArgument | undefined): string[] {
  const split = (text: unknown) => (Array.isArray(text) ? text.join(',') : String(text ?? '')).split(',').map((p) => p.trim()).filter(Boolean);
  if (option === undefined || option === null) return ['*'];
  if (typeof option === 'string' || Array.isArray(option)) {
    const paths = split(option);
    return paths.length === 0 ? ['*'] : paths;
  }
  const record = option as Record<string, unknown>;
  if ('$top' in record || '$skip' in record) throw notModelled('$top and $skip in load options');
  if ('select' in record || 'expand' in record) {
    const paths = [...split(record.select), ...split(record.expand)];
    return paths.length === 0 ? ['*'] : paths;
  }
  const flatten = (options: Record<string, unknown>, prefix: string): string[] => Object.entries(options).flatMap(([key, value]) => {
    if (key === '$all') return value ? [`${prefix}*`] : [];
    if (value === true) return [`${prefix}${key}`];
    if (value && typeof value === 'object') return flatten(value as Record<string, unknown>, `${prefix}${key}/`);
    return [];
  });
  return flatten(record, '');
}

/** What a load reads: scalars of this object, and plans for navigation properties by name. */
interface LoadPlan {
  scalars: string[];
  children: Array<[string, LoadPlan]>;
  /** For a collection: what to load on each of its items. */
  items?: LoadPlan;
}

type Readers<E> = Record<string, (entity: E) => unknown>;

/** Office.js sends an object argument (a Range) as a reference to it, not as its contents. */
function payload(args: unknown): unknown {
  if (args instanceof FakeObject) return { reference: args._path };
  if (Array.isArray(args)) return args.map(payload);
  if (args && typeof args === 'object' && Object.getPrototypeOf(args) === Object.prototype) {
    return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, payload(v)]));
  }
  return args;
}

/** Plain JSON copy, so later changes to the workbook never show through a loaded value. */
const snapshot = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export abstract class FakeObject<E> {
  protected _fields = new Map<string, unknown>();
  protected _isNull: boolean | undefined = undefined;
  protected _bound: { batch: number; entity: E | null } | undefined = undefined;
  protected _children = new Map<string, unknown>();

  /**
   * @param _locate finds the entity when an operation runs; null for a null object
   * @param _sticky keeps the first entity found (sheets, tables …); ranges are found again in every request
   */
  constructor(protected readonly _context: FakeRequestContext, readonly _path: string, protected readonly _type: string,
    protected readonly _locate: (batch: Batch) => E | null, protected readonly _sticky = true) {
    return guard(this, _type);
  }

  /** Loadable scalar properties and how each is read from the entity. */
  protected abstract _readers(): Readers<E>;

  /** Navigation properties a load path may go through (`format/font/bold`). */
  protected _navigation?(name: string): FakeObject<unknown> | undefined;

  /** Whether the entity is still in the workbook. */
  protected _alive?(entity: E): boolean;

  get context(): Excel.RequestContext {
    return this._context as unknown as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this._isNull;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._fields);
  }

  /** The entity this object stands for, found (and for null objects, noted) while a request runs. */
  _resolve(batch: Batch): E | null {
    let entity: E | null;
    if (this._bound && (this._sticky || this._bound.batch === batch.no)) entity = this._bound.entity;
    else {
      entity = this._locate(batch);
      this._bound = { batch: batch.no, entity };
      batch.commits.push(() => { this._isNull = entity === null; });
    }
    if (entity !== null && this._alive && !this._alive(entity)) throw officeError('ItemNotFound', undefined, `${this._type}`);
    return entity;
  }

  /** The entity, for an operation that changes it: a null object cannot be changed. */
  _require(batch: Batch, member: string): E {
    const entity = this._resolve(batch);
    if (entity === null) throw officeError('InvalidObjectPath', undefined, `${this._type}.${member}`);
    return entity;
  }

  /** Binds an object to an entity already found, as collection items are. */
  _bind(entity: E, batch: Batch): this {
    this._bound = { batch: batch.no, entity };
    batch.commits.push(() => { this._isNull = false; });
    return this;
  }

  protected _read<T>(property: string): T {
    if (this._isNull === true) return undefined as T;
    if (!this._fields.has(property)) throw propertyNotLoaded(property);
    return this._fields.get(property) as T;
  }

  /** Queues one operation (a property set, a method call, a load); it runs at the next sync. */
  protected _queue(member: string, args: unknown, apply: (batch: Batch) => void): void {
    this._context._enqueue({ label: `${this._type}.${member}`, payload: { path: this._path, member, args: payload(args) }, counted: true, apply });
  }

  protected _state(): FakeWorkbookState {
    return this._context._host.state;
  }

  protected _host(): FakeHost {
    return this._context._host;
  }

  /** Finds the entity at sync without counting an operation: how *OrNullObject learns isNullObject. */
  _queueLookup(): void {
    this._context._enqueue({ label: `${this._type}.lookup`, payload: null, counted: false, apply: (b) => { this._resolve(b); } });
  }

  /** Setting a property keeps the value locally (as Office.js does) and queues the change. */
  protected _set(property: string, value: unknown, apply: (entity: E, batch: Batch) => void): void {
    this._fields.set(property, value);
    this._queue(property, value, (b) => apply(this._require(b, property), b));
  }

  protected _call(member: string, args: unknown, apply: (entity: E, batch: Batch) => void): void {
    this._queue(member, args, (b) => apply(this._require(b, member), b));
  }

  protected _child<T>(name: string, create: () => T): T {
    if (!this._children.has(name)) this._children.set(name, create());
    return this._children.get(name) as T;
  }

  protected _load(option?: LoadArgument): this {
    const plan = this._plan(loadPaths(option));
    this._queue('load', option ?? null, (b) => this._runLoad(b, plan));
    return this;
  }

  _plan(paths: string[]): LoadPlan {
    const readers = this._readers();
    const scalars = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [first, ...rest] = path.split('/');
      if (first === '*') Object.keys(readers).forEach((k) => scalars.add(k));
      else if (rest.length === 0 && first in readers) scalars.add(first);
      else if (this._navigation?.(first)) nested.set(first, [...(nested.get(first) ?? []), ...(rest.length ? [rest.join('/')] : ['*'])]);
      else throw notImplemented(this._type, path);
    }
    return {
      scalars: [...scalars],
      children: [...nested].map(([name, sub]) => [name, this._navigationTo(name)._plan(sub)]),
    };
  }

  _runLoad(batch: Batch, plan: LoadPlan): void {
    const entity = this._resolve(batch);
    if (entity === null) return;
    const readers = this._readers();
    const values = plan.scalars.map((name) => [name, snapshot(readers[name](entity))] as const);
    batch.responseBytes += JSON.stringify(Object.fromEntries(values)).length;
    batch.commits.push(() => values.forEach(([name, value]) => this._fields.set(name, value)));
    for (const [name, sub] of plan.children) this._navigationTo(name)._runLoad(batch, sub);
  }

  private _navigationTo(name: string): FakeObject<unknown> {
    return this._navigation?.(name) as FakeObject<unknown>;
  }
}

/** A collection: `items` after load, lookups by name, `getCount()`. */
export abstract class FakeCollection<E, I extends FakeObject<E>> extends FakeObject<E[]> {
  /** An item standing for `locate`'s entity. */
  protected abstract _item(path: string, locate: (batch: Batch) => E | null): I;

  protected _readers(): Readers<E[]> {
    return {};
  }

  /**
   * A collection is live: an item deleted or added earlier in the same request is gone or there
   * when a later operation reads it (the model replaces its arrays, so none is kept from before).
   */
  override _resolve(batch: Batch): E[] | null {
    this._bound = undefined;
    return super._resolve(batch);
  }

  /** For each collection's `items`, typed there as the Excel item type. */
  protected _items(): I[] {
    return this._read('items');
  }

  protected override _load(option?: LoadArgument): this {
    const plan = this._plan(loadPaths(option));
    this._queue('load', option ?? null, (b) => this._runLoad(b, plan));
    return this;
  }

  /**
   * `items/name` loads `name` on every item; a collection reached from another object's load
   * (`tables.load('items/columns/items/name')`) is planned the same way, as Office.js allows.
   */
  override _plan(paths: string[]): LoadPlan {
    const itemPaths = paths.map((p) => (p === 'items' || p === '*' ? '*' : p.replace(/^items\//, '')));
    return { scalars: [], children: [], items: this._item(`${this._path}.items`, () => null)._plan(itemPaths) };
  }

  override _runLoad(batch: Batch, plan: LoadPlan): void {
    const entities = this._resolve(batch);
    if (entities === null || !plan.items) return;
    const itemPlan = plan.items;
    const items = entities.map((entity, i) => {
      const item = this._item(`${this._path}.items[${i}]`, () => entity)._bind(entity, batch);
      item._runLoad(batch, itemPlan);
      return item;
    });
    batch.commits.push(() => this._fields.set('items', items));
  }

  getCount(): OfficeExtension.ClientResult<number> {
    const result = new FakeClientResult<number>();
    this._queue('getCount', null, (b) => {
      const count = (this._resolve(b) ?? []).length;
      b.responseBytes += String(count).length;
      b.commits.push(() => result._settle(count));
    });
    return result as unknown as OfficeExtension.ClientResult<number>;
  }

  /** An item found by `find` when used; ItemNotFound then if there is none. */
  protected _lookup(member: string, key: string, find: (entities: E[]) => E | undefined): I {
    return this._item(`${this._path}.${member}(${JSON.stringify(key)})`, (b) => {
      const entities = this._resolve(b);
      if (entities === null) return null;
      const found = find(entities);
      if (!found) throw officeError('ItemNotFound', undefined, `${this._type}.${member}`);
      return found;
    });
  }

  /** An item that is a null object when there is none; isNullObject can be read after the next sync. */
  protected _lookupOrNull(member: string, key: string, find: (entities: E[]) => E | undefined): I {
    const item = this._item(`${this._path}.${member}(${JSON.stringify(key)})`, (b) => {
      const entities = this._resolve(b);
      return entities === null ? null : find(entities) ?? null;
    });
    item._queueLookup();
    return item;
  }
}

/** OfficeExtension.ClientResult: `value` after the sync that computes it. */
export class FakeClientResult<T> {
  private _value: T | undefined;
  private _settled = false;

  constructor() {
    return guard(this, 'ClientResult');
  }

  get value(): T {
    if (!this._settled) throw valueNotLoaded();
    return this._value as T;
  }

  _settle(value: T): void {
    this._value = value;
    this._settled = true;
  }
}
