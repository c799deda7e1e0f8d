/**
 * The global `Excel` and `OfficeExtension` objects that src/excel may reference at run time for
 * enums, `Excel.run` and `instanceof OfficeExtension.Error`. Enum values are read from
 * @types/office-js itself, so they cannot drift from what tsc checks against.
 */
import { readFileSync } from 'fs';
import { FakeOfficeError } from './errors';

export type EnumTable = Record<string, Record<string, string>>;

let parsed: EnumTable | undefined;

/** Every `enum` of the Excel namespace in @types/office-js: `{ ChartType: { radar: 'Radar', … }, … }`. */
export function excelEnums(): EnumTable {
  if (parsed) return parsed;
  const text = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  const start = text.indexOf('\ndeclare namespace Excel {');
  const end = text.indexOf('\ndeclare namespace', start + 1);
  const excel = text.slice(start, end < 0 ? undefined : end);
  const table: EnumTable = {};
  for (const match of excel.matchAll(/\n {4}enum (\w+) \{([\s\S]*?)\n {4}\}/g)) {
    const members = [...match[2].matchAll(/\n\s+(\w+) = "([^"]*)"/g)].map((m) => [m[1], m[2]] as const);
    table[match[1]] = Object.fromEntries(members);
  }
  parsed = table;
  return table;
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Defines `globalThis.Excel` (all enums, and `run` when given) and `globalThis.OfficeExtension`
 * (`Error`, `ErrorCodes`). Returns a function that puts back what was there before.
 */
export function installExcelGlobals(run?: Run): () => void {
  const scope = globalThis as Record<string, unknown>;
  const before = { Excel: scope.Excel, OfficeExtension: scope.OfficeExtension };
  scope.Excel = { ...excelEnums(), ...(run ? { run } : {}) };
  scope.OfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: {
      accessDenied: 'AccessDenied', generalException: 'GeneralException', activityLimitReached: 'ActivityLimitReached',
      invalidObjectPath: 'InvalidObjectPath', propertyNotLoaded: 'PropertyNotLoaded', valueNotLoaded: 'ValueNotLoaded',
      invalidRequestContext: 'InvalidRequestContext', invalidArgument: 'InvalidArgument', runMustReturnPromise: 'RunMustReturnPromise',
      cannotRegisterEvent: 'CannotRegisterEvent', apiNotFound: 'ApiNotFound', connectionFailure: 'ConnectionFailure',
    },
  };
  return () => {
    scope.Excel = before.Excel;
    scope.OfficeExtension = before.OfficeExtension;
  };
}
