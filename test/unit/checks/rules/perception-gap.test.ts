import type { RawValue, WorkbookData } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

const rated = (rows: Array<[RawValue, RawValue, RawValue, RawValue]>, data: WorkbookData = example) =>
  rows.reduce((d, [rater, side, ref, rating], i) => typeRow(d, 'Ratings', 5 + i, { Rater: rater, Side: side, Ref: ref, Rating: rating }), data);

/** P01 Relationship management is on Dashboard row 4; Perception gap is column W. */
const atP01 = (message: string) => [{ at: 'Dashboard!W4', message }];

testRule('perception-gap', {
  severity: 'warning',
  valid: [
    { name: 'the example, which has no raters', workbook: example },
    { name: 'half a level apart', workbook: rated([['Ann', 'Ours', 'P01.1', 3], ['Ben', 'Ours', 'P01.1', 2], ['Dee', 'Partner', 'P01.1', 2]]) },
    { name: 'one side only: no gap', workbook: rated([['Ann', 'Ours', 'P01.1', 4]]) },
    { name: 'far apart on different principles: neither has both sides', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P02.1', 0]]) },
    { name: 'a partner’s N/A and pasted 7 are not ratings', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', 'N/A'], ['Eve', 'Partner', 'P01.1', 7]]) },
    {
      name: 'a gap on a criterion that weighs 0',
      workbook: typeRow(rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', 0], ['Ann', 'Ours', 'P01.2', 2], ['Dee', 'Partner', 'P01.2', 2]]), 'Principles', 5, { Weight: 0 }),
    },
  ],
  invalid: [
    {
      name: 'ours 4 and the partner 3: a gap of exactly 1, at the principle’s Perception gap',
      workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', 3]]),
      findings: atP01('Relationship management: our raters give 4, the partner\'s 3, a perception gap of 1.'),
    },
    {
      name: 'the partner seeing more than we do',
      workbook: rated([['Ann', 'Ours', 'P01.1', 1], ['Dee', 'Partner', 'P01.1', 3], ['Eve', 'Partner', 'P01.1', 4]]),
      findings: atP01('Relationship management: our raters give 1, the partner\'s 3.5, a perception gap of -2.5.'),
    },
    {
      name: 'means weighted by the criterion weights, shown to two decimals',
      workbook: typeRow(rated([['Ann', 'Ours', 'P01.1', 4], ['Ann', 'Ours', 'P01.2', 1], ['Dee', 'Partner', 'P01.1', 2], ['Dee', 'Partner', 'P01.2', 1]]), 'Principles', 5, { Weight: 2 }),
      findings: atP01('Relationship management: our raters give 3, the partner\'s 1.67, a perception gap of 1.33.'),
    },
  ],
});
