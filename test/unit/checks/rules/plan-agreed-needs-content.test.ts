import { removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

const flagged = [{ at: 'Plan!E5', message: 'A01 Relationship profile and scope is Agreed but has no content.' }];

testRule('plan-agreed-needs-content', {
  severity: 'warning',
  valid: [
    { name: 'the example, every agreed element written down', workbook: example },
    { name: 'a Drafted element with no content', workbook: typeRow(example, 'Plan', 5, { Status: 'Drafted', Content: null }) },
    { name: 'an element agreed with a space in front (list-value reports it)', workbook: typeRow(example, 'Plan', 5, { Status: ' Agreed', Content: null }) },
    { name: 'a deleted Content column (missing-column reports it)', workbook: removeColumn(example, 'tblPlan', 'content') },
  ],
  invalid: [
    { name: 'an Agreed element\'s content cleared', workbook: typeRow(example, 'Plan', 5, { Content: null }), findings: flagged },
    { name: 'content of spaces', workbook: typeRow(example, 'Plan', 5, { Content: '   ' }), findings: flagged },
    {
      name: 'an element agreed in lower case',
      workbook: typeRow(example, 'Plan', 10, { Status: 'agreed' }),
      findings: [{ at: 'Plan!E10', message: 'A06 Capability, competencies and behavi… is Agreed but has no content.' }],
    },
    {
      name: 'an element with no ref or name, named by its row',
      workbook: typeRow(example, 'Plan', 5, { Ref: null, Element: null, Content: null }),
      findings: [{ at: 'Plan!E5', message: 'The plan element on row 5 is Agreed but has no content.' }],
    },
  ],
});
