import type { RawValue } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { showsValue, typeNamed, typeRow } from '../typing';

/** R-001, on row 5; Owner is column F. */
const owner = (value: RawValue) => typeRow(example, 'Risks', 5, { Owner: value });
const flagged = (error: string) => [{ at: 'Risks!F5', message: `Owner holds the error ${error}.` }];

testRule('error-value', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'text that starts with # but is no error', workbook: owner('#teamA') },
    { name: 'an error code with more after it', workbook: owner('#N/A for now') },
    { name: 'a Score showing #VALUE! from its inputs, left to the inputs', workbook: showsValue(example, 'Risks', 5, 'Score', { error: '#VALUE!' }) },
  ],
  invalid: [
    { name: 'an error value', workbook: owner({ error: '#REF!' }), findings: flagged('#REF!') },
    { name: 'an error pasted as text', workbook: owner('#N/A'), findings: flagged('#N/A') },
    { name: 'an error as text in lower case with spaces', workbook: owner(' #div/0! '), findings: flagged('#DIV/0!') },
    { name: 'an error in a number column', workbook: typeRow(example, 'Risks', 5, { Likelihood: { error: '#NUM!' } }), findings: [{ at: 'Risks!G5', message: 'Likelihood holds the error #NUM!.' }] },
    {
      name: 'an error in a Start detail',
      workbook: typeNamed(example, 'Organisation', { error: '#NAME?' }),
      findings: [{ at: 'Start!B5', message: 'Organisation holds the error #NAME?.' }],
    },
  ],
});
