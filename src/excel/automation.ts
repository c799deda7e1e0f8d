/**
 * The routine the add-in automates, each in two syncs: read the workbook (one), then write (one).
 * Collect actions into tblActions, number new risks, and save a snapshot of the scores. (A table
 * of thousands of rows takes more syncs to read: see read.ts.)
 */
import { FoundColumns } from '../data/found-columns';
import type { TableData, WorkbookData } from '../data/workbook-data';
import { actionsTable } from '../schema/actions';
import { columnLetter } from '../schema/address';
import { historyTable } from '../schema/history';
import { risksTable } from '../schema/risks';
import { heightRuns, wrappedTextHeights } from '../schema/row-heights';
import { LINE_POINTS } from '../schema/text-height';
import type { CellValue } from '../schema/rows';
import type { WorkbookSchema } from '../schema/workbook';
import { collectActions, newRiskIds, rowsByKey, snapshotRow, type CollectedAction } from '../scoring';
import { columnFor, tableOrFail } from './found-table';
import { toHostError } from './host-error';
import { readWorkbook } from './read';
import { cellInput } from './typed-text';

/** Fills tblActions with every action that has an owner or a due date; columns of a person's own are left alone. */
export async function collectActionsIntoTable(context: Excel.RequestContext, schema: WorkbookSchema, todaySerial: number): Promise<CollectedAction[]> {
  const data = await readWorkbook(context, schema);
  try {
    const found = tableOrFail(data, actionsTable);
    const actions = collectActions(data, todaySerial);
    const valueOf = (action: CollectedAction | undefined, key: string) => cellInput(action ? action[key as keyof CollectedAction] as CellValue : null);
    const sheet = context.workbook.worksheets.getItem(found.sheet);
    context.runtime.enableEvents = false;
    const rowsInTable = Math.max(found.rows.length, 1);
    const first = found.headerRow + 1;
    for (const column of actionsTable.columns) {
      const at = columnFor(found, actionsTable, column.key);
      if (at === undefined) continue;
      const values = Array.from({ length: rowsInTable }, (_, i) => [valueOf(actions[i], column.key)]);
      sheet.getRange(`${columnLetter(at)}${first}:${columnLetter(at)}${first + rowsInTable - 1}`).values = values;
    }
    const keyAt = new Map(actionsTable.columns.map((c) => [columnFor(found, actionsTable, c.key), c.key]));
    queueRowsBelow(sheet, found, actions.slice(rowsInTable).map((action) => found.columns.map(({ column }) => {
      const key = keyAt.get(column);
      return key === undefined ? null : valueOf(action, key);
    })));
    // The list is rewritten whole, so every row of it gets the height its text needs, a short one
    // the height of one line (the file host fits the rows the same way).
    const listRows = Array.from({ length: Math.max(rowsInTable, actions.length) }, (_, i) =>
      Object.fromEntries(actionsTable.columns.map((c) => [c.key, actions[i] ? actions[i][c.key as keyof CollectedAction] as CellValue : null])));
    for (const run of heightRuns(wrappedTextHeights(actionsTable, listRows).map((h) => h ?? LINE_POINTS))) {
      sheet.getRange(`${first + run.first}:${first + run.first + run.count - 1}`).format.rowHeight = run.height;
    }
    context.runtime.enableEvents = true;
    await context.sync();
    return actions;
  } catch (error) {
    throw toHostError(error);
  }
}

/**
 * New rows for a table, written directly below it so that Excel takes them in, instead of
 * TableRowCollection.add, which Microsoft says causes co-authoring conflicts ("Use Range.values
 * instead of TableRowCollection.add. Setting the Range values directly below the table
 * automatically expands the table"; Coauthoring in Excel add-ins). Cells below are first moved
 * down, as the same page advises, so nothing a person put there is overwritten. Every row must
 * hold something (Excel takes in no empty row); `null` leaves a column of a person's own alone.
 */
export function queueRowsBelow(sheet: Excel.Worksheet, found: TableData, rows: Array<Array<string | number | boolean | null>>): void {
  if (rows.length === 0) return;
  const top = (found.rows.at(-1)?.row ?? found.headerRow + 1) + 1;
  const below = `${columnLetter(found.columns[0].column)}${top}:${columnLetter(found.columns[found.columns.length - 1].column)}${top + rows.length - 1}`;
  sheet.getRange(below).insert('Down');
  sheet.getRange(below).values = rows;
}

/**
 * Queues the next free ID for every risk that has text but no ID (existing IDs are never changed)
 * and puts them into `data` too, so checks run on it see them. Only the rows in `only` (by index),
 * when given, are written; the IDs are worked out over all rows, so every pane agrees on them.
 * Nothing is synced here.
 */
export function queueRiskIds(context: Excel.RequestContext, data: WorkbookData, only?: Set<number>): string[] {
  const found = tableOrFail(data, risksTable);
  const assigned = newRiskIds(rowsByKey(data, risksTable)).filter((a) => only === undefined || only.has(a.index));
  const at = columnFor(found, risksTable, 'id');
  if (assigned.length === 0 || at === undefined) return [];
  const header = found.columns.find((c) => c.column === at)?.header as string;
  // Only the new IDs are written (usually one or two cells), so no other cell is touched.
  const sheet = context.workbook.worksheets.getItem(found.sheet);
  context.runtime.enableEvents = false;
  for (const { index, id } of assigned) {
    const row = found.rows[index];
    sheet.getRange(`${columnLetter(at)}${row.row}`).values = [[cellInput(id)]];
    row.cells[header] = { address: `${columnLetter(at)}${row.row}`, value: id };
  }
  context.runtime.enableEvents = true;
  return assigned.map((a) => a.id);
}

/** Gives every risk that has text but no ID the next free ID, in two syncs; existing IDs are never changed. */
export async function numberNewRisks(context: Excel.RequestContext, schema: WorkbookSchema): Promise<string[]> {
  const data = await readWorkbook(context, schema);
  try {
    const ids = queueRiskIds(context, data);
    if (ids.length > 0) await context.sync();
    return ids;
  } catch (error) {
    throw toHostError(error);
  }
}

/** Appends today's scores to tblHistory (into its first row while that is still empty), below the table as co-authoring needs. */
export async function saveSnapshot(context: Excel.RequestContext, schema: WorkbookSchema, todaySerial: number, label: string): Promise<void> {
  const data = await readWorkbook(context, schema);
  try {
    const found = tableOrFail(data, historyTable);
    const byKey = snapshotRow(data, todaySerial, label);
    const columns = new FoundColumns(historyTable, found.columns);
    const row = found.columns.map((c) => {
      const key = columns.keyOf(c.header);
      return key === undefined ? null : cellInput(byKey[key] ?? null);
    });
    const onlyRowIsEmpty = found.rows.length === 1 && Object.values(found.rows[0].cells).every((cell) => cell.value === null);
    const sheet = context.workbook.worksheets.getItem(found.sheet);
    context.runtime.enableEvents = false;
    if (onlyRowIsEmpty) {
      const first = found.columns[0].column;
      const last = found.columns[found.columns.length - 1].column;
      sheet.getRange(`${columnLetter(first)}${found.rows[0].row}:${columnLetter(last)}${found.rows[0].row}`).values = [row];
    } else {
      queueRowsBelow(sheet, found, [row]);
    }
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
}
