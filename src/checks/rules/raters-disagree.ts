import { countedRatings } from '../../data/joint-ratings';
import { raterDisagreementFrom } from '../../domain/thresholds';
import { checkText } from '../../domain/strings/en/checks';
import { principlesTable } from '../../schema/principles';
import { ratingsTable } from '../../schema/ratings';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { entriesOf } from './shared/joint-rows';
import { criterionLabel } from './shared/row-labels';

const text = checkText['raters-disagree'];

/** "1 (Dee)": a level and the raters who gave it. */
const level = (value: number, raters: string[]) => `${value} (${[...new Set(raters)].join(', ')})`;

export default defineRule({
  id: 'raters-disagree',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => {
    const ratings = tableWith(context, ratingsTable, ['rater', 'side', 'ref', 'rating']);
    const criteria = tableWith(context, principlesTable, ['ref']);
    if (!ratings || !criteria) return [];
    const rows = entriesOf(ratings.rows, ['rater', 'side', 'ref', 'rating'])
      .map((entry, i) => ({ ...entry, rater: ratings.rows[i].isBlank('rater') ? `${ratings.data.sheet} row ${ratings.rows[i].row}` : ratings.rows[i].text('rater').trim() }));
    return criteria.rows.flatMap((r) => {
      const counted = countedRatings(rows, r.value('ref') as never);
      if (counted.length < 2) return [];
      const values = counted.map((c) => c.rating as number);
      const [lowest, highest] = [Math.min(...values), Math.max(...values)];
      if (highest - lowest < raterDisagreementFrom) return [];
      const by = (value: number) => counted.filter((c) => c.rating === value).map((c) => String(c.rater));
      return [r.finding('spread', text.message(criterionLabel(r), highest - lowest, level(lowest, by(lowest)), level(highest, by(highest))), text.fix)];
    });
  },
});
