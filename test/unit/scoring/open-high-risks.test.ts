import type { RawValue } from '../../../src/data/workbook-data';
import { seriousRiskFrom } from '../../../src/domain/risk-bands';
import { workbookScores } from '../../../src/scoring';
import { example } from '../checks/fixtures';
import { typeRow } from '../checks/typing';
import { testFigure } from './figure-tester';

/**
 * The example's open risks score 16, 6, 12, 10 and 8; R-006 is Closed. Three count
 * as High or Critical. A new risk goes on row 11.
 */
const withRisk = (likelihood: RawValue, impact: RawValue, status: RawValue = 'Open') =>
  typeRow(example, 'Risks', 11, { Risk: 'Late delivery', Likelihood: likelihood, Impact: impact, Status: status });

it('counts a risk as serious from a score of 10, the High band\'s lowest', () => {
  expect(seriousRiskFrom).toBe(10);
});

testFigure('open High or Critical risks', (data) => workbookScores(data).openHighRisks, [
  { name: 'the example', workbook: example, expected: 3 },
  { name: 'one more at exactly the serious score, 10 (2 × 5)', workbook: withRisk(2, 5), expected: 4 },
  { name: 'one more at 10 the other way round (5 × 2)', workbook: withRisk(5, 2), expected: 4 },
  { name: 'one more just below, 9 (3 × 3)', workbook: withRisk(3, 3), expected: 3 },
  { name: 'one more at the most, 25 (5 × 5)', workbook: withRisk(5, 5), expected: 4 },
  { name: 'one more at 10 but Closed', workbook: withRisk(2, 5, 'Closed'), expected: 3 },
  { name: 'one more at 10 but closed in lower case', workbook: withRisk(2, 5, 'closed'), expected: 3 },
  { name: 'one more at 10 being monitored', workbook: withRisk(2, 5, 'Monitoring'), expected: 4 },
  { name: 'one more at 10 with no status', workbook: withRisk(2, 5, null), expected: 4 },
  { name: 'one more with a Likelihood off the scale, 6 × 5', workbook: withRisk(6, 5), expected: 3 },
  { name: 'one more with a Likelihood of 2.5 × 4', workbook: withRisk(2.5, 4), expected: 3 },
  { name: 'one more with the Likelihood typed as text, "2" × 5', workbook: withRisk('2', 5), expected: 3 },
  { name: 'one more with an error in its Impact', workbook: withRisk(5, { error: '#N/A' }), expected: 3 },
  { name: 'R-004 lowered from 10 to 8 (2 × 4)', workbook: typeRow(example, 'Risks', 8, { Impact: 4 }), expected: 2 },
]);

testFigure('open risks by rating', (data) => workbookScores(data).risksByRating.map((b) => `${b.band} ${b.count}`), [
  { name: 'the example', workbook: example, expected: ['Low 0', 'Medium 2', 'High 2', 'Critical 1'] },
  { name: 'one more at the least, 1 (1 × 1)', workbook: withRisk(1, 1), expected: ['Low 1', 'Medium 2', 'High 2', 'Critical 1'] },
  { name: 'one more at the top of Low, 4 (1 × 4)', workbook: withRisk(1, 4), expected: ['Low 1', 'Medium 2', 'High 2', 'Critical 1'] },
  { name: 'one more at the bottom of Medium, 5 (1 × 5)', workbook: withRisk(1, 5), expected: ['Low 0', 'Medium 3', 'High 2', 'Critical 1'] },
  { name: 'one more at the top of Medium, 9 (3 × 3)', workbook: withRisk(3, 3), expected: ['Low 0', 'Medium 3', 'High 2', 'Critical 1'] },
  { name: 'one more at the bottom of High, 10 (2 × 5)', workbook: withRisk(2, 5), expected: ['Low 0', 'Medium 2', 'High 3', 'Critical 1'] },
  { name: 'one more at the top of High, 15 (3 × 5)', workbook: withRisk(3, 5), expected: ['Low 0', 'Medium 2', 'High 3', 'Critical 1'] },
  { name: 'one more at the bottom of Critical, 16 (4 × 4)', workbook: withRisk(4, 4), expected: ['Low 0', 'Medium 2', 'High 2', 'Critical 2'] },
  { name: 'one more with no score, counted nowhere', workbook: withRisk(0, 5), expected: ['Low 0', 'Medium 2', 'High 2', 'Critical 1'] },
]);
