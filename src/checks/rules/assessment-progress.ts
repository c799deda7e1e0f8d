import { content } from '../../domain/strings/en';
import { checkText } from '../../domain/strings/en/checks';
import { principlesTable } from '../../schema/principles';
import { defineRule } from '../define-rule';
import { headerFinding, tableWith } from './shared/found-tables';

const text = checkText['assessment-progress'];
const ENOUGH = 0.6;

/** Counted as the Dashboard's Rated column counts: any number, or N/A. */
export default defineRule({
  id: 'assessment-progress',
  severity: 'info',
  description: text.description,
  why: text.why,
  check: (context) => {
    const principles = tableWith(context, principlesTable, ['criterion', 'rating']);
    const criteria = (principles?.rows ?? []).filter((r) => !r.isBlank('criterion'));
    if (!principles || criteria.length === 0) return [];
    const rated = criteria.filter((r) => r.number('rating') !== undefined
      || r.text('rating').toUpperCase() === content.notApplicable.code.toUpperCase()).length;
    if (rated / criteria.length >= ENOUGH) return [];
    const percent = Math.floor((100 * rated) / criteria.length);
    return [headerFinding(principles, 'rating', text.message(rated, criteria.length, percent), text.fix)];
  },
});
