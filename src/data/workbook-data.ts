/**
 * What a host reads from a workbook for the checks: every declared table where it is now, with
 * each cell's raw value, formula and address. The file host and the Office.js host produce the
 * same shape, so the checks never know which one they run on.
 */

/** An error value such as #REF! or #N/A sitting in a cell. */
export interface CellError {
  error: string;
}

/** A cell as stored: a number (dates are serial numbers), text, a boolean, an error, or null when empty. */
export type RawValue = string | number | boolean | null | CellError;

export interface CellData {
  /** A1 address on its sheet as it is now, e.g. `G7`. */
  address: string;
  value: RawValue;
  /** Formula without the leading '=', when the cell has one. */
  formula?: string;
}

export interface TableData {
  /** The table's name in the workbook. */
  name: string;
  /** The sheet it is on now (users rename sheets). */
  sheet: string;
  headerRow: number;
  /** Headers in the order they stand now, with their sheet column (1-based). */
  columns: Array<{ header: string; column: number }>;
  /** Data rows with their sheet row; cells by header. Extra user columns are included. */
  rows: Array<{ row: number; cells: Record<string, CellData> }>;
  /**
   * Rows typed or pasted just below the table that it did not take in, by the header of the column
   * above: from the row under the table's last row down to the first empty one, at most
   * ROWS_READ_BELOW. They are not part of the table, so nothing counts them. Undefined when the host
   * did not look.
   */
  below?: Array<{ row: number; cells: Record<string, CellData> }>;
  /** True when the table shows Excel's Total Row: its last row, which is not in `rows`. */
  totalsRow?: boolean;
  /** True when the table's header row is turned off: its columns cannot be found by header, so `rows` is empty. */
  noHeaderRow?: boolean;
}

/** A table that is none of ours by name (a person's own, or one of ours they renamed), with its headers. */
export interface OtherTable {
  name: string;
  sheet: string;
  headers: string[];
}

/** How many rows under a table a host looks at for entries the table did not take in. */
export const ROWS_READ_BELOW = 10;

export interface NamedCell {
  sheet: string;
  address: string;
  value: RawValue;
  /** Formula without the leading '=', for figure cells such as OverallMaturity. */
  formula?: string;
}

export interface WorkbookData {
  sheets: string[];
  /** Tables by name as the workbook spells it. */
  tables: Record<string, TableData>;
  /** Every table not named as one of ours, for finding one a person renamed; undefined when the host did not look. */
  otherTables?: OtherTable[];
  /** Single-cell defined names (Start details, figures), by name. */
  names: Record<string, NamedCell>;
  /** Values of the dropdown lists as the workbook has them (a consultant may have edited them), by list name. */
  lists: Record<string, Array<string | number>>;
  /** From the document properties; undefined when the workbook does not say. */
  templateVersion?: string;
  workbookId?: string;
  /**
   * How the file counts its date serials: 1904 in some Mac workbooks. Every date in this data is
   * already in the 1900 system the checks and scores use; a writer keeps the file's own system.
   * Undefined when the host does not say (the 1900 system).
   */
  dateSystem?: 1900 | 1904;
}

export const isCellError = (value: RawValue | undefined): value is CellError =>
  typeof value === 'object' && value !== null && 'error' in value;

/** A cell with nothing in it: no value (or only spaces) and no formula. */
export const isEmptyCell = (cell: CellData): boolean => cell.formula === undefined
  && (cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === ''));

/** A table by name, compared as Excel does (ignoring case). */
export function findTable(data: WorkbookData, name: string): TableData | undefined {
  const key = Object.keys(data.tables).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : data.tables[key];
}
