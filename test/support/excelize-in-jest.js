/**
 * Jest setup: excelize-wasm reads its .wasm file with `Function('m', 'return import(m)')('node:fs')`.
 * Jest's sandbox supports that import only under --experimental-vm-modules, where it fails now and
 * then ("reading 'identifier'"). Here that one function is answered with a plain require instead;
 * every other use of Function is untouched. Production code (the CLI) runs in plain Node and needs none of this.
 */
const RealFunction = globalThis.Function;
function PatchedFunction(...args) {
  if (args.length === 2 && args[0] === 'm' && args[1] === 'return import(m)') {
    return async (name) => require(name);
  }
  return RealFunction(...args);
}
PatchedFunction.prototype = RealFunction.prototype;
globalThis.Function = PatchedFunction;
