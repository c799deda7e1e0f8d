import type { TableSchema } from './table';

export type CellValue = string | number | boolean | null;
export type RowEntries = Record<string, CellValue>;

/**
 * The rows a new table starts with: its seed rows with any entries laid over them by position,
 * entries beyond the seed rows appended, then the table's blank rows.
 */
export function initialRows(table: TableSchema, entries: RowEntries[] = []): RowEntries[] {
  const seeds = (table.seedRows ?? []) as RowEntries[];
  const initial = initialValues(table);
  const rows: RowEntries[] = seeds.map((seed, i) => ({ ...initial, ...seed, ...(entries[i] ?? {}) }));
  for (const extra of entries.slice(seeds.length)) rows.push({ ...initial, ...extra });
  for (let i = 0; i < (table.blankRows ?? 0); i++) rows.push({});
  return rows.length > 0 ? rows : [{}];
}

function initialValues(table: TableSchema): RowEntries {
  return Object.fromEntries(table.columns.filter((c) => c.initial !== undefined).map((c) => [c.key, c.initial as CellValue]));
}
