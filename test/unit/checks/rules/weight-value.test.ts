import type { RawValue } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

const weighted = (weight: RawValue) => typeRow(example, 'Principles', 5, { Weight: weight });
const flagged = (shown: string) => [{ at: 'Principles!E5', message: `Weight must be a number from 0 upwards, found "${shown}".` }];

testRule('weight-value', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'exactly the lowest weight, 0', workbook: weighted(0) },
    { name: 'just above it, 0.01', workbook: weighted(0.01) },
    { name: 'a fraction, 2.5', workbook: weighted(2.5) },
    { name: 'a large weight', workbook: weighted(1000000) },
    { name: 'a blank weight', workbook: weighted(null) },
    { name: 'an error value (error-value reports it)', workbook: weighted({ error: '#VALUE!' }) },
    { name: 'text in a snapshot figure, which the add-in writes', workbook: typeRow(example, 'Score history', 5, { P01: 'n/a' }) },
  ],
  invalid: [
    { name: 'just below 0, -0.01', workbook: weighted(-0.01), findings: flagged('-0.01') },
    { name: 'a negative weight, -1', workbook: weighted(-1), findings: flagged('-1') },
    { name: 'a weight in words', workbook: weighted('heavy'), findings: flagged('heavy') },
    { name: 'a number typed as text, "1"', workbook: weighted('1'), findings: flagged('1') },
    { name: 'TRUE', workbook: weighted(true), findings: flagged('TRUE') },
    {
      name: 'a principle Weight on the Dashboard typed as words',
      workbook: typeRow(example, 'Dashboard', 4, { Weight: 'double' }),
      findings: [{ at: 'Dashboard!M4', message: 'Weight must be a number from 0 upwards, found "double".' }],
    },
  ],
});
