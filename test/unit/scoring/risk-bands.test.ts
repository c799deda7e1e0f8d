import { riskRating, riskScore } from '../../../src/scoring';

/** Every score the scales can give and its band: Low 1–4, Medium 5–9, High 10–15, Critical 16–25. */
const bands: Array<[number, string]> = [
  [1, 'Low'], [2, 'Low'], [3, 'Low'], [4, 'Low'],
  [5, 'Medium'], [6, 'Medium'], [8, 'Medium'], [9, 'Medium'],
  [10, 'High'], [12, 'High'], [15, 'High'],
  [16, 'Critical'], [20, 'Critical'], [25, 'Critical'],
];

describe('risk bands', () => {
  it.each(bands)('rates a score of %d as %s', (score, band) => {
    expect(riskRating(score)).toBe(band);
  });

  it('rates no score as blank', () => {
    expect(riskRating(null)).toBe('');
  });
});

describe('risk score', () => {
  it.each([
    [1, 1, 1], [1, 5, 5], [5, 1, 5], [5, 5, 25], [2, 5, 10], [4, 4, 16],
  ])('scores Likelihood %p × Impact %p as %p', (likelihood, impact, score) => {
    expect(riskScore(likelihood, impact)).toBe(score);
  });

  it.each([
    ['a Likelihood one below the scale', 0, 3], ['a Likelihood one above it', 6, 3],
    ['an Impact one below the scale', 3, 0], ['an Impact one above it', 3, 6],
    ['a fraction', 2.5, 4], ['a number typed as text', '3', 3], ['TRUE', true, 3], ['a blank', null, 3],
  ])('gives no score for %s', (_, likelihood, impact) => {
    expect(riskScore(likelihood, impact)).toBeNull();
  });
});
