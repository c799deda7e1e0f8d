import type { WorkbookData } from '../../../src/data/workbook-data';
import { workbookScores } from '../../../src/scoring';
import { blank, example } from '../checks/fixtures';
import { typeRow, typeRows } from '../checks/typing';
import { testFigure } from './figure-tester';

/** The example's plan has 14 elements (rows 5 to 18); A01, A02, A04 and A10 are Agreed. */
const allRows = Array.from({ length: 14 }, (_, i) => 5 + i);
const status = (data: WorkbookData, row: number, value: string | null) => typeRow(data, 'Plan', row, { Status: value });

testFigure('plan completeness', (data) => workbookScores(data).planCompleteness, [
  { name: 'a new workbook, nothing agreed', workbook: blank, expected: 0 },
  { name: 'the example, 4 of 14 agreed', workbook: example, expected: 4 / 14 },
  { name: 'one more Not applicable (A03)', workbook: status(example, 7, 'Not applicable'), expected: 5 / 14 },
  { name: 'one more agreed in lower case', workbook: status(example, 7, 'agreed'), expected: 5 / 14 },
  { name: 'one more " Agreed" with a space, which Excel does not count', workbook: status(example, 7, ' Agreed'), expected: 4 / 14 },
  { name: 'one Agreed set back to Drafted', workbook: status(example, 5, 'Drafted'), expected: 3 / 14 },
  { name: 'an element cleared, no longer counted at all', workbook: typeRow(example, 'Plan', 18, { Element: null }), expected: 4 / 13 },
  { name: 'every element agreed', workbook: typeRows(example, 'Plan', allRows, { Status: 'Agreed' }), expected: 1 },
  { name: 'no elements left, so no figure', workbook: typeRows(example, 'Plan', allRows, { Element: null }), expected: null },
]);
