import { checkText } from '../../domain/strings/en/checks';
import { riskStatuses } from '../../domain/strings/en/workbook';
import { risksTable } from '../../schema/risks';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { riskLabel } from './shared/row-labels';

const text = checkText['risk-needs-review-date'];
const CLOSED = riskStatuses.closed.toLowerCase();

export default defineRule({
  id: 'risk-needs-review-date',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, risksTable, ['risk', 'status', 'nextReview'])?.rows ?? [])
    .filter((r) => !r.isBlank('risk') && r.text('status').toLowerCase() !== CLOSED && r.isBlank('nextReview'))
    .map((r) => r.finding('nextReview', text.message(riskLabel(r)), text.fix)),
});
