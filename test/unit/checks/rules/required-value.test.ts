import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

const riskBlank = [{ at: 'Risks!B11', message: 'Risk is blank, but the row has other entries.' }];

testRule('required-value', {
  severity: 'warning',
  valid: [
    { name: 'the example, whose blank risk rows hold only their formulas', workbook: example },
    { name: 'a row with only the Risk', workbook: typeRow(example, 'Risks', 11, { Risk: 'Late delivery' }) },
    { name: 'a row whose entries were all cleared to spaces', workbook: typeRow(example, 'Risks', 11, { Risk: ' ', Owner: '  ' }) },
  ],
  invalid: [
    { name: 'a Likelihood with no Risk', workbook: typeRow(example, 'Risks', 11, { Likelihood: 3 }), findings: riskBlank },
    { name: 'an Owner with a Risk of spaces', workbook: typeRow(example, 'Risks', 11, { Risk: '  ', Owner: 'Sam' }), findings: riskBlank },
    {
      name: 'a criterion cleared from a row that keeps its ref and principle',
      workbook: typeRow(example, 'Principles', 5, { Criterion: null }),
      findings: [{ at: 'Principles!C5', message: 'Criterion is blank, but the row has other entries.' }],
    },
    {
      name: 'a plan element\'s name cleared from a row that keeps its ref',
      workbook: typeRow(example, 'Plan', 5, { Element: null }),
      findings: [{ at: 'Plan!B5', message: 'Element is blank, but the row has other entries.' }],
    },
  ],
});
