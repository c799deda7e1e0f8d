import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

testRule('risk-needs-owner', {
  severity: 'warning',
  valid: [
    { name: 'the example, every risk owned', workbook: example },
    { name: 'a new risk with an owner', workbook: typeRow(example, 'Risks', 11, { Risk: 'Late delivery', Owner: 'Sam' }) },
    { name: 'an ID with no risk text (required-value reports it)', workbook: typeRow(example, 'Risks', 11, { ID: 'R-007' }) },
  ],
  invalid: [
    { name: 'an owner cleared', workbook: typeRow(example, 'Risks', 5, { Owner: null }), findings: [{ at: 'Risks!F5', message: 'R-001 has no owner.' }] },
    { name: 'an owner of spaces', workbook: typeRow(example, 'Risks', 5, { Owner: '  ' }), findings: [{ at: 'Risks!F5', message: 'R-001 has no owner.' }] },
    {
      name: 'a new risk without an ID, named by its text',
      workbook: typeRow(example, 'Risks', 11, { Risk: 'Late delivery' }),
      findings: [{ at: 'Risks!F11', message: 'The risk "Late delivery" has no owner.' }],
    },
  ],
});
