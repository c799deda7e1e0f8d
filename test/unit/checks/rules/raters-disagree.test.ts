import type { RawValue, WorkbookData } from '../../../../src/data/workbook-data';
import { removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** Raters' rows typed on the Ratings sheet from row 5 down: rater, side, ref, rating. */
const rated = (rows: Array<[RawValue, RawValue, RawValue, RawValue]>, data: WorkbookData = example) =>
  rows.reduce((d, [rater, side, ref, rating], i) => typeRow(d, 'Ratings', 5 + i, { Rater: rater, Side: side, Ref: ref, Rating: rating }), data);

/** P01.1 is on Principles row 5; Spread is its sixteenth column, P. */
const atP011 = (message: string) => [{ at: 'Principles!P5', message }];

testRule('raters-disagree', {
  severity: 'warning',
  valid: [
    { name: 'the example, which has no raters', workbook: example },
    { name: 'two raters one level apart', workbook: rated([['Ann', 'Ours', 'P01.1', 3], ['Dee', 'Partner', 'P01.1', 2]]) },
    { name: 'one rater alone', workbook: rated([['Ann', 'Ours', 'P01.1', 4]]) },
    { name: 'N/A against 4: N/A is not a level', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', 'N/A']]) },
    { name: 'a pasted 7 and a 2.5 against 4 (rating-value and the figures leave them out)', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Ben', 'Ours', 'P01.1', 7], ['Dee', 'Partner', 'P01.1', 2.5]]) },
    { name: 'a 1 typed as text against 4', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', '1']]) },
    { name: 'a rater whose side is neither', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Fay', 'Both', 'P01.1', 0]]) },
    { name: 'far-apart ratings of two different criteria', workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.2', 0]]) },
    { name: 'no Ratings sheet, as in a workbook from before the joint assessment (missing-table reports it)', workbook: (() => {
      const data = structuredClone(example);
      delete data.tables.tblRatings;
      return data;
    })() },
    { name: 'a deleted Rating column (missing-column reports it)', workbook: removeColumn(rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', 0]]), 'tblRatings', 'rating') },
  ],
  invalid: [
    {
      name: 'ours 4 and the partner 2: two levels, at the criterion’s Spread',
      workbook: rated([['Ann', 'Ours', 'P01.1', 4], ['Dee', 'Partner', 'P01.1', 2]]),
      findings: atP011('The raters of P01.1 are 2 levels apart: 2 (Dee) against 4 (Ann).'),
    },
    {
      name: 'three raters of one side, naming each rater at the lowest and the highest level',
      workbook: rated([['Ann', 'Ours', 'P01.1', 3], ['Ben', 'Ours', 'P01.1', 3], ['Cy', 'Ours', 'P01.1', 0], ['Ann', 'Ours', 'P01.1', 3]]),
      findings: atP011('The raters of P01.1 are 3 levels apart: 0 (Cy) against 3 (Ann, Ben).'),
    },
    {
      name: 'a side and a ref in other cases, as Excel compares them',
      workbook: rated([['Ann', 'ours', 'p01.1', 0], ['Dee', 'PARTNER', 'P01.1', 4]]),
      findings: atP011('The raters of P01.1 are 4 levels apart: 0 (Ann) against 4 (Dee).'),
    },
    {
      name: 'a rater without a name, named by the row',
      workbook: rated([[null, 'Ours', 'P01.1', 0], ['Dee', 'Partner', 'P01.1', 2]]),
      findings: atP011('The raters of P01.1 are 2 levels apart: 0 (Ratings row 5) against 2 (Dee).'),
    },
    {
      name: 'two criteria, each at its own row',
      workbook: rated([['Ann', 'Ours', 'P01.2', 0], ['Dee', 'Partner', 'P01.2', 2], ['Ann', 'Ours', 'P02.1', 4], ['Dee', 'Partner', 'P02.1', 1]]),
      findings: [
        { at: 'Principles!P6', message: 'The raters of P01.2 are 2 levels apart: 0 (Ann) against 2 (Dee).' },
        { at: 'Principles!P10', message: 'The raters of P02.1 are 3 levels apart: 1 (Dee) against 4 (Ann).' },
      ],
    },
  ],
});
