import { checkText } from '../../domain/strings/en/checks';
import { risksTable } from '../../schema/risks';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { riskLabel } from './shared/row-labels';

const text = checkText['risk-needs-owner'];

export default defineRule({
  id: 'risk-needs-owner',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, risksTable, ['risk', 'owner'])?.rows ?? [])
    .filter((r) => !r.isBlank('risk') && r.isBlank('owner'))
    .map((r) => r.finding('owner', text.message(riskLabel(r)), text.fix)),
});
