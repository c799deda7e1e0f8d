import { checkText } from '../../domain/strings/en/checks';
import { planStatuses } from '../../domain/strings/en/workbook';
import { planTable } from '../../schema/plan';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { planElementLabel } from './shared/row-labels';

const text = checkText['plan-agreed-needs-content'];
const AGREED = planStatuses.agreed.toLowerCase();

export default defineRule({
  id: 'plan-agreed-needs-content',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, planTable, ['status', 'content'])?.rows ?? [])
    .filter((r) => r.text('status').toLowerCase() === AGREED && r.isBlank('content'))
    .map((r) => r.finding('content', text.message(planElementLabel(r)), text.fix)),
});
