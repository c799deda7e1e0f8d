/**
 * Upgrade: an older layout's rows mapped by column key onto the current one. Columns renamed since
 * are found by the headers that layout used; columns the current layout does not know stay as the
 * person's own extra columns; nothing typed is lost.
 */
import { FoundColumns, normalHeader } from '../data/found-columns';
import type { TableData, WorkbookData } from '../data/workbook-data';
import type { TableSchema } from '../schema/table';
import type { WorkbookSchema } from '../schema/workbook';
import { startDetails, tableContent, type TableContent } from './table-content';
import type { MigratedWorkbook } from './new-client';

/** What changed in one older template version: headers it used, by table, for today's column keys. */
export interface OlderLayout {
  version: string;
  /** table name → header in that version → today's column key. */
  renamed: Record<string, Record<string, string>>;
}

/**
 * Layouts of template versions before the current one that named a column differently. None has
 * yet (1.1.0 only added the joint assessment); a version that renames a column adds an entry here.
 */
export const olderLayouts: OlderLayout[] = [];

export type VersionOrder = 'older' | 'same' | 'newer' | 'unknown';

/** Compares dotted versions by their numbers. */
export function compareVersion(version: string | undefined, current: string): VersionOrder {
  if (!version || !/^\d+(\.\d+)*$/.test(version.trim())) return 'unknown';
  const a = version.trim().split('.').map(Number);
  const b = current.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? 'older' : 'newer';
  }
  return 'same';
}

/**
 * Headers the table had in the workbook's version or any later older one (header → today's column
 * key): every layout from the workbook's version up to the current one contributes the headers it used.
 */
export function headersUsedBefore(version: string | undefined, tableName: string, layouts: OlderLayout[] = olderLayouts): Record<string, string> {
  const applicable = layouts.filter((l) => compareVersion(version ?? '', l.version) !== 'newer');
  return Object.assign({}, ...applicable.map((l) => l.renamed[tableName] ?? {})) as Record<string, string>;
}

/** A header an older layout used, to be given today's header where it stands. */
export interface HeaderRename {
  /** Sheet column (1-based). */
  column: number;
  from: string;
  to: string;
}

/**
 * The headers of a table as read that an older layout used and today's layout calls otherwise,
 * found the way every reader finds columns (FoundColumns with the older headers). A header is left
 * as it is when the table already has a column under today's header: two columns of one name are
 * not allowed in a table.
 */
export function headerRenames(found: TableData, table: TableSchema, version: string | undefined,
  layouts: OlderLayout[] = olderLayouts): HeaderRename[] {
  const columns = new FoundColumns(table, found.columns, headersUsedBefore(version, table.name, layouts));
  const headers = new Set(found.columns.map((c) => normalHeader(c.header)));
  return table.columns.flatMap((column) => {
    const at = columns.at(column.key);
    if (!at || normalHeader(at.header) === normalHeader(column.header) || headers.has(normalHeader(column.header))) return [];
    return [{ column: at.column, from: at.header, to: column.header }];
  });
}

export function upgradeWorkbook(data: WorkbookData, schema: WorkbookSchema, layouts: OlderLayout[] = olderLayouts): MigratedWorkbook {
  const tables: Record<string, TableContent> = {};
  for (const { table } of schema.tables) {
    const content = tableContent(data, table, headersUsedBefore(data.templateVersion, table.name, layouts));
    if (content) tables[table.name] = content;
  }
  const inputs = schema.cells.filter((c) => c.kind === 'input' && c.name && c.input).map((c) => ({ name: c.name as string, key: c.input?.key as string }));
  return { tables, start: startDetails(data, inputs), lists: data.lists };
}
