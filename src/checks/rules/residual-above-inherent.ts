import { checkText } from '../../domain/strings/en/checks';
import { risksTable } from '../../schema/risks';
import { riskScore } from '../../domain/risk-bands';
import { defineRule } from '../define-rule';
import { riskLabel } from './shared/row-labels';

const text = checkText['residual-above-inherent'];

export default defineRule({
  id: 'residual-above-inherent',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: ({ table }) => (table(risksTable)?.rows ?? []).flatMap((r) => {
    const inherent = riskScore(r.number('likelihood') ?? null, r.number('impact') ?? null);
    const residual = riskScore(r.number('residualLikelihood') ?? null, r.number('residualImpact') ?? null);
    return inherent !== null && residual !== null && residual > inherent
      ? [r.finding('residualScore', text.message(riskLabel(r), residual, inherent), text.fix)] : [];
  }),
});
