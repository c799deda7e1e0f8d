import { content } from '../../domain/strings/en';
import { checkText } from '../../domain/strings/en/checks';
import { principlesTable } from '../../schema/principles';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { criterionLabel } from './shared/row-labels';

const text = checkText['reason-for-na'];

export default defineRule({
  id: 'reason-for-na',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, principlesTable, ['rating', 'evidence'])?.rows ?? [])
    .filter((r) => r.text('rating').toUpperCase() === content.notApplicable.code.toUpperCase() && r.isBlank('evidence'))
    .map((r) => r.finding('evidence', text.message(criterionLabel(r)), text.fix)),
});
