import type { RawValue } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** P01.1, on row 5, has evidence, so only the Rating typed matters. */
const rated = (rating: RawValue) => typeRow(example, 'Principles', 5, { Rating: rating });
const flagged = (shown: string) => [{ at: 'Principles!F5', message: `Rating must be a whole number from 0 to 4 or N/A, found "${shown}".` }];

testRule('rating-value', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'the lowest level, 0', workbook: rated(0) },
    { name: 'the highest level, 4', workbook: rated(4) },
    { name: 'N/A', workbook: rated('N/A') },
    { name: 'a rater’s N/A and 0 on the Ratings sheet', workbook: typeRow(typeRow(example, 'Ratings', 5, { Rating: 'N/A' }), 'Ratings', 6, { Rating: 0 }) },
    { name: 'n/a, as the list validation ignores case', workbook: rated('n/a') },
    { name: 'a blank rating', workbook: rated(null) },
    { name: 'a rating of spaces, which reads as blank', workbook: rated('   ') },
    { name: 'an error value (error-value reports it)', workbook: rated({ error: '#N/A' }) },
    { name: 'an error value pasted as text (error-value reports it)', workbook: rated('#REF!') },
  ],
  invalid: [
    { name: 'one above the scale, 5', workbook: rated(5), findings: flagged('5') },
    { name: 'one below the scale, -1', workbook: rated(-1), findings: flagged('-1') },
    { name: 'a half level, 3.5', workbook: rated(3.5), findings: flagged('3.5') },
    { name: 'a level typed as text, "3"', workbook: rated('3'), findings: flagged('3') },
    { name: 'a level in words', workbook: rated('three'), findings: flagged('three') },
    { name: 'N/A with spaces around it, which the list refuses', workbook: rated(' N/A '), findings: flagged(' N/A ') },
    { name: 'NA without the slash', workbook: rated('NA'), findings: flagged('NA') },
    {
      name: 'a rater’s pasted 7 on the Ratings sheet, at its cell',
      workbook: typeRow(example, 'Ratings', 6, { Rater: 'Ann', Side: 'Ours', Ref: 'P01.1', Rating: 7 }),
      findings: [{ at: 'Ratings!D6', message: 'Rating must be a whole number from 0 to 4 or N/A, found "7".' }],
    },
    { name: 'TRUE', workbook: rated(true), findings: flagged('TRUE') },
    {
      name: 'two bad ratings, each at its own cell',
      workbook: typeRow(rated(5), 'Principles', 64, { Rating: 'x' }),
      findings: [...flagged('5'), { at: 'Principles!F64', message: 'Rating must be a whole number from 0 to 4 or N/A, found "x".' }],
    },
  ],
});
