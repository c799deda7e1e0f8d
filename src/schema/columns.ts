/**
 * Column declarations. A column is declared once; validation, formats, checks, the reader and
 * migrations are all derived from it.
 */
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { overLimits, validationFor } from './validation';

export type ColumnType = 'text' | 'list' | 'whole' | 'decimal' | 'date' | 'rating' | 'calculated';

export interface ColumnOptions {
  /** Column width in Excel characters. */
  width?: number;
  /** Wrap long text. */
  wrap?: boolean;
  /** A row that has any entry must have this one. */
  required?: boolean;
  /** Input message shown when the cell is selected (Excel limits it to 255 characters). */
  prompt?: string;
  /** Lowest and highest allowed numbers. */
  min?: number;
  max?: number;
  /** Value a new row starts with (numbers for Weight and the like). */
  initial?: number | string;
  /** Number format code for the column's cells. */
  numberFormat?: string;
  /** The column is filled by the add-in or a formula; people are not expected to type in it. */
  readOnly?: boolean;
  /** Entries that belong to one client (cleared in a new-client copy), as opposed to template content. */
  clientEntry?: boolean;
}

export interface Column<K extends string = string> extends ColumnOptions {
  /** Stable identifier used in code and migrations; never shown. */
  key: K;
  /** The header as it appears in the workbook. */
  header: string;
  type: ColumnType;
  /** For list columns: the defined name of the list. */
  list?: string;
  /** For calculated columns: builds the formula once the table is known. */
  formula?: (ref: ColumnRefs) => string;
}

/** Structured references to the columns of the same table, by key; an undeclared key throws. */
export interface ColumnRefs<K extends string = string> {
  /** `tbl[[#This Row],[Header]]`: the cell of this row in the column with that key. */
  thisRow(key: K): string;
  /** `tbl[Header]`: the whole data column with that key. */
  column(key: K): string;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Every builder below passes its column through here, so a prompt, title or error message longer
 * than Excel accepts fails where it is declared, naming the column, instead of in a file Excel
 * repairs or an Office.js batch it refuses.
 */
function declared<K extends string>(column: Column<K>): Column<K> {
  // A column without a rule still has its prompt checked: it is the text a rule would show.
  const problems = overLimits(validationFor(column) ?? { prompt: column.prompt, promptTitle: column.header });
  if (problems.length > 0) throw new Error(`Column "${column.header}" (${column.key}): its ${problems.join('; its ')}.`);
  return column;
}

export const text = <K extends string>(key: K, header: string, options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'text', ...options,
});

export const list = <K extends string>(key: K, header: string, listName: string, options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'list', list: listName, ...options,
});

export const whole = <K extends string>(key: K, header: string, options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'whole', numberFormat: '0', ...options,
});

export const decimal = <K extends string>(key: K, header: string, options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'decimal', ...options,
});

export const date = <K extends string>(key: K, header: string, options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'date', numberFormat: DATE_FORMAT, width: 12, ...options,
});

const [LOWEST_LEVEL, HIGHEST_LEVEL] = scaleBounds(content.maturityLevels);

/** A maturity rating: a whole number on the maturity scale, or the text N/A. */
export const rating = <K extends string>(key: K, header: string, listName: string, options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'rating', list: listName, min: LOWEST_LEVEL, max: HIGHEST_LEVEL, ...options,
});

export const calculated = <K extends string>(key: K, header: string, formula: (ref: ColumnRefs) => string,
  options: ColumnOptions = {}): Column<K> => declared({
  key, header, type: 'calculated', formula, readOnly: true, ...options,
});
