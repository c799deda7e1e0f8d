import type { RawValue } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { day, typeRow } from '../typing';

/** A01, on Plan row 5. */
const reviewed = (last: RawValue, next: RawValue) => typeRow(example, 'Plan', 5, { 'Last review': last, 'Next review': next });
const flagged = (next: string, last: string) =>
  [{ at: 'Plan!J5', message: `The next review of A01 Relationship profile and scope on ${next} is more than 12 months after the last one on ${last}.` }];

testRule('plan-review-interval', {
  severity: 'warning',
  valid: [
    { name: 'the example, reviewed every six months', workbook: example },
    { name: 'exactly 12 months later', workbook: reviewed(day('2026-03-10'), day('2027-03-10')) },
    { name: 'a day short of 12 months', workbook: reviewed(day('2026-03-10'), day('2027-03-09')) },
    { name: 'from 29 February to 28 February, exactly 12 months', workbook: reviewed(day('2024-02-29'), day('2025-02-28')) },
    { name: 'from 31 December to 31 December', workbook: reviewed(day('2025-12-31'), day('2026-12-31')) },
    { name: 'a next review before the last one', workbook: reviewed(day('2026-03-10'), day('2025-03-10')) },
    { name: 'a last review in words (date-value reports it)', workbook: reviewed('March', day('2028-01-01')) },
    { name: 'no last review yet', workbook: reviewed(null, day('2028-01-01')) },
    { name: 'no next review yet', workbook: reviewed(day('2026-03-10'), null) },
  ],
  invalid: [
    { name: 'a day more than 12 months', workbook: reviewed(day('2026-03-10'), day('2027-03-11')), findings: flagged('2027-03-11', '2026-03-10') },
    { name: 'from 29 February to 1 March a year on', workbook: reviewed(day('2024-02-29'), day('2025-03-01')), findings: flagged('2025-03-01', '2024-02-29') },
    { name: 'from 31 December to 1 January a year and a day on', workbook: reviewed(day('2025-12-31'), day('2027-01-01')), findings: flagged('2027-01-01', '2025-12-31') },
    { name: 'two years later', workbook: reviewed(day('2026-03-10'), day('2028-03-10')), findings: flagged('2028-03-10', '2026-03-10') },
  ],
});
