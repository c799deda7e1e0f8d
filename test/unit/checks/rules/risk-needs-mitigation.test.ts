import type { RawValue } from '../../../../src/data/workbook-data';
import { moveColumn, removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** A new risk on row 11, treated by reducing it, with nothing written under Mitigation. */
const unmitigated = (likelihood: RawValue, impact: RawValue, more: Record<string, RawValue> = {}) =>
  typeRow(example, 'Risks', 11, { Risk: 'Late delivery', Owner: 'Sam', Likelihood: likelihood, Impact: impact, Treatment: 'Reduce', Status: 'Open', ...more });
const flagged = (rating: string) => [{ at: 'Risks!L11', message: `The risk "Late delivery" is ${rating} and has no mitigation.` }];

testRule('risk-needs-mitigation', {
  severity: 'warning',
  valid: [
    { name: 'the example, whose serious risks are mitigated or accepted', workbook: example },
    { name: 'one below High: Medium at 9 (3 × 3)', workbook: unmitigated(3, 3) },
    { name: 'Medium at 8 (2 × 4)', workbook: unmitigated(2, 4) },
    { name: 'High at 10 with a mitigation', workbook: unmitigated(2, 5, { Mitigation: 'Second supplier' }) },
    { name: 'High at 10 and accepted', workbook: unmitigated(2, 5, { Treatment: 'Accept' }) },
    { name: 'High at 10 and accepted in lower case', workbook: unmitigated(2, 5, { Treatment: 'accept' }) },
    { name: 'Critical at 25 but Closed', workbook: unmitigated(5, 5, { Status: 'Closed' }) },
    { name: 'Critical at 25 but closed in lower case', workbook: unmitigated(5, 5, { Status: 'closed' }) },
    { name: 'a Likelihood in words, so no score (whole-number-range reports it)', workbook: unmitigated('High', 5) },
    { name: 'a Likelihood above the scale, 6 × 5 (whole-number-range reports it)', workbook: unmitigated(6, 5) },
    { name: 'a Likelihood of 2.5, so no score, though 2.5 × 4 = 10', workbook: unmitigated(2.5, 4) },
    { name: 'a deleted Mitigation column (missing-column reports it)', workbook: removeColumn(unmitigated(5, 5), 'tblRisks', 'mitigation') },
  ],
  invalid: [
    { name: 'exactly High: 10 (2 × 5)', workbook: unmitigated(2, 5), findings: flagged('High') },
    { name: 'exactly High the other way round: 10 (5 × 2)', workbook: unmitigated(5, 2), findings: flagged('High') },
    { name: 'High at 12 (3 × 4)', workbook: unmitigated(3, 4), findings: flagged('High') },
    { name: 'one below Critical: High at 15 (3 × 5)', workbook: unmitigated(3, 5), findings: flagged('High') },
    { name: 'exactly Critical: 16 (4 × 4)', workbook: unmitigated(4, 4), findings: flagged('Critical') },
    { name: 'the most: Critical at 25 (5 × 5)', workbook: unmitigated(5, 5), findings: flagged('Critical') },
    { name: 'a mitigation of spaces', workbook: unmitigated(2, 5, { Mitigation: '   ' }), findings: flagged('High') },
    { name: 'no treatment chosen', workbook: unmitigated(2, 5, { Treatment: null }), findings: flagged('High') },
    { name: 'no status, which counts as open', workbook: unmitigated(2, 5, { Status: null }), findings: flagged('High') },
    { name: 'a risk being monitored', workbook: unmitigated(2, 5, { Status: 'Monitoring' }), findings: flagged('High') },
    {
      name: 'the example\'s Critical R-001 with its mitigation cleared',
      workbook: typeRow(example, 'Risks', 5, { Mitigation: null }),
      findings: [{ at: 'Risks!L5', message: 'R-001 is Critical and has no mitigation.' }],
    },
    {
      name: 'a risk with no text or ID, named by its row',
      workbook: typeRow(example, 'Risks', 11, { Likelihood: 4, Impact: 4 }),
      findings: [{ at: 'Risks!L11', message: 'The risk on row 11 is Critical and has no mitigation.' }],
    },
    {
      name: 'Mitigation dragged to the first column',
      workbook: typeRow(moveColumn(example, 'tblRisks', 'mitigation', 0), 'Risks', 5, { Mitigation: null }),
      findings: [{ at: 'Risks!A5', message: 'R-001 is Critical and has no mitigation.' }],
    },
  ],
});
