import { checkText } from '../../domain/strings/en/checks';
import { treatmentNames } from '../../domain/strings/en/lists';
import { riskStatuses } from '../../domain/strings/en/workbook';
import { risksTable } from '../../schema/risks';
import { isSeriousRisk, riskRating, riskScore } from '../../domain/risk-bands';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { riskLabel } from './shared/row-labels';

const text = checkText['risk-needs-mitigation'];
/** The treatment that takes a risk on knowingly, so it needs no mitigation. */
const ACCEPT = treatmentNames.accept.toLowerCase();
const CLOSED = riskStatuses.closed.toLowerCase();

export default defineRule({
  id: 'risk-needs-mitigation',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, risksTable, ['likelihood', 'impact', 'treatment', 'mitigation', 'status'])?.rows ?? []).flatMap((r) => {
    const score = riskScore(r.number('likelihood') ?? null, r.number('impact') ?? null);
    const serious = isSeriousRisk(score);
    const open = r.text('status').toLowerCase() !== CLOSED;
    const unmitigated = r.isBlank('mitigation') && r.text('treatment').toLowerCase() !== ACCEPT;
    return serious && open && unmitigated ? [r.finding('mitigation', text.message(riskLabel(r), riskRating(score)), text.fix)] : [];
  }),
});
