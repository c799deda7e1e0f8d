import { content } from '../../domain/strings/en';
import { checkText } from '../../domain/strings/en/checks';
import { evidenceNeededFrom } from '../../domain/thresholds';
import { principlesTable } from '../../schema/principles';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { criterionLabel } from './shared/row-labels';

const text = checkText['evidence-for-high-rating'];
/** Only ratings on the scale: anything else is rating-value's to report. */
const levels = new Set(content.maturityLevels.map((l) => l.value));

export default defineRule({
  id: 'evidence-for-high-rating',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => (tableWith(context, principlesTable, ['rating', 'evidence'])?.rows ?? []).flatMap((r) => {
    const rating = r.number('rating');
    return rating !== undefined && levels.has(rating) && rating >= evidenceNeededFrom && r.isBlank('evidence')
      ? [r.finding('evidence', text.message(criterionLabel(r), rating), text.fix)] : [];
  }),
});
