/**
 * A value off its scale never scores: every figure is what it would be with that cell blank
 * (the workbook's formulas do the same, test/engine/scores-in-libreoffice.test.ts).
 */
import { content } from '../../../src/domain/strings/en';
import type { CellValue, RowEntries } from '../../../src/schema/rows';
import {
  openHighRisks, overallMaturity, principleScores, riskHeatMap, risksByRating,
} from '../../../src/scoring';

const [first, second] = content.principles;
const criterion = (principle: string, rating: CellValue, weight: CellValue = 1): RowEntries => ({ principle, rating, weight });
const scoreRow = (principle: string, weight: CellValue = 1): RowEntries => ({ ref: 'P', principle, target: 3, weight });

const valid = [criterion(first.name, 3), criterion(first.name, 1, 2), criterion(second.name, 4)];
const figures = (criteria: RowEntries[], scoreRows = [scoreRow(first.name), scoreRow(second.name)]) => {
  const scores = principleScores(criteria, scoreRows);
  return { scores, overall: overallMaturity(scores) };
};

describe('ratings and weights off the scale', () => {
  it.each<[string, CellValue]>([['7', 7], ['-1', -1], ['2.5', 2.5], ['text "3"', '3'], ['5', 5]])(
    'leaves a rating of %s out of the score, the rated count and the overall figure, and counts it as unreadable',
    (_, rating) => {
      const bad = figures([...valid, criterion(first.name, rating)]);
      const blank = figures([...valid, criterion(first.name, null)]);
      expect(bad.scores.map((s) => s.unreadable)).toEqual([1, 0]);
      expect({ ...bad, scores: bad.scores.map((s) => ({ ...s, unreadable: 0 })) }).toEqual(blank);
    },
  );

  it('keeps a principle score within 0–4 when a 7 is pasted (it was 4.75)', () => {
    const [score] = principleScores([criterion(first.name, 7), criterion(first.name, 4), criterion(first.name, 4), criterion(first.name, 4)], [scoreRow(first.name)]);
    expect(score.score).toBe(4);
    expect(score.percent).toBe(1);
    expect(score.rated).toBe(3);
  });

  it.each<[string, CellValue]>([['-1', -1], ['text', 'heavy'], ['text "2"', '2']])('weighs a criterion with weight %s as a blank weight does', (_, weight) => {
    expect(figures([...valid, criterion(first.name, 4, weight)])).toEqual(figures([...valid, criterion(first.name, 4, null)]));
  });

  it.each<[string, CellValue]>([['-1', -1], ['text', 'one']])('leaves a principle with Dashboard weight %s out of the overall figure', (_, weight) => {
    const bad = figures(valid, [scoreRow(first.name, weight), scoreRow(second.name)]);
    expect(bad).toEqual(figures(valid, [scoreRow(first.name, null), scoreRow(second.name)]));
    expect(bad.overall).toBe(4);
  });
});

describe('likelihood and impact off the scale', () => {
  const risk = (likelihood: CellValue, impact: CellValue): RowEntries => ({ risk: 'R', likelihood, impact, status: 'Open' });
  const riskFigures = (rows: RowEntries[]) => ({ heatMap: riskHeatMap(rows), high: openHighRisks(rows), byRating: risksByRating(rows) });
  const counted = [risk(4, 4), risk(2, 3)];

  it.each<[string, CellValue, CellValue]>([['Likelihood 6', 6, 5], ['Likelihood 0', 0, 5], ['Impact 2.5', 4, 2.5], ['Likelihood text "4"', '4', 4]])(
    'leaves a risk with %s out of the heat map and the counts',
    (_, likelihood, impact) => {
      expect(riskFigures([...counted, risk(likelihood, impact)])).toEqual(riskFigures([...counted, risk(null, impact)]));
    },
  );
});
