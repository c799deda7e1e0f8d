/**
 * Where a collected action stands on the Actions sheet now: the person may have sorted, filtered
 * or edited the table since it was collected, so its row is found by what it says, not by its place.
 */
import { findTable, FoundColumns, isCellError, type RawValue, type WorkbookData } from '../data';
import { actionsTable } from '../schema/actions';
import type { CellValue } from '../schema/rows';
import type { KeyOf } from '../schema/table';
import type { CollectedAction } from '../scoring';

const MATCHED = ['source', 'ref', 'action'] as const satisfies ReadonlyArray<keyof CollectedAction & KeyOf<typeof actionsTable>>;

const asText = (value: RawValue | CellValue | undefined) =>
  value === null || value === undefined || isCellError(value) ? '' : String(value).trim().toLowerCase();

/** The sheet and address of the action's Action cell, or undefined when no row says the same. */
export function actionCell(data: WorkbookData, action: CollectedAction): { sheet: string; address: string } | undefined {
  const table = findTable(data, actionsTable.name);
  if (!table) return undefined;
  const columns = new FoundColumns(actionsTable, table.columns);
  const headers = MATCHED.map((key) => ({ key, header: columns.header(key) }));
  const actionHeader = columns.header('action');
  if (actionHeader === undefined || headers.some((h) => h.header === undefined)) return undefined;
  const row = table.rows.find((r) => headers.every(({ key, header }) => asText(r.cells[header as string]?.value) === asText(action[key])));
  const cell = row?.cells[actionHeader];
  return cell ? { sheet: table.sheet, address: cell.address } : undefined;
}
