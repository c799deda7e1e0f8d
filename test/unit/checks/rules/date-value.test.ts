import type { RawValue } from '../../../../src/data/workbook-data';
import { FIRST_DATE_SERIAL, LAST_DATE_SERIAL } from '../../../../src/schema/validation';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { day, typeNamed, typeRow } from '../typing';

/** R-001, on row 5; Next review is column S. */
const review = (value: RawValue) => typeRow(example, 'Risks', 5, { 'Next review': value });
const flagged = (shown: string) => [{ at: 'Risks!S5', message: `Next review must be a date, found "${shown}".` }];

testRule('date-value', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'a date', workbook: review(day('2026-06-30')) },
    { name: 'the first date Excel shows, 1900-01-01', workbook: review(FIRST_DATE_SERIAL) },
    { name: 'the last date Excel shows, 9999-12-31', workbook: review(LAST_DATE_SERIAL) },
    { name: 'a date with a time of day', workbook: review(day('2026-06-30') + 0.25) },
    { name: 'the last date Excel shows at 18:00', workbook: review(LAST_DATE_SERIAL + 0.75) },
    { name: 'a blank date', workbook: review(null) },
    { name: 'an error value (error-value reports it)', workbook: review({ error: '#VALUE!' }) },
    { name: 'an error value pasted as text (error-value reports it)', workbook: review('#VALUE!') },
    { name: 'an Assessment date on Start', workbook: typeNamed(example, 'AssessmentDate', day('2026-03-31')) },
    { name: 'a blank Assessment date (start-details reports it)', workbook: typeNamed(example, 'AssessmentDate', null) },
  ],
  invalid: [
    { name: 'a date in words', workbook: review('next week'), findings: flagged('next week') },
    { name: 'a date pasted as text', workbook: review('2026-06-30'), findings: flagged('2026-06-30') },
    { name: 'a time of day with no date', workbook: review(0.5), findings: flagged('0.5') },
    { name: 'one day before the first date, 0', workbook: review(FIRST_DATE_SERIAL - 1), findings: flagged(String(FIRST_DATE_SERIAL - 1)) },
    { name: 'one day after the last date', workbook: review(LAST_DATE_SERIAL + 1), findings: flagged(String(LAST_DATE_SERIAL + 1)) },
    { name: 'a negative number', workbook: review(-1), findings: flagged('-1') },
    { name: 'TRUE', workbook: review(true), findings: flagged('TRUE') },
    {
      name: 'a Last review in words on the Plan',
      workbook: typeRow(example, 'Plan', 5, { 'Last review': 'March' }),
      findings: [{ at: 'Plan!I5', message: 'Last review must be a date, found "March".' }],
    },
    {
      name: 'an Assessment date in words on Start',
      workbook: typeNamed(example, 'AssessmentDate', 'spring 2026'),
      findings: [{ at: 'Start!B11', message: 'Assessment date must be a date, found "spring 2026".' }],
    },
  ],
});
