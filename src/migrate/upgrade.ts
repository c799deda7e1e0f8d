/**
 * Upgrade: an older layout's rows mapped by column key onto the current one. Columns renamed since
 * are found by the headers that layout used; columns the current layout does not know stay as the
 * person's own extra columns; nothing typed is lost.
 */
import type { WorkbookData } from '../data/workbook-data';
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
 * Layouts of template versions before the current one. 1.0.0 is the first published template, so
 * there are none yet; a version that renames a column adds an entry here.
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

export function upgradeWorkbook(data: WorkbookData, schema: WorkbookSchema, layouts: OlderLayout[] = olderLayouts): MigratedWorkbook {
  const tables: Record<string, TableContent> = {};
  for (const { table } of schema.tables) {
    const content = tableContent(data, table, headersUsedBefore(data.templateVersion, table.name, layouts));
    if (content) tables[table.name] = content;
  }
  const inputs = schema.cells.filter((c) => c.kind === 'input' && c.name && c.input).map((c) => ({ name: c.name as string, key: c.input?.key as string }));
  return { tables, start: startDetails(data, inputs), lists: data.lists };
}
