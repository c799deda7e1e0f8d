import { criterionRatings, principleSides } from '../../data/joint-ratings';
import { perceptionGapFrom } from '../../domain/thresholds';
import { checkText } from '../../domain/strings/en/checks';
import { principlesTable } from '../../schema/principles';
import { ratingsTable } from '../../schema/ratings';
import { scoresTable } from '../../schema/scores';
import { defineRule } from '../define-rule';
import { tableWith } from './shared/found-tables';
import { entriesOf, shownFigure } from './shared/joint-rows';

const text = checkText['perception-gap'];

export default defineRule({
  id: 'perception-gap',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => {
    const ratings = tableWith(context, ratingsTable, ['side', 'ref', 'rating']);
    const criteria = tableWith(context, principlesTable, ['ref', 'principle', 'weight']);
    const scores = tableWith(context, scoresTable, ['principle']);
    if (!ratings || !criteria || !scores) return [];
    const criterionRows = entriesOf(criteria.rows, ['ref', 'principle', 'weight']);
    const rated = criterionRatings(criterionRows, entriesOf(ratings.rows, ['side', 'ref', 'rating']));
    const sides = principleSides(criterionRows, rated, entriesOf(scores.rows, ['ref', 'principle']));
    return scores.rows.flatMap((r, i) => {
      const { ours, partner, perceptionGap } = sides[i];
      if (ours === null || partner === null || perceptionGap === null || Math.abs(perceptionGap) < perceptionGapFrom) return [];
      const principle = r.isBlank('principle') ? r.text('ref') : r.text('principle').trim();
      return [r.finding('perceptionGap', text.message(principle, shownFigure(ours), shownFigure(partner), shownFigure(perceptionGap)), text.fix)];
    });
  },
});
