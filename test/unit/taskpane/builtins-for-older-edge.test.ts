/** The pane's stand-ins for built-ins the older Edge lacks behave as the engine's own do. */
/* eslint-disable @typescript-eslint/no-explicit-any */
const native = { flat: Array.prototype.flat, flatMap: Array.prototype.flatMap, fromEntries: Object.fromEntries, at: Array.prototype.at };
let standIns: typeof native;

beforeAll(async () => {
  delete (Array.prototype as any).flat;
  delete (Array.prototype as any).flatMap;
  delete (Object as any).fromEntries;
  delete (Array.prototype as any).at;
  await jest.isolateModulesAsync(async () => { await import('../../../src/taskpane/builtins-for-older-edge'); });
  standIns = { flat: Array.prototype.flat, flatMap: Array.prototype.flatMap, fromEntries: Object.fromEntries, at: Array.prototype.at };
});
afterAll(() => {
  for (const [target, name, value] of [[Array.prototype, 'flat', native.flat], [Array.prototype, 'flatMap', native.flatMap], [Object, 'fromEntries', native.fromEntries], [Array.prototype, 'at', native.at]] as const) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }
});

const sparse = [1, , [2, , [3, [4]]], [], 'ab'];

describe('the built-ins added for the older Edge', () => {
  it('are added where missing, as methods that for-in does not list', () => {
    expect(standIns.flat).not.toBe(native.flat);
    expect(standIns.flatMap).not.toBe(native.flatMap);
    expect(standIns.fromEntries).not.toBe(native.fromEntries);
    expect(standIns.at).not.toBe(native.at);
    const keys: string[] = [];
    for (const key in [1]) keys.push(key);
    expect(keys).toEqual(['0']);
  });

  it('flat as the engine does, at every depth, skipping holes', () => {
    for (const depth of [undefined, 0, 1, 2, Infinity, -1, NaN]) {
      expect(standIns.flat.call(sparse, depth)).toEqual(native.flat.call(sparse, depth));
    }
  });

  it('flatMap as the engine does: one level, holes skipped, with index and thisArg', () => {
    const map = function (this: { k: number }, item: unknown, index: number) { return Array.isArray(item) ? item : [item, index * this.k]; };
    expect(standIns.flatMap.call(sparse, map as any, { k: 10 })).toEqual(native.flatMap.call(sparse, map as any, { k: 10 }));
    expect(() => standIns.flatMap.call([1], 'not a function' as any)).toThrow(TypeError);
  });

  it('fromEntries as the engine does, from arrays, maps and generators, the last key winning', () => {
    function* pairs() { yield ['a', 1] as const; yield ['b', 2] as const; yield ['a', 3] as const; }
    for (const source of [[['x', 1], ['y', null]] as Array<[string, unknown]>, new Map<string, unknown>([['m', 'n']]), pairs()]) {
      const copy = source instanceof Map ? new Map(source) : Array.isArray(source) ? source : [...source];
      expect(standIns.fromEntries(copy as any)).toEqual(native.fromEntries(copy as any));
    }
    const own = standIns.fromEntries([['__proto__', 1]]);
    expect(Object.keys(own)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(own)).toBe(Object.prototype);
  });

  it('at as the engine does, from either end, outside the array and with odd indexes', () => {
    for (const index of [0, 2, 4, 5, -1, -4, -5, -6, 1.7, -1.7, NaN, '1', undefined, Infinity]) {
      expect(standIns.at.call(sparse, index as number)).toEqual(native.at.call(sparse, index as number));
    }
  });
});
