/**
 * Rows of a declared table read through its schema: values by column key, wherever the column
 * stands now. Missing columns read as blank; the structure rules report them once. A key the
 * table does not declare does not compile, or throws where it arrives as a string.
 */
import { columnLetter } from '../schema/address';
import type { Column } from '../schema/columns';
import type { TableSchema } from '../schema/table';
import { FoundColumns } from './found-columns';
import type { CellData, RawValue, TableData } from './workbook-data';
import { isCellError } from './workbook-data';

/** Where a finding points, with its words; the runner adds the rule and severity. */
export interface Located {
  sheet: string;
  cell: string;
  message: string;
  fix: string;
}

export class RowView<K extends string = string> {
  constructor(private readonly table: TableView<K>, readonly row: number, private readonly cells: Record<string, CellData>) {}

  private cellOf(key: K): CellData | undefined {
    const header = this.table.headerOf(key);
    return header === undefined ? undefined : this.cells[header];
  }

  /** The raw value; null when blank or when the column is missing. */
  value(key: K): RawValue {
    return this.cellOf(key)?.value ?? null;
  }

  formula(key: K): string | undefined {
    return this.cellOf(key)?.formula;
  }

  /** The value as a person reads it: text as typed, numbers in plain form, blank as ''. */
  text(key: K): string {
    const value = this.value(key);
    if (value === null) return '';
    if (isCellError(value)) return value.error;
    return String(value);
  }

  /** The number in the cell, or undefined when it holds anything else. */
  number(key: K): number | undefined {
    const value = this.value(key);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  isBlank(key: K): boolean {
    const value = this.value(key);
    return value === null || (typeof value === 'string' && value.trim() === '');
  }

  /** Address of the cell in that column on this row; the row's first cell when the column is missing. */
  address(key: K): string {
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

  finding(key: K, message: string, fix: string): Located {
    return { sheet: this.table.data.sheet, cell: this.address(key), message, fix };
  }
}

export class TableView<K extends string = string> {
  readonly rows: Array<RowView<K>>;
  readonly columns: FoundColumns<K>;

  constructor(readonly schema: TableSchema<K>, readonly data: TableData) {
    this.columns = new FoundColumns(schema, data.columns);
    this.rows = data.rows.map((r) => new RowView(this, r.row, r.cells));
  }

  headerOf(key: K): string | undefined {
    return this.columns.header(key);
  }

  hasColumn(key: K): boolean {
    return this.columns.has(key);
  }

  column(key: K): Column<K> {
    return this.schema.col(key);
  }

  /** A1 address of a column's cell on a row; falls back to the table's first column. */
  addressOf(key: K, row: number): string {
    const column = this.columns.column(key) ?? this.data.columns[0]?.column ?? 1;
    return `${columnLetter(column)}${row}`;
  }
}
