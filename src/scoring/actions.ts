/**
 * The open actions of a workbook, collected from the criteria (Action), the competencies
 * (Development action) and the risks (Mitigation): every one with an owner or a due date.
 */
import { dueSoonDays } from '../domain/thresholds';
import type { WorkbookData } from '../data/workbook-data';
import { overdueMark } from '../domain/strings/en/workbook';
import { actionColumns, collectedFrom } from '../schema/action-columns';
import { lists } from '../schema/lists';
import type { CellValue } from '../schema/rows';
import { isFilled, isNumber, sameText } from '../data/excel-semantics';
import { rowsByKey } from './workbook-scores';

export const OVERDUE = overdueMark;

export interface CollectedAction {
  source: string;
  ref: CellValue;
  action: CellValue;
  owner: CellValue;
  due: CellValue;
  status: CellValue;
  overdue: string;
}

export function collectActions(data: WorkbookData, todaySerial: number): CollectedAction[] {
  const overdue = (due: CellValue, done: boolean) => (isNumber(due) && due < todaySerial && !done ? OVERDUE : '');
  return collectedFrom.flatMap((columns) => rowsByKey(data, columns.table).flatMap((row): CollectedAction[] => {
    const owner = columns.owner === undefined ? null : row[columns.owner];
    const due = row[columns.due];
    if (!isFilled(row[columns.action]) || !(isFilled(owner) || isFilled(due))) return [];
    const status = columns.status === undefined ? null : row[columns.status];
    const done = columns.done !== undefined && sameText(status, columns.done);
    return [{ source: columns.table.sheet, ref: row[columns.ref], action: row[columns.action], owner, due, status: asActionStatus(status, done), overdue: overdue(due, done) }];
  }));
}

/**
 * The Actions sheet's Status column takes only action statuses: a finished row (a Closed risk)
 * is Done there, and a risk still Open or Monitoring says nothing of its mitigation's progress,
 * so it is left blank rather than failing the column's dropdown.
 */
function asActionStatus(status: CellValue, done: boolean): CellValue {
  if (done) return actionColumns.collected.done ?? null;
  return lists.actionStatus.values.find((value) => sameText(status, value)) ?? null;
}

const finishedStatuses = collectedFrom.flatMap((c) => (c.done === undefined ? [] : [c.done]));

/** A finished action (a Done action, a Closed risk) needs nothing more. */
const isFinished = (status: CellValue) => finishedStatuses.some((done) => sameText(status, done));

/** Actions overdue or due within the next days, soonest first. */
export function dueSoon(actions: CollectedAction[], todaySerial: number, days = dueSoonDays): CollectedAction[] {
  return actions
    .filter((a) => isNumber(a.due) && a.due <= todaySerial + days && !isFinished(a.status))
    .sort((a, b) => (a.due as number) - (b.due as number));
}
