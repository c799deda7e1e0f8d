import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { dateText, isDateSerial } from './shared/cell-values';
import { actionTables } from './shared/action-columns';
import { tableWith } from './shared/found-tables';
import { actionLabel } from './shared/row-labels';

const text = checkText['overdue-action'];

export default defineRule({
  id: 'overdue-action',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => actionTables.flatMap((columns) => {
    const keys = [columns.action, columns.due, ...(columns.status === undefined ? [] : [columns.status])];
    const view = tableWith(context, columns.table, keys);
    if (!view) return [];
    return view.rows.flatMap((r) => {
      const due = r.value(columns.due);
      const open = columns.status === undefined
        ? !r.isBlank(columns.action)
        : r.text(columns.status).toLowerCase() !== String(columns.done).toLowerCase();
      return isDateSerial(due) && due < context.todaySerial && open
        ? [r.finding(columns.due, text.message(actionLabel(r, columns.action), dateText(due)), text.fix)] : [];
    });
  }),
});
