/**
 * The few built-ins newer than ES2017 that our code may call (tsconfig.pane.json lists them), for the older Edge (EdgeHTML) in which
 * some Excel builds with ExcelApi 1.9 still show add-ins. Each is added only where it is missing,
 * and behaves as ECMAScript 2019 specifies. Imported first by each page's entry.
 */
const addMissing = (target: object, name: string, value: unknown) => {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
};

function flattenInto(out: unknown[], items: ArrayLike<unknown>, depth: number): unknown[] {
  for (let i = 0; i < items.length; i += 1) {
    if (!(i in (items as object))) continue;
    const item = items[i];
    if (depth > 0 && Array.isArray(item)) flattenInto(out, item, depth - 1);
    else out.push(item);
  }
  return out;
}

addMissing(Array.prototype, 'flat', function flat(this: unknown[], depth?: number) {
  const levels = depth === undefined ? 1 : Math.trunc(Number(depth));
  return flattenInto([], this, Number.isNaN(levels) ? 0 : levels);
});

addMissing(Array.prototype, 'flatMap', function flatMap(this: unknown[], map: (item: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
  if (typeof map !== 'function') throw new TypeError('flatMap needs a function');
  const mapped: unknown[] = [];
  for (let i = 0; i < this.length; i += 1) if (i in this) mapped.push(map.call(thisArg, this[i], i, this));
  return flattenInto([], mapped, 1);
});

addMissing(Object, 'fromEntries', function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
  const result: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
  return result;
});

addMissing(Array.prototype, 'at', function at(this: unknown[], index: number) {
  const relative = Math.trunc(Number(index)) || 0;
  const at = relative < 0 ? this.length + relative : relative;
  return at >= 0 && at < this.length ? this[at] : undefined;
});

export {};
