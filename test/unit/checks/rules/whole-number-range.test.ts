import type { RawValue } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** R-001, on row 5. */
const likelihood = (value: RawValue) => typeRow(example, 'Risks', 5, { Likelihood: value });
const flagged = (shown: string) => [{ at: 'Risks!G5', message: `Likelihood must be a whole number from 1 to 5, found "${shown}".` }];
const level = (value: RawValue) => typeRow(example, 'Competencies', 5, { Level: value });
const target = (value: RawValue) => typeRow(example, 'Dashboard', 4, { Target: value });
const snapshot = (value: RawValue) => typeRow(example, 'Score history', 5, { 'Open high risks': value });

testRule('whole-number-range', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'the lowest Likelihood, 1', workbook: likelihood(1) },
    { name: 'the highest Likelihood, 5', workbook: likelihood(5) },
    { name: 'a blank Likelihood', workbook: likelihood(null) },
    { name: 'an error value (error-value reports it)', workbook: likelihood({ error: '#N/A' }) },
    { name: 'a competency Level at the ends of its 1–4 scale', workbook: typeRow(level(1), 'Competencies', 6, { Level: 4 }) },
    { name: 'a Target at the ends of its 0–4 scale', workbook: typeRow(target(0), 'Dashboard', 5, { Target: 4 }) },
    { name: 'a snapshot of a million open high risks, its declared most', workbook: snapshot(1e6) },
  ],
  invalid: [
    { name: 'one below the scale, 0', workbook: likelihood(0), findings: flagged('0') },
    { name: 'one above the scale, 6', workbook: likelihood(6), findings: flagged('6') },
    { name: 'a fraction, 2.5', workbook: likelihood(2.5), findings: flagged('2.5') },
    { name: 'a number typed as text, "3"', workbook: likelihood('3'), findings: flagged('3') },
    { name: 'a word from the prompt, "High"', workbook: likelihood('High'), findings: flagged('High') },
    { name: 'TRUE', workbook: likelihood(true), findings: flagged('TRUE') },
    {
      name: 'a Residual impact of 6',
      workbook: typeRow(example, 'Risks', 5, { 'Residual impact': 6 }),
      findings: [{ at: 'Risks!N5', message: 'Residual impact must be a whole number from 1 to 5, found "6".' }],
    },
    { name: 'a competency Level of 5', workbook: level(5), findings: [{ at: 'Competencies!F5', message: 'Level must be a whole number from 1 to 4, found "5".' }] },
    { name: 'a competency Level of 0', workbook: level(0), findings: [{ at: 'Competencies!F5', message: 'Level must be a whole number from 1 to 4, found "0".' }] },
    {
      name: 'a Required level of 5',
      workbook: typeRow(example, 'Competencies', 5, { Required: 5 }),
      findings: [{ at: 'Competencies!G5', message: 'Required must be a whole number from 1 to 4, found "5".' }],
    },
    { name: 'a Target of -1', workbook: target(-1), findings: [{ at: 'Dashboard!N4', message: 'Target must be a whole number from 0 to 4, found "-1".' }] },
    { name: 'a Target of 5', workbook: target(5), findings: [{ at: 'Dashboard!N4', message: 'Target must be a whole number from 0 to 4, found "5".' }] },
    {
      name: 'one more than the declared most in a snapshot',
      workbook: snapshot(1e6 + 1),
      findings: [{ at: 'Score history!Q5', message: 'Open high risks must be a whole number from 0 to 1000000, found "1000001".' }],
    },
  ],
});
