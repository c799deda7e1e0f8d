import type { RawValue } from '../../../../src/data/workbook-data';
import { moveColumn, removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** P01.1, on row 5, rated with no evidence. */
const unproven = (rating: RawValue, data = example) => typeRow(data, 'Principles', 5, { Rating: rating, Evidence: null });
const flagged = (rating: number) => [{ at: 'Principles!H5', message: `P01.1 is rated ${rating} but has no evidence.` }];

testRule('evidence-for-high-rating', {
  severity: 'warning',
  valid: [
    { name: 'the example, whose high ratings have evidence', workbook: example },
    { name: 'a rating of 3 with evidence', workbook: typeRow(example, 'Principles', 5, { Rating: 3, Evidence: 'Board minute' }) },
    { name: 'one below the threshold, 2, without evidence', workbook: unproven(2) },
    { name: 'a rating off the scale, 5 (rating-value reports it)', workbook: unproven(5) },
    { name: 'a half level above the threshold, 3.5 (rating-value reports it)', workbook: unproven(3.5) },
    { name: 'a 3 typed as text (rating-value reports it)', workbook: unproven('3') },
    { name: 'N/A without evidence (reason-for-na reports it)', workbook: unproven('N/A') },
    { name: 'a deleted Evidence column (missing-column reports it)', workbook: removeColumn(unproven(4), 'tblPrinciples', 'evidence') },
  ],
  invalid: [
    { name: 'exactly the threshold, 3, without evidence', workbook: unproven(3), findings: flagged(3) },
    { name: 'the top level, 4, without evidence', workbook: unproven(4), findings: flagged(4) },
    { name: 'a 3 whose evidence is spaces', workbook: typeRow(example, 'Principles', 5, { Rating: 3, Evidence: '  ' }), findings: flagged(3) },
    {
      name: 'a criterion without a ref, named by its row',
      workbook: typeRow(unproven(3), 'Principles', 5, { Ref: null }),
      findings: [{ at: 'Principles!H5', message: 'The criterion on row 5 is rated 3 but has no evidence.' }],
    },
    {
      name: 'Evidence dragged to the first column',
      workbook: unproven(3, moveColumn(example, 'tblPrinciples', 'evidence', 0)),
      findings: [{ at: 'Principles!A5', message: 'P01.1 is rated 3 but has no evidence.' }],
    },
  ],
});
