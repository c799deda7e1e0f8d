/**
 * A table as read, turned into what the writer needs to put it back: rows by column key (found by
 * the current header or a header an older layout used) and every other column as an extra column,
 * so no value a person typed is dropped.
 */
import { FoundColumns } from '../data/found-columns';
import type { TableData, WorkbookData } from '../data/workbook-data';
import { findTable, isCellError } from '../data/workbook-data';
import type { CellValue, RowEntries } from '../schema/rows';
import type { TableSchema } from '../schema/table';

export interface TableContent {
  /** Rows by column key, exactly as they are to stand. */
  rows: RowEntries[];
  /** Columns a person added to the table, kept after the declared ones. */
  extraColumns: Array<{ header: string; values: CellValue[] }>;
}

/** An error value cannot be written back as an error; it is kept as its text (`#REF!`). */
export function plainValue(value: TableData['rows'][number]['cells'][string]['value'] | undefined): CellValue {
  if (value === undefined) return null;
  return isCellError(value) ? value.error : value;
}

/**
 * Reads one declared table. `aliases` maps headers an older layout used to today's column keys.
 * Calculated columns are left out: the writer gives them their formulas again.
 */
export function tableContent(data: WorkbookData, table: TableSchema, aliases: Record<string, string> = {}): TableContent | undefined {
  const found = findTable(data, table.name);
  if (!found) return undefined;
  const columns = new FoundColumns(table, found.columns, aliases);
  const calculated = new Set(table.columns.filter((c) => c.formula).map((c) => c.key));
  const assignments = found.columns.map((c) => ({ header: c.header, key: columns.keyOf(c.header) }));
  return {
    rows: found.rows.map((row) => Object.fromEntries(assignments
      .filter((a) => a.key !== undefined && !calculated.has(a.key))
      .map((a) => [a.key as string, plainValue(row.cells[a.header]?.value)]))),
    extraColumns: assignments.filter((a) => a.key === undefined).map((a) => ({
      header: a.header, values: found.rows.map((row) => plainValue(row.cells[a.header]?.value)),
    })),
  };
}

/** The Start details by key, as the workbook has them. */
export function startDetails(data: WorkbookData, inputs: Array<{ name: string; key: string }>): Record<string, CellValue> {
  return Object.fromEntries(inputs.map(({ name, key }) => [key, plainValue(data.names[name]?.value)]));
}
