import { checkText } from '../../domain/strings/en/checks';
import { competenciesTable } from '../../schema/competencies';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { competencyLabel } from './shared/row-labels';

const text = checkText['competency-gap-action'];

export default defineRule({
  id: 'competency-gap-action',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, competenciesTable, ['level', 'required', 'developmentAction'])?.rows ?? []).flatMap((r) => {
    const level = r.number('level');
    const required = r.number('required');
    return level !== undefined && required !== undefined && level < required && r.isBlank('developmentAction')
      ? [r.finding('developmentAction', text.message(competencyLabel(r), level, required), text.fix)] : [];
  }),
});
