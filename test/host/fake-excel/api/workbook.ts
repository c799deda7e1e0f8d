/** Excel.Workbook: its collections, protection, document properties and selection. */
import { parseRect } from '../address';
import { officeError } from '../errors';
import { sameName, type CustomPropertyState, type FakeWorkbookState } from '../model/state';
import { FakeCollection, FakeObject, type LoadArgument } from './client-object';
import type { Batch, FakeRequestContext } from './context';
import { FakeNamedItemCollection } from './names';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakeWorksheetCollection } from './worksheet';

type LocateState = (batch: Batch) => FakeWorkbookState | null;

export class FakeWorkbook extends FakeObject<FakeWorkbookState> implements Pick<Excel.Workbook, 'worksheets' | 'tables' | 'names'
  | 'properties' | 'protection' | 'application' | 'getSelectedRange'> {
  constructor(context: FakeRequestContext, path: string, locate: LocateState) {
    super(context, path, 'Workbook', locate);
  }

  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, () => unknown> = {
      worksheets: () => this.worksheets, tables: () => this.tables, names: () => this.names, properties: () => this.properties,
      protection: () => this.protection,
    };
    return parts[name]?.() as FakeObject<unknown> | undefined;
  }

  get worksheets(): Excel.WorksheetCollection {
    return this._child('worksheets', () => new FakeWorksheetCollection(this._context, `${this._path}.worksheets`, (b) => this._resolve(b))) as unknown as Excel.WorksheetCollection;
  }

  get tables(): Excel.TableCollection {
    return this._child('tables', () => new FakeTableCollection(this._context, `${this._path}.tables`)) as unknown as Excel.TableCollection;
  }

  get names(): Excel.NamedItemCollection {
    return this._child('names', () => new FakeNamedItemCollection(this._context, `${this._path}.names`, (b) => this._resolve(b))) as unknown as Excel.NamedItemCollection;
  }

  get properties(): Excel.DocumentProperties {
    return this._child('properties', () => new FakeDocumentProperties(this._context, `${this._path}.properties`, 'DocumentProperties',
      (b) => this._resolve(b))) as unknown as Excel.DocumentProperties;
  }

  get protection(): Excel.WorkbookProtection {
    return this._child('protection', () => new FakeWorkbookProtection(this._context, `${this._path}.protection`, 'WorkbookProtection',
      (b) => this._resolve(b))) as unknown as Excel.WorkbookProtection;
  }

  get application(): Excel.Application {
    return this._context.application;
  }

  /** The active sheet's selection, as it is when the request runs. */
  getSelectedRange(): Excel.Range {
    return new FakeRange(this._context, `${this._path}.getSelectedRange()`, () => {
      const sheet = this._state().requireActive();
      return { sheet, rect: parseRect(sheet.selection, 'Workbook.getSelectedRange') };
    }) as unknown as Excel.Range;
  }
}

export class FakeWorkbookProtection extends FakeObject<FakeWorkbookState> implements Pick<Excel.WorkbookProtection, 'protected' | 'protect' | 'unprotect' | 'load'> {
  protected _readers() {
    return { protected: (state: FakeWorkbookState) => state.protection.protected };
  }

  get protected(): boolean { return this._read('protected'); }

  protect(password?: string): void {
    this._call('protect', password === undefined ? null : '***', (state) => { state.protection.protected = true; });
  }

  unprotect(password?: string): void {
    this._call('unprotect', password === undefined ? null : '***', (state) => { state.protection.protected = false; });
  }

  load(option?: LoadArgument): Excel.WorkbookProtection {
    return this._load(option) as unknown as Excel.WorkbookProtection;
  }
}

export class FakeDocumentProperties extends FakeObject<FakeWorkbookState> implements Pick<Excel.DocumentProperties, 'custom'> {
  protected _readers() {
    return {};
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'custom' ? this.custom as unknown as FakeObject<unknown> : undefined;
  }

  get custom(): Excel.CustomPropertyCollection {
    return this._child('custom', () => new FakeCustomPropertyCollection(this._context, `${this._path}.custom`, 'CustomPropertyCollection',
      (b) => this._resolve(b)?.customProperties ?? null, false)) as unknown as Excel.CustomPropertyCollection;
  }
}

type LocateProperty = (batch: Batch) => CustomPropertyState | null;

export class FakeCustomPropertyCollection extends FakeCollection<CustomPropertyState, FakeCustomProperty>
  implements Pick<Excel.CustomPropertyCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'deleteAll' | 'getCount' | 'items' | 'load'> {
  get items(): Excel.CustomProperty[] {
    return this._items() as unknown as Excel.CustomProperty[];
  }

  protected _item(path: string, locate: LocateProperty): FakeCustomProperty {
    return new FakeCustomProperty(this._context, path, 'CustomProperty', locate);
  }

  /** Creates the property, or sets it when the key (ignoring case) is there already. */
  add(key: string, value: unknown): Excel.CustomProperty {
    this._queue('add', { key, value }, () => {
      if (typeof key !== 'string' || key === '' || key.length > 255) throw officeError('InvalidArgument', undefined, 'CustomPropertyCollection.add');
      this._state().setCustomProperty(key, value instanceof Date ? new Date(value) : value);
    });
    return this.getItem(key);
  }

  getItem(key: string): Excel.CustomProperty {
    return this._lookup('getItem', key, (properties) => properties.find((p) => sameName(p.key, key))) as unknown as Excel.CustomProperty;
  }

  getItemOrNullObject(key: string): Excel.CustomProperty {
    return this._lookupOrNull('getItemOrNullObject', key, (properties) => properties.find((p) => sameName(p.key, key))) as unknown as Excel.CustomProperty;
  }

  deleteAll(): void {
    this._queue('deleteAll', null, () => { this._state().customProperties = []; });
  }

  load(option?: LoadArgument): Excel.CustomPropertyCollection {
    return this._load(option) as unknown as Excel.CustomPropertyCollection;
  }
}

export class FakeCustomProperty extends FakeObject<CustomPropertyState> implements Pick<Excel.CustomProperty, 'key' | 'value' | 'type' | 'delete' | 'load'> {
  protected override _alive(property: CustomPropertyState): boolean {
    return this._state().customProperties.includes(property);
  }

  protected _readers() {
    return {
      key: (p: CustomPropertyState) => p.key,
      value: (p: CustomPropertyState) => p.value,
      type: (p: CustomPropertyState) => (typeof p.value === 'number' ? (Number.isInteger(p.value) ? 'Number' : 'Float')
        : typeof p.value === 'boolean' ? 'Boolean' : p.value instanceof Date ? 'Date' : 'String'),
    };
  }

  get key(): string { return this._read('key'); }
  get type(): Excel.DocumentPropertyType | 'Number' | 'Boolean' | 'Date' | 'String' | 'Float' { return this._read('type'); }
  get value(): any { return this._read('value'); } // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so

  set value(value: any) { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    this._set('value', value, (property) => { property.value = value; });
  }

  delete(): void {
    this._call('delete', null, (property) => {
      const state = this._state();
      state.customProperties = state.customProperties.filter((p) => p !== property);
    });
  }

  load(option?: LoadArgument): Excel.CustomProperty {
    return this._load(option) as unknown as Excel.CustomProperty;
  }
}
