/**
 * The open actions of a workbook, collected from the criteria (Action), the competencies
 * (Development action) and the risks (Mitigation): every one with an owner or a due date.
 */
import type { WorkbookData } from '../data/workbook-data';
import { actionStatuses, riskStatuses } from '../domain/strings/en/workbook';
import { competenciesTable } from '../schema/competencies';
import { lists } from '../schema/lists';
import { principlesTable } from '../schema/principles';
import { risksTable } from '../schema/risks';
import type { CellValue } from '../schema/rows';
import { isFilled, isNumber, sameText } from '../data/excel-semantics';
import { rowsByKey } from './workbook-scores';

export const OVERDUE = 'Overdue';
const [principlesSource, , competenciesSource, risksSource] = lists.source.values as string[];

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
  const collected: CollectedAction[] = [];
  for (const row of rowsByKey(data, principlesTable)) {
    if (!isFilled(row.action) || !(isFilled(row.owner) || isFilled(row.due))) continue;
    const done = sameText(row.status, actionStatuses.done);
    collected.push({ source: principlesSource, ref: row.ref, action: row.action, owner: row.owner, due: row.due, status: row.status, overdue: overdue(row.due, done) });
  }
  for (const row of rowsByKey(data, competenciesTable)) {
    if (!isFilled(row.developmentAction) || !(isFilled(row.person) || isFilled(row.due))) continue;
    collected.push({ source: competenciesSource, ref: row.ref, action: row.developmentAction, owner: row.person, due: row.due, status: null, overdue: overdue(row.due, false) });
  }
  for (const row of rowsByKey(data, risksTable)) {
    if (!isFilled(row.mitigation) || !(isFilled(row.owner) || isFilled(row.nextReview))) continue;
    const closed = sameText(row.status, riskStatuses.closed);
    collected.push({ source: risksSource, ref: row.id, action: row.mitigation, owner: row.owner, due: row.nextReview, status: row.status, overdue: overdue(row.nextReview, closed) });
  }
  return collected;
}

/** A Done action or a Closed risk needs nothing more. */
const isFinished = (status: CellValue) => sameText(status, actionStatuses.done) || sameText(status, riskStatuses.closed);

/** Actions overdue or due within the next days, soonest first. */
export function dueSoon(actions: CollectedAction[], todaySerial: number, days = 14): CollectedAction[] {
  return actions
    .filter((a) => isNumber(a.due) && a.due <= todaySerial + days && !isFinished(a.status))
    .sort((a, b) => (a.due as number) - (b.due as number));
}
