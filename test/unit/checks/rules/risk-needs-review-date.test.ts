import type { RawValue } from '../../../../src/data/workbook-data';
import { removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** R-001, on row 5, with its next review cleared. */
const unreviewed = (status: RawValue) => typeRow(example, 'Risks', 5, { 'Next review': null, Status: status });
const flagged = [{ at: 'Risks!S5', message: 'R-001 has no next review date.' }];

testRule('risk-needs-review-date', {
  severity: 'warning',
  valid: [
    { name: 'the example, every risk with a date', workbook: example },
    { name: 'a Closed risk without one', workbook: unreviewed('Closed') },
    { name: 'a closed risk in lower case without one', workbook: unreviewed('closed') },
    { name: 'a row without risk text', workbook: typeRow(example, 'Risks', 11, { Owner: 'Sam' }) },
    { name: 'a deleted Next review column (missing-column reports it)', workbook: removeColumn(unreviewed('Open'), 'tblRisks', 'nextReview') },
  ],
  invalid: [
    { name: 'an Open risk without one', workbook: unreviewed('Open'), findings: flagged },
    { name: 'a risk being monitored without one', workbook: unreviewed('Monitoring'), findings: flagged },
    { name: 'a risk with no status without one', workbook: unreviewed(null), findings: flagged },
    { name: 'a next review of spaces', workbook: typeRow(example, 'Risks', 5, { 'Next review': '  ' }), findings: flagged },
    {
      name: 'a new risk, named by its text',
      workbook: typeRow(example, 'Risks', 11, { Risk: 'Late delivery' }),
      findings: [{ at: 'Risks!S11', message: 'The risk "Late delivery" has no next review date.' }],
    },
  ],
});
