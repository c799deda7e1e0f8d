/** What a score means to a person: the level it has reached, and the ratings it could not read. */
import { content } from '../../../src/domain/strings/en';
import type { CellValue, RowEntries } from '../../../src/schema/rows';
import { levelReached, principleScores } from '../../../src/scoring';

const [first] = content.principles;
const criterion = (rating: CellValue): RowEntries => ({ principle: first.name, rating, weight: 1 });
const scoreRow: RowEntries = { ref: 'P01', principle: first.name, target: 3, weight: 1 };

describe('the level a score has reached', () => {
  it('names 2.1 and 2.9 Developing, 3 Established and 0 Not in place, from the maturity scale', () => {
    const names = [2.1, 2.9, 3, 0, 4].map((score) => levelReached(score).name);
    expect(names).toEqual(['Developing', 'Developing', 'Established', 'Not in place', 'Optimising']);
  });
});

describe('ratings the score cannot read', () => {
  it('counts 60 pasted words as unreadable, so a principle without a score says why', () => {
    const [score] = principleScores(Array.from({ length: 60 }, () => criterion('Good')), [scoreRow]);
    expect([score.score, score.rated, score.unreadable]).toEqual([null, 0, 60]);
  });

  it('does not count blanks, spaces, N/A in any case or ratings on the scale', () => {
    const [score] = principleScores([null, '', '  ', 'N/A', 'n/a', 0, 4, 2.5, 7].map(criterion), [scoreRow]);
    expect(score.unreadable).toBe(2);
  });
});
