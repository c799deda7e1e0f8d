import { content } from '../../../src/domain/strings/en';
import type { CellValue, RowEntries } from '../../../src/schema/rows';
import { criterionRatings, principleSides, type CriterionRatings } from '../../../src/scoring';

const [p01, p02] = content.principles;
/** P01's first two criteria and P02's first, as tblPrinciples starts. */
const criteria: RowEntries[] = [
  { ref: 'P01.1', principle: p01.name, weight: 1 },
  { ref: 'P01.2', principle: p01.name, weight: 1 },
  { ref: 'P02.1', principle: p02.name, weight: 1 },
];
const rating = (side: CellValue, ref: CellValue, value: CellValue, rater = 'Sam'): RowEntries => ({ rater, side, ref, rating: value });
const forP011 = (ratings: RowEntries[]) => criterionRatings(criteria, ratings)[0];
const none = { oursMean: null, partnerMean: null, raters: 0, spread: null };

describe('a criterion’s joint ratings', () => {
  it.each<[string, RowEntries[], Omit<CriterionRatings, 'ref'>]>([
    ['no ratings: no means, no raters, no spread', [], none],
    ['one Ours rating: its mean, one rater, no spread', [rating('Ours', 'P01.1', 3)], { oursMean: 3, partnerMean: null, raters: 1, spread: null }],
    ['two Ours and one Partner', [rating('Ours', 'P01.1', 3), rating('Ours', 'P01.1', 2), rating('Partner', 'P01.1', 0)],
      { oursMean: 2.5, partnerMean: 0, raters: 3, spread: 3 }],
    ['N/A, a blank and text are not ratings', [rating('Ours', 'P01.1', 'N/A'), rating('Ours', 'P01.1', null), rating('Ours', 'P01.1', '3'), rating('Ours', 'P01.1', 1)],
      { oursMean: 1, partnerMean: null, raters: 1, spread: null }],
    ['a pasted 7, 2.5 and -1 count for nothing', [rating('Partner', 'P01.1', 7), rating('Partner', 'P01.1', 2.5), rating('Partner', 'P01.1', -1), rating('Partner', 'P01.1', 4)],
      { oursMean: null, partnerMean: 4, raters: 1, spread: null }],
    ['sides and refs in other cases count, as Excel compares text', [rating('ours', 'p01.1', 4), rating('PARTNER', 'P01.1', 0)],
      { oursMean: 4, partnerMean: 0, raters: 2, spread: 4 }],
    ['a side that is neither counts for neither, nor as a rater', [rating('Both', 'P01.1', 4), rating('', 'P01.1', 2), rating('Ours', 'P01.1', 1)],
      { oursMean: 1, partnerMean: null, raters: 1, spread: null }],
    ['ratings of other criteria stay theirs', [rating('Ours', 'P01.2', 4), rating('Ours', 'P01.11', 0), rating('Ours', 'P01.1', 2)],
      { oursMean: 2, partnerMean: null, raters: 1, spread: null }],
    ['two raters at the same level: spread 0', [rating('Ours', 'P01.1', 2), rating('Partner', 'P01.1', 2)], { oursMean: 2, partnerMean: 2, raters: 2, spread: 0 }],
  ])('%s', (_, ratings, expected) => {
    expect(forP011(ratings)).toEqual({ ref: 'P01.1', ...expected });
  });

  it('gives a criterion without a Ref no ratings, not those of rows without a Ref', () => {
    const [unnamed] = criterionRatings([{ ref: null, principle: p01.name, weight: 1 }], [rating('Ours', null, 3)]);
    expect(unnamed).toEqual({ ref: '', ...none });
  });
});

describe('a principle’s sides and perception gap', () => {
  const scoreRows: RowEntries[] = [{ ref: 'P01', principle: p01.name }, { ref: 'P02', principle: p02.name }];
  const sidesOf = (rows: RowEntries[], ratings: RowEntries[]) => principleSides(rows, criterionRatings(rows, ratings), scoreRows);

  it('weights each criterion’s mean by its weight, over the criteria that have one', () => {
    const weighted = [{ ...criteria[0], weight: 3 }, criteria[1], criteria[2]];
    const ratings = [rating('Ours', 'P01.1', 4), rating('Ours', 'P01.2', 0), rating('Partner', 'P01.1', 2), rating('Partner', 'P01.1', 3)];
    expect(sidesOf(weighted, ratings)[0]).toEqual({ ref: 'P01', principle: p01.name, ours: (3 * 4 + 0) / 4, partner: 2.5, perceptionGap: 3 - 2.5 });
  });

  it.each<[string, CellValue, number | null]>([
    ['a weight of 0 leaves only that criterion out', 0, 0],
    ['a weight typed as text counts for nothing', 'two', 0],
    ['a negative weight counts for nothing', -1, 0],
    ['a weight of 2 counts twice', 2, 4 / 3],
  ])('%s', (_, weight, ours) => {
    const rows = [{ ...criteria[0], weight }, criteria[1], criteria[2]];
    expect(sidesOf(rows, [rating('Ours', 'P01.1', 2), rating('Ours', 'P01.2', 0)])[0].ours).toBe(ours);
  });

  it('is blank on a side with no ratings, and its gap too; another principle is untouched', () => {
    const [first, second] = sidesOf(criteria, [rating('Ours', 'P01.1', 3)]);
    expect(first).toEqual({ ref: 'P01', principle: p01.name, ours: 3, partner: null, perceptionGap: null });
    expect(second).toEqual({ ref: 'P02', principle: p02.name, ours: null, partner: null, perceptionGap: null });
  });

  it('gives no side score when every criterion with a mean weighs 0', () => {
    const rows = [{ ...criteria[0], weight: 0 }, criteria[1], criteria[2]];
    expect(sidesOf(rows, [rating('Ours', 'P01.1', 2), rating('Partner', 'P01.1', 1)])[0]).toMatchObject({ ours: null, partner: null, perceptionGap: null });
  });

  it('gives a negative gap when the partner sees more than we do', () => {
    expect(sidesOf(criteria, [rating('Ours', 'P02.1', 1), rating('Partner', 'P02.1', 4)])[1].perceptionGap).toBe(-3);
  });
});
