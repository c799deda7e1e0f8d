import { content } from '../../domain/strings/en';
import { checkText } from '../../domain/strings/en/checks';
import { principlesTable } from '../../schema/principles';
import { ratingsTable } from '../../schema/ratings';
import { defineRule } from '../define-rule';
import type { RawValue } from '../../data/workbook-data';
import { errorIn, isBlankValue, shown } from './shared/cell-values';

const text = checkText['rating-value'];
const levels = new Set(content.maturityLevels.map((l) => l.value));

/** Excel's list validation ignores case, so n/a is as good as N/A; an error value is error-value's to report. */
const isRating = (rating: RawValue) => (typeof rating === 'number'
  ? levels.has(rating)
  : typeof rating === 'string' && rating.toUpperCase() === content.notApplicable.code.toUpperCase());

export default defineRule({
  id: 'rating-value',
  severity: 'error',
  description: text.description,
  why: text.why,
  // The agreed ratings and each rater's: both tables' Rating columns take the same values.
  check: ({ table }) => [table(principlesTable), table(ratingsTable)].flatMap((view) => (view?.rows ?? [])
    .filter((r) => !isBlankValue(r.value('rating')) && errorIn(r.value('rating')) === undefined && !isRating(r.value('rating')))
    .map((r) => r.finding('rating', text.message(shown(r.value('rating'))), text.fix))),
});
