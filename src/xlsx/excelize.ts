import { init } from 'excelize-wasm';

export type Excelize = Awaited<ReturnType<typeof init>>;
export type ExcelizeFile = ReturnType<Excelize['NewFile']>;

let loading: Promise<Excelize> | undefined;

/** Loads the excelize WebAssembly module once per process. */
export function loadExcelize(): Promise<Excelize> {
  loading ??= init(require.resolve('excelize-wasm/excelize.wasm.gz'));
  return loading;
}

/** excelize reports failures as `{ error }`; this turns one into an exception naming what was being done. */
export function must<T extends { error: string | null }>(result: T, doing: string): T {
  if (result.error) throw new Error(`${doing}: ${result.error}`);
  return result;
}
