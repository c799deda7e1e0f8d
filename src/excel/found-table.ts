/** A declared table as the live host read it: found by name wherever it stands, columns found by header. */
import { FoundColumns } from '../data/found-columns';
import type { TableData, WorkbookData } from '../data/workbook-data';
import { excelText } from '../domain/strings/en/excel';
import { findTable } from '../data/workbook-data';
import type { TableSchema } from '../schema/table';
import { HostError } from './host-error';

export function tableOrFail(data: WorkbookData, table: TableSchema): TableData {
  const found = findTable(data, table.name);
  if (!found) throw new HostError('ItemNotFound', excelText.missingTable(table.name));
  return found;
}

/** The sheet column of a declared column in the table as it stands now. */
export function columnFor<K extends string>(found: TableData, table: TableSchema<K>, key: K): number | undefined {
  return new FoundColumns(table, found.columns).column(key);
}
