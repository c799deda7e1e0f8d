import { checkText } from '../../domain/strings/en/checks';
import { planTable } from '../../schema/plan';
import { defineRule } from '../define-rule';
import { dateText, isDateSerial, yearAfter } from './shared/cell-values';
import { planElementLabel } from './shared/row-labels';

const text = checkText['plan-review-interval'];

export default defineRule({
  id: 'plan-review-interval',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: ({ table }) => (table(planTable)?.rows ?? []).flatMap((r) => {
    const last = r.value('lastReview');
    const next = r.value('nextReview');
    return isDateSerial(last) && isDateSerial(next) && next > yearAfter(last)
      ? [r.finding('nextReview', text.message(planElementLabel(r), dateText(next), dateText(last)), text.fix)] : [];
  }),
});
