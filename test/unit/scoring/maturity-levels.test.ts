import type { RawValue, WorkbookData } from '../../../src/data/workbook-data';
import type { CellValue } from '../../../src/schema/rows';
import { levelName, workbookScores } from '../../../src/scoring';
import { blank } from '../checks/fixtures';
import { typeRow, typeRows } from '../checks/typing';
import { testFigure } from './figure-tester';

describe('maturity level names', () => {
  it.each<[CellValue, string]>([
    [0, 'Not in place'], [1, 'Initial'], [2, 'Developing'], [3, 'Established'], [4, 'Optimising'],
    ['N/A', 'Not applicable'], ['n/a', 'Not applicable'],
    [null, ''], ['', ''],
    ...[-1, 5, 3.5, '3', ' N/A ', true].map((rating): [CellValue, string] => [rating, 'Rating must be 0–4 or N/A']),
  ])('names a rating of %j "%s"', (rating, name) => {
    expect(levelName(rating)).toBe(name);
  });
});

/** P01 Relationship management has five criteria, on Principles rows 5 to 9; P02 starts on row 10. */
const p01 = (ratings: RawValue[], data: WorkbookData = blank) => ratings.reduce<WorkbookData>((d, rating, i) => typeRow(d, 'Principles', 5 + i, { Rating: rating }), data);
const scoreOf = (data: WorkbookData) => {
  const [first] = workbookScores(data).principles;
  return { score: first.score, rated: first.rated, criteria: first.criteria };
};

testFigure('a principle\'s score', scoreOf, [
  { name: 'nothing rated: no score', workbook: blank, expected: { score: null, rated: 0, criteria: 5 } },
  { name: 'every criterion at the lowest level, 0', workbook: p01([0, 0, 0, 0, 0]), expected: { score: 0, rated: 5, criteria: 5 } },
  { name: 'every criterion at the highest level, 4', workbook: p01([4, 4, 4, 4, 4]), expected: { score: 4, rated: 5, criteria: 5 } },
  { name: 'N/A leaves a criterion out of the mean but counts it as rated', workbook: p01([4, 'N/A', 2]), expected: { score: 3, rated: 3, criteria: 5 } },
  { name: 'only N/A: rated, but no score', workbook: p01(['N/A']), expected: { score: null, rated: 1, criteria: 5 } },
  { name: 'a rating typed as text counts for nothing', workbook: p01([4, '0']), expected: { score: 4, rated: 1, criteria: 5 } },
  { name: 'a pasted 7 counts for nothing (it made 4.75)', workbook: p01([7, 4, 4, 4]), expected: { score: 4, rated: 3, criteria: 5 } },
  { name: 'ratings of -1 and 2.5 count for nothing', workbook: p01([-1, 2.5, 1]), expected: { score: 1, rated: 1, criteria: 5 } },
  { name: 'a weight of -1 leaves a rated criterion out', workbook: typeRow(p01([4, 1]), 'Principles', 5, { Weight: -1 }), expected: { score: 1, rated: 2, criteria: 5 } },
  { name: 'a weight of 0 leaves a rated criterion out', workbook: typeRow(p01([4, 1]), 'Principles', 5, { Weight: 0 }), expected: { score: 1, rated: 2, criteria: 5 } },
  { name: 'every rated weight 0: no score', workbook: typeRows(p01([4, 1]), 'Principles', [5, 6], { Weight: 0 }), expected: { score: null, rated: 2, criteria: 5 } },
]);

testFigure('overall maturity', (data) => workbookScores(data).overall, [
  { name: 'nothing rated: no figure', workbook: blank, expected: null },
  { name: 'one principle scored, the rest left out', workbook: p01([2]), expected: 2 },
  {
    name: 'two principles by their Dashboard weights, 3 and 1',
    workbook: typeRow(typeRow(p01([4]), 'Principles', 10, { Rating: 0 }), 'Dashboard', 4, { Weight: 3 }),
    expected: 3,
  },
  { name: 'a principle weighted 0 counts for nothing', workbook: typeRow(typeRow(p01([4]), 'Principles', 10, { Rating: 0 }), 'Dashboard', 5, { Weight: 0 }), expected: 4 },
]);
