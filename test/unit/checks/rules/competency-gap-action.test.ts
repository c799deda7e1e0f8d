import type { RawValue } from '../../../../src/data/workbook-data';
import { removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRows, typeRow } from '../typing';

/** The example leaves three gaps without an action (rows 7, 11 and 22); here each gets one. */
const planned = typeRows(example, 'Competencies', [7, 11, 22], { 'Development action': 'Coaching with Priya' });
/** C02 Business and commercial awareness, on row 6, without a development action. */
const levelled = (level: RawValue, required: RawValue = 3) => typeRow(planned, 'Competencies', 6, { Level: level, Required: required, 'Development action': null });
const flagged = (level: number, required: number) =>
  [{ at: 'Competencies!I6', message: `Business and commercial awareness is at level ${level}, below the required ${required}, and has no development action.` }];

testRule('competency-gap-action', {
  severity: 'warning',
  valid: [
    { name: 'every gap with an action', workbook: planned },
    { name: 'exactly the required level, 3 of 3', workbook: levelled(3) },
    { name: 'above the required level, 4 of 3', workbook: levelled(4) },
    { name: 'a gap with an action', workbook: typeRow(levelled(2), 'Competencies', 6, { 'Development action': 'Course' }) },
    { name: 'no level yet', workbook: levelled(null) },
    { name: 'a level in words (whole-number-range reports it)', workbook: levelled('two') },
    { name: 'no required level', workbook: levelled(1, null) },
    { name: 'a deleted Development action column (missing-column reports it)', workbook: removeColumn(levelled(1), 'tblCompetencies', 'developmentAction') },
  ],
  invalid: [
    { name: 'one below, 2 of 3', workbook: levelled(2), findings: flagged(2, 3) },
    { name: 'the widest gap, 1 of 4', workbook: levelled(1, 4), findings: flagged(1, 4) },
    { name: 'a development action of spaces', workbook: typeRow(levelled(2), 'Competencies', 6, { 'Development action': '  ' }), findings: flagged(2, 3) },
    {
      name: 'the example\'s three gaps without an action',
      workbook: example,
      findings: [
        { at: 'Competencies!I7', message: 'Relationship planning and governance is at level 2, below the required 3, and has no development action.' },
        { at: 'Competencies!I11', message: 'Conflict and issue resolution is at level 2, below the required 3, and has no development action.' },
        { at: 'Competencies!I22', message: 'Puts the team first is at level 2, below the required 3, and has no development action.' },
      ],
    },
    {
      name: 'a competency without a name, named by its row',
      workbook: typeRow(levelled(2), 'Competencies', 6, { Item: null }),
      findings: [{ at: 'Competencies!I6', message: 'The competency on row 6 is at level 2, below the required 3, and has no development action.' }],
    },
  ],
});
