import type { RawValue } from '../../../../src/data/workbook-data';
import { removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** P01.5, on row 9, is N/A with its reason in the example. */
const unexplained = (rating: RawValue) => typeRow(example, 'Principles', 9, { Rating: rating, Evidence: null });
const flagged = [{ at: 'Principles!H9', message: 'P01.5 is rated N/A but gives no reason.' }];

testRule('reason-for-na', {
  severity: 'warning',
  valid: [
    { name: 'the example, whose N/A gives its reason', workbook: example },
    { name: 'a rating of 1 without evidence', workbook: unexplained(1) },
    { name: 'a blank rating without evidence', workbook: unexplained(null) },
    { name: 'N/A with spaces round it (rating-value reports it)', workbook: unexplained(' N/A ') },
    { name: 'a deleted Evidence column (missing-column reports it)', workbook: removeColumn(unexplained('N/A'), 'tblPrinciples', 'evidence') },
  ],
  invalid: [
    { name: 'N/A without a reason', workbook: unexplained('N/A'), findings: flagged },
    { name: 'n/a in lower case without a reason', workbook: unexplained('n/a'), findings: flagged },
    { name: 'N/A whose reason is spaces', workbook: typeRow(example, 'Principles', 9, { Evidence: '   ' }), findings: flagged },
  ],
});
