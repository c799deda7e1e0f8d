import type { RawValue } from '../../../src/data/workbook-data';
import { risksTable } from '../../../src/schema/risks';
import { riskHeatMap, rowsByKey } from '../../../src/scoring';
import { blank } from '../checks/fixtures';
import { typeRow } from '../checks/typing';
import { testFigure } from './figure-tester';

/** One risk on row 5 of a new workbook. */
const oneRisk = (likelihood: RawValue, impact: RawValue, status: RawValue = 'Open') =>
  typeRow(blank, 'Risks', 5, { Risk: 'Late delivery', Likelihood: likelihood, Impact: impact, Status: status });
/** Where the heat map counts it, as "row,column" from the top left; Likelihood 5 is the top row, Impact 1 the left column. */
const counted = (map: number[][]) => map.flatMap((cells, r) => cells.flatMap((n, c) => (n > 0 ? [`${r},${c}: ${n}`] : [])));

testFigure('risk heat map', (data) => counted(riskHeatMap(rowsByKey(data, risksTable))), [
  { name: 'no risks', workbook: blank, expected: [] },
  { name: 'Likelihood 5, Impact 1: the top left corner', workbook: oneRisk(5, 1), expected: ['0,0: 1'] },
  { name: 'Likelihood 5, Impact 5: the top right corner', workbook: oneRisk(5, 5), expected: ['0,4: 1'] },
  { name: 'Likelihood 1, Impact 1: the bottom left corner', workbook: oneRisk(1, 1), expected: ['4,0: 1'] },
  { name: 'Likelihood 1, Impact 5: the bottom right corner', workbook: oneRisk(1, 5), expected: ['4,4: 1'] },
  { name: 'Likelihood 3, Impact 2', workbook: oneRisk(3, 2), expected: ['2,1: 1'] },
  { name: 'two risks in one cell', workbook: typeRow(oneRisk(4, 2), 'Risks', 6, { Risk: 'Price rise', Likelihood: 4, Impact: 2 }), expected: ['1,1: 2'] },
  { name: 'a risk with no status, which counts as open', workbook: oneRisk(2, 2, null), expected: ['3,1: 1'] },
  { name: 'a Closed risk, counted nowhere', workbook: oneRisk(5, 5, 'Closed'), expected: [] },
  { name: 'a Likelihood of 0, off the map', workbook: oneRisk(0, 3), expected: [] },
  { name: 'a Likelihood of 6, off the map', workbook: oneRisk(6, 3), expected: [] },
  { name: 'an Impact of 6, off the map', workbook: oneRisk(3, 6), expected: [] },
  { name: 'a Likelihood typed as text, "3", off the map', workbook: oneRisk('3', 3), expected: [] },
]);
