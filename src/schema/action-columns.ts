/**
 * Where the workbook holds actions: for each table, which column says what is to be done, who
 * does it, by when, and whether it is finished. The Actions sheet collects them, the checks ask
 * for their owners and dates, and the pane lists what is due, all from these declarations.
 */
import { actionStatuses, riskStatuses } from '../domain/strings/en/workbook';
import { actionsTable } from './actions';
import { competenciesTable } from './competencies';
import { lists } from './lists';
import { principlesTable } from './principles';
import { risksTable } from './risks';
import type { TableSchema } from './table';

export interface ActionColumns<K extends string = string> {
  table: TableSchema<K>;
  /** What names the row in the list of actions. */
  ref: K;
  action: K;
  due: K;
  owner?: K;
  /** Whether the checks ask for an owner: a competency's Person or role is whom it belongs to, not always who arranges it. */
  ownerRequired: boolean;
  /** Tables without a status column count an action open until its text is cleared. */
  status?: K;
  /** The status that finishes the action. */
  done?: string;
}

/** Keys are checked against the table here (at compile time, and at once where they arrive as text). */
function declare<K extends string>(columns: ActionColumns<K>): ActionColumns {
  [columns.ref, columns.action, columns.due, columns.owner, columns.status].forEach((key) => key && columns.table.col(key));
  if (columns.status !== undefined && columns.done === undefined) throw new Error(`${columns.table.name}: a status column needs the status that finishes an action.`);
  return columns;
}

export const actionColumns = {
  principles: declare({ table: principlesTable, ref: 'ref', action: 'action', owner: 'owner', ownerRequired: true, due: 'due', status: 'status', done: actionStatuses.done }),
  competencies: declare({ table: competenciesTable, ref: 'ref', action: 'developmentAction', owner: 'person', ownerRequired: false, due: 'due' }),
  risks: declare({ table: risksTable, ref: 'id', action: 'mitigation', owner: 'owner', ownerRequired: true, due: 'nextReview', status: 'status', done: riskStatuses.closed }),
  /** The Actions sheet itself, once collected. */
  collected: declare({ table: actionsTable, ref: 'ref', action: 'action', owner: 'owner', ownerRequired: true, due: 'due', status: 'status', done: actionStatuses.done }),
};

/** The tables collected onto the Actions sheet, in the order they are listed; each named by its sheet in the Source column. */
export const collectedFrom: ActionColumns[] = [actionColumns.principles, actionColumns.competencies, actionColumns.risks];

collectedFrom.forEach(({ table }) => {
  if (!lists.source.values.includes(table.sheet)) throw new Error(`${lists.source.name} has no source "${table.sheet}".`);
});
