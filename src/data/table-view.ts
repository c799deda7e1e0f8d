/**
 * Rows of a declared table read through its schema: values by column key, wherever the column
 * stands now. Missing columns read as blank; the structure rules report them once.
 */
import { columnLetter } from '../schema/address';
import type { Column } from '../schema/columns';
import type { TableSchema } from '../schema/table';
import type { CellData, RawValue, TableData } from './workbook-data';
import { isCellError } from './workbook-data';

/** Where a finding points, with its words; the runner adds the rule and severity. */
export interface Located {
  sheet: string;
  cell: string;
  message: string;
  fix: string;
}

export class RowView {
  constructor(private readonly table: TableView, readonly row: number, private readonly cells: Record<string, CellData>) {}

  private cellOf(key: string): CellData | undefined {
    const header = this.table.headerOf(key);
    return header === undefined ? undefined : this.cells[header];
  }

  /** The raw value; null when blank or when the column is missing. */
  value(key: string): RawValue {
    return this.cellOf(key)?.value ?? null;
  }

  formula(key: string): string | undefined {
    return this.cellOf(key)?.formula;
  }

  /** The value as a person reads it: text as typed, numbers in plain form, blank as ''. */
  text(key: string): string {
    const value = this.value(key);
    if (value === null) return '';
    if (isCellError(value)) return value.error;
    return String(value);
  }

  /** The number in the cell, or undefined when it holds anything else. */
  number(key: string): number | undefined {
    const value = this.value(key);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  isBlank(key: string): boolean {
    const value = this.value(key);
    return value === null || (typeof value === 'string' && value.trim() === '');
  }

  /** Address of the cell in that column on this row; the row's first cell when the column is missing. */
  address(key: string): string {
    return this.cellOf(key)?.address ?? this.table.addressOf(key, this.row);
  }

  /** True when a person has entered anything in the row's input columns. */
  hasEntries(): boolean {
    return this.table.schema.columns.some((c) => !c.formula && !c.readOnly && c.clientEntry && !this.isBlank(c.key));
  }

  /** True when nothing at all is typed in the row's input columns. */
  isEmpty(): boolean {
    return this.table.schema.columns.every((c) => c.formula || this.isBlank(c.key));
  }

  finding(key: string, message: string, fix: string): Located {
    return { sheet: this.table.data.sheet, cell: this.address(key), message, fix };
  }
}

export class TableView {
  readonly rows: RowView[];
  private readonly headers = new Map<string, string>();

  constructor(readonly schema: TableSchema, readonly data: TableData) {
    const present = new Map(data.columns.map((c) => [normalHeader(c.header), c.header]));
    for (const column of schema.columns) {
      const header = present.get(normalHeader(column.header));
      if (header !== undefined) this.headers.set(column.key, header);
    }
    this.rows = data.rows.map((r) => new RowView(this, r.row, r.cells));
  }

  headerOf(key: string): string | undefined {
    return this.headers.get(key);
  }

  hasColumn(key: string): boolean {
    return this.headers.has(key);
  }

  column(key: string): Column {
    return this.schema.col(key);
  }

  /** A1 address of a column's cell on a row; falls back to the table's first column. */
  addressOf(key: string, row: number): string {
    const header = this.headers.get(key);
    const column = this.data.columns.find((c) => c.header === header)?.column ?? this.data.columns[0]?.column ?? 1;
    return `${columnLetter(column)}${row}`;
  }
}

/** Headers match as Excel matches them: case-insensitively, ignoring surrounding spaces. */
export function normalHeader(header: string): string {
  return header.trim().toLowerCase();
}
