/**
 * One of our tables a person renamed (under Table Design, or a program that names tables Table1):
 * recognised by its headers, since its name no longer says what it is. Both the check that reports
 * it and the file editor that keeps it use this one test.
 */
import type { TableSchema } from '../schema/table';
import { normalHeader } from './found-columns';
import type { OtherTable, WorkbookData } from './workbook-data';
import { findTable } from './workbook-data';

/** Share of a table's declared headers another table must carry to be taken for it. */
const HEADERS_NEEDED = 0.6;

/** True when the headers carry enough of the table's declared headers to be that table. */
export function hasHeadersOf(table: TableSchema, headers: readonly string[]): boolean {
  const declared = new Set(table.columns.map((c) => normalHeader(c.header)));
  const carried = new Set(headers.map(normalHeader).filter((h) => declared.has(h)));
  return carried.size >= Math.ceil(declared.size * HEADERS_NEEDED);
}

/**
 * The table a person renamed from `table`'s name, when no table carries that name: one not named as
 * any of `declared`, with the table's headers, on its declared sheet first.
 */
export function renamedTable(data: WorkbookData, table: TableSchema, declared: readonly string[]): OtherTable | undefined {
  if (findTable(data, table.name)) return undefined;
  const ours = new Set(declared.map((name) => name.toLowerCase()));
  const candidates = (data.otherTables ?? []).filter((t) => !ours.has(t.name.toLowerCase()) && hasHeadersOf(table, t.headers));
  return candidates.find((t) => t.sheet.toLowerCase() === table.sheet.toLowerCase()) ?? candidates[0];
}
