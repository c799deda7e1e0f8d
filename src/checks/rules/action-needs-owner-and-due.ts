import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { actionTables } from './shared/action-columns';
import { actionLabel } from './shared/row-labels';

const text = checkText['action-needs-owner-and-due'];

export default defineRule({
  id: 'action-needs-owner-and-due',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: ({ table }) => actionTables.flatMap((columns) => {
    const view = table(columns.table);
    if (!view) return [];
    const needed = [columns.ownerRequired ? columns.owner : undefined, columns.due].filter((key): key is string => key !== undefined && view.hasColumn(key));
    return view.rows
      .filter((r) => !r.isBlank(columns.action))
      .flatMap((r) => needed
        .filter((key) => r.isBlank(key))
        .map((key) => r.finding(key, text.message(view.column(key).header, actionLabel(r, columns.action)), text.fix)));
  }),
});
