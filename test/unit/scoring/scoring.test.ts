import { content } from '../../../src/domain/strings/en';
import type { RowEntries } from '../../../src/schema/rows';
import {
  competencyGap, levelName, openHighRisks, overallMaturity, planCompleteness, principleScores, riskHeatMap, riskRating, riskScore, risksByRating,
} from '../../../src/scoring';

const [first, second] = content.principles;
const criterion = (principle: string, rating: RowEntries[string], weight: RowEntries[string] = 1): RowEntries => ({ principle, rating, weight });
const scoreRow = (principle: string, target: RowEntries[string] = 3, weight = 1): RowEntries => ({ ref: 'P', principle, target, weight });

describe('principle scores', () => {
  it('takes the weighted mean of rated criteria and leaves N/A and blanks out', () => {
    const [score] = principleScores(
      [criterion(first.name, 4, 2), criterion(first.name, 1), criterion(first.name, 'N/A', 5), criterion(first.name, null)],
      [scoreRow(first.name)],
    );
    expect(score.score).toBeCloseTo(3);
    expect(score.percent).toBeCloseTo(0.75);
    expect(score.gap).toBeCloseTo(0);
    expect(score.rated).toBe(3);
    expect(score.criteria).toBe(4);
  });

  it('gives a blank score, percent and gap when nothing is rated, never a division by zero', () => {
    const [score] = principleScores([criterion(first.name, 'N/A'), criterion(first.name, null)], [scoreRow(first.name)]);
    expect(score).toMatchObject({ score: null, percent: null, gap: null, rated: 1, criteria: 2 });
  });

  it('matches principles case-insensitively, as Excel compares text', () => {
    const [score] = principleScores([criterion(first.name.toUpperCase(), 2)], [scoreRow(first.name)]);
    expect(score.score).toBe(2);
  });

  it('treats rated criteria of weight 0 as not counting, and text weights as 0 like SUMPRODUCT', () => {
    const [score] = principleScores([criterion(first.name, 4, 0), criterion(first.name, 2, 'heavy'), criterion(first.name, 1)], [scoreRow(first.name)]);
    expect(score.score).toBe(1);
  });

  it('averages principle scores by their weights for the overall figure, skipping unscored principles', () => {
    const scores = principleScores(
      [criterion(first.name, 4), criterion(second.name, 1)],
      [scoreRow(first.name, 3, 3), scoreRow(second.name, 3, 1), scoreRow(content.principles[2].name, 3, 10)],
    );
    expect(overallMaturity(scores)).toBeCloseTo((4 * 3 + 1) / 4);
    expect(overallMaturity(principleScores([], [scoreRow(first.name)]))).toBeNull();
  });
});

describe('levels, plan and competencies', () => {
  it('names whole ratings and N/A, leaves a blank blank and gives the reason for anything else', () => {
    expect(levelName(3)).toBe('Established');
    expect(levelName('n/a')).toBe('Not applicable');
    expect([levelName(null), levelName('')]).toEqual(['', '']);
    const reason = 'Rating must be 0–4 or N/A';
    expect([levelName(3.5), levelName(5), levelName(-1), levelName(' 3 '), levelName('3')]).toEqual(Array(5).fill(reason));
  });

  it('counts Agreed and Not applicable plan elements as complete', () => {
    const plan: RowEntries[] = [{ element: 'A', status: 'Agreed' }, { element: 'B', status: 'not applicable' }, { element: 'C', status: 'Drafted' }, { element: 'D' }, { status: 'Agreed' }];
    expect(planCompleteness(plan)).toBeCloseTo(0.5);
    expect(planCompleteness([])).toBeNull();
  });

  it('measures a competency gap as the shortfall below the required level', () => {
    expect(competencyGap(2, 4)).toBe(2);
    expect(competencyGap(4, 3)).toBe(0);
    expect(competencyGap(null, 3)).toBeNull();
  });
});

describe('risks', () => {
  it('scores Likelihood × Impact only for whole numbers 1–5 and bands the score', () => {
    expect(riskScore(4, 4)).toBe(16);
    expect([riskScore(0, 3), riskScore(6, 1), riskScore(2.5, 2), riskScore('High', 3), riskScore(null, 3)]).toEqual([null, null, null, null, null]);
    expect([4, 5, 9, 10, 15, 16, 25].map(riskRating)).toEqual(['Low', 'Medium', 'Medium', 'High', 'High', 'Critical', 'Critical']);
    expect(riskRating(null)).toBe('');
  });

  it('counts open risks in the heat map with likelihood 5 on the top row and impact 1 on the left', () => {
    const risks: RowEntries[] = [
      { likelihood: 5, impact: 1, status: 'Open' },
      { likelihood: 5, impact: 1 },
      { likelihood: 1, impact: 5, status: 'Monitoring' },
      { likelihood: 3, impact: 3, status: 'closed' },
    ];
    const map = riskHeatMap(risks);
    expect(map[0][0]).toBe(2);
    expect(map[4][4]).toBe(1);
    expect(map[2][2]).toBe(0);
    expect(map.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('counts open High and Critical risks and open risks by rating', () => {
    const risks: RowEntries[] = [{ likelihood: 4, impact: 4 }, { likelihood: 2, impact: 5, status: 'Open' }, { likelihood: 5, impact: 5, status: 'Closed' }, { likelihood: 1, impact: 1 }];
    expect(openHighRisks(risks)).toBe(2);
    expect(risksByRating(risks)).toEqual([{ band: 'Low', count: 1 }, { band: 'Medium', count: 0 }, { band: 'High', count: 1 }, { band: 'Critical', count: 1 }]);
  });
});

describe('actions due soon', () => {
  it('lists overdue and soon-due actions, soonest first, leaving out done actions and closed risks', async () => {
    const { dueSoon } = await import('../../../src/scoring');
    const today = 46000;
    const action = (ref: string, due: number | null, status: string | null) => ({ source: 'Principles', ref, action: 'x', owner: 'Sam', due, status, overdue: '' });
    const listed = dueSoon([
      action('late', today - 3, 'In progress'), action('soon', today + 5, null), action('later', today + 30, null),
      action('done', today - 1, 'Done'), action('closed risk', today + 1, 'Closed'), action('no date', null, null),
    ], today);
    expect(listed.map((a) => a.ref)).toEqual(['late', 'soon']);
  });
});
