import { moveColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** The example's risks stand on rows 5 to 10; row 11 is the first blank one. */
const newRisk = (id: string | null, row = 11, data = example) => typeRow(data, 'Risks', row, { ID: id, Risk: 'Late delivery' });

testRule('duplicate-risk-id', {
  severity: 'error',
  valid: [
    { name: 'the example, each ID once', workbook: example },
    { name: 'a new risk with a new ID', workbook: newRisk('R-007') },
    { name: 'an ID that only starts like another, R-0011', workbook: newRisk('R-0011') },
    { name: 'two risks without an ID', workbook: newRisk(null, 12, newRisk(null)) },
  ],
  invalid: [
    { name: 'a new risk given R-001 again', workbook: newRisk('R-001'), findings: [{ at: 'Risks!A11', message: 'The ID "R-001" is already used on row 5.' }] },
    { name: 'the same ID in lower case', workbook: newRisk('r-001'), findings: [{ at: 'Risks!A11', message: 'The ID "r-001" is already used on row 5.' }] },
    { name: 'the same ID with spaces', workbook: newRisk(' R-001 '), findings: [{ at: 'Risks!A11', message: 'The ID "R-001" is already used on row 5.' }] },
    {
      name: 'an ID used three times, each repeat naming the first row',
      workbook: newRisk('R-002', 12, newRisk('R-002')),
      findings: [{ at: 'Risks!A11', message: 'The ID "R-002" is already used on row 6.' }, { at: 'Risks!A12', message: 'The ID "R-002" is already used on row 6.' }],
    },
    {
      name: 'a repeat after the ID column was moved to column C',
      workbook: newRisk('R-003', 11, moveColumn(example, 'tblRisks', 'id', 2)),
      findings: [{ at: 'Risks!C11', message: 'The ID "R-003" is already used on row 7.' }],
    },
  ],
});
