import { checkText } from '../../domain/strings/en/checks';
import { planTable } from '../../schema/plan';
import { defineRule } from '../define-rule';
import { headerFinding, tableWith } from './shared/found-tables';
import { planElementRow } from './shared/plan-element';
import { planElementLabel } from './shared/row-labels';

const text = checkText['senior-accountable-person'];
/** Leadership and accountability: the element where the plan names who answers for the relationship. */
const LEADERSHIP = 'A04';
const NAMED_IN = ['content', 'owner'] as const;

export default defineRule({
  id: 'senior-accountable-person',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => {
    const plan = tableWith(context, planTable, ['ref']);
    if (!plan) return [];
    const row = planElementRow(plan, LEADERSHIP);
    if (!row) return [headerFinding(plan, 'ref', text.messageMissingRow(LEADERSHIP), text.fix)];
    return NAMED_IN
      .filter((key) => plan.hasColumn(key) && row.isBlank(key))
      .map((key) => row.finding(key, text.message(plan.column(key).header, planElementLabel(row)), text.fix));
  },
});
