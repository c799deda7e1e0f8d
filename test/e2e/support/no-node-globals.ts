/**
 * Stands in for test/host/fake-excel/globals.ts in the browser bundle: that file reads the Excel
 * enums from @types/office-js on disk, which a page cannot, so the bundler puts them in as data.
 */
import type { EnumTable } from '../../host/fake-excel/globals';

declare const __EXCEL_ENUMS__: EnumTable;

export function excelEnums(): EnumTable {
  return __EXCEL_ENUMS__;
}

export function installExcelGlobals(): never {
  throw new Error('The browser bundle defines its own Excel globals (fake-office.ts).');
}
