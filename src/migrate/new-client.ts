/**
 * A new-client copy of a consultant's workbook: keeps what the consultant customised (criteria,
 * weights, targets, plan elements, competency items, lists and their own columns) and clears what
 * belongs to the client (ratings, evidence, actions, owners, dates, plan content, competency
 * levels, risks, actions, history and the Start details).
 */
import type { WorkbookData } from '../data/workbook-data';
import type { RowEntries } from '../schema/rows';
import type { WorkbookSchema } from '../schema/workbook';
import { tableContent, type TableContent } from './table-content';

export interface MigratedWorkbook {
  tables: Record<string, TableContent>;
  start: Record<string, RowEntries[string]>;
  lists: Record<string, Array<string | number>>;
}

export function newClientCopy(data: WorkbookData, schema: WorkbookSchema): MigratedWorkbook {
  const tables: Record<string, TableContent> = {};
  for (const { table } of schema.tables) {
    const content = tableContent(data, table);
    if (!content) continue;
    if (table.clientRows) {
      tables[table.name] = { rows: [], extraColumns: content.extraColumns.map((e) => ({ header: e.header, values: [] })) };
      continue;
    }
    const cleared = table.columns.filter((c) => c.clientEntry);
    tables[table.name] = {
      rows: content.rows.map((row) => ({
        ...row,
        ...Object.fromEntries(cleared.map((c) => [c.key, c.initial ?? null])),
      })),
      extraColumns: content.extraColumns,
    };
  }
  return { tables, start: {}, lists: data.lists };
}
