/** The tables that hold actions, and which of their columns say what, when, who and whether done. */
import { actionsTable } from '../../../schema/actions';
import { competenciesTable } from '../../../schema/competencies';
import { principlesTable } from '../../../schema/principles';
import type { TableSchema } from '../../../schema/table';

export interface ActionColumns {
  table: TableSchema;
  action: string;
  due: string;
  owner?: string;
  /** Tables without a status column count an action open until its text is cleared. */
  status?: string;
}

/** Looks every key up once, so a renamed key fails at start-up rather than silently. */
const declare = (columns: ActionColumns): ActionColumns => {
  [columns.action, columns.due, columns.owner, columns.status].forEach((key) => key && columns.table.col(key));
  return columns;
};

export const actionTables: ActionColumns[] = [
  declare({ table: principlesTable, action: 'action', owner: 'owner', due: 'due', status: 'status' }),
  declare({ table: competenciesTable, action: 'developmentAction', due: 'due' }),
  declare({ table: actionsTable, action: 'action', owner: 'owner', due: 'due', status: 'status' }),
];
