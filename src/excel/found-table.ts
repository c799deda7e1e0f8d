/** A declared table as the live host read it: found by name wherever it stands, columns found by header. */
import type { TableData } from '../checks/workbook-data';
import type { TableSchema } from '../schema/table';
import { excelText } from '../domain/strings/en/excel';
import { HostError } from './host-error';

export function tableOrFail(tables: Record<string, TableData>, table: TableSchema): TableData {
  const key = Object.keys(tables).find((n) => n.toLowerCase() === table.name.toLowerCase());
  if (key === undefined) throw new HostError('ItemNotFound', excelText.missingTable(table.name));
  return tables[key];
}

/** The sheet column of a declared column in the table as it stands now. */
export function columnFor(found: TableData, table: TableSchema, key: string): number | undefined {
  const header = table.col(key).header.toLowerCase();
  return found.columns.find((c) => c.header.toLowerCase() === header)?.column;
}
