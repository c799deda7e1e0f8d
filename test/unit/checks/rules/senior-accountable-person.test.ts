import { moveColumn, removeColumn, removeRow } from '../../../support/workbook-data';
import { blank, example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** A04 Leadership and accountability stands on Plan row 8, the fourth element. */
const A04 = 8;
const blankIn = (header: string) => ({ at: `Plan!${header === 'Content' ? 'E' : 'F'}8`, message: `${header} of A04 Leadership and accountability is blank, so no senior person is named as accountable.` });
const noElement = 'The plan has no element A04, where the senior accountable person is named.';

testRule('senior-accountable-person', {
  severity: 'warning',
  valid: [
    { name: 'the example, which names Priya', workbook: example },
    { name: 'the ref typed as "a04 " in lower case with a space', workbook: typeRow(example, 'Plan', A04, { Ref: 'a04 ' }) },
    { name: 'the element moved to another row', workbook: removeRow(example, 'tblPlan', 0) },
    { name: 'a deleted Ref column (missing-column reports it)', workbook: removeColumn(blank, 'tblPlan', 'ref') },
  ],
  invalid: [
    { name: 'a new workbook, neither named', workbook: blank, findings: [blankIn('Content'), blankIn('Owner')] },
    { name: 'the content cleared', workbook: typeRow(example, 'Plan', A04, { Content: null }), findings: [blankIn('Content')] },
    { name: 'an owner of spaces', workbook: typeRow(example, 'Plan', A04, { Owner: '  ' }), findings: [blankIn('Owner')] },
    { name: 'only the content when the Owner column was deleted', workbook: removeColumn(blank, 'tblPlan', 'owner'), findings: [blankIn('Content')] },
    { name: 'the element\'s row deleted, at the Ref header', workbook: removeRow(example, 'tblPlan', 3), findings: [{ at: 'Plan!A4', message: noElement }] },
    { name: 'the ref retyped as A4', workbook: typeRow(example, 'Plan', A04, { Ref: 'A4' }), findings: [{ at: 'Plan!A4', message: noElement }] },
    {
      name: 'the element\'s row deleted after Ref was dragged to column C',
      workbook: removeRow(moveColumn(example, 'tblPlan', 'ref', 2), 'tblPlan', 3),
      findings: [{ at: 'Plan!C4', message: noElement }],
    },
  ],
});
