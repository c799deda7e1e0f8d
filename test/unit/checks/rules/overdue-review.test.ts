import type { RawValue } from '../../../../src/data/workbook-data';
import { removeColumn } from '../../../support/workbook-data';
import { example, TODAY } from '../fixtures';
import { testRule } from '../rule-tester';
import { day, daysAfter, typeRow } from '../typing';

/** A01 is on Plan row 5, R-001 on Risks row 5; the tests' today is 2026-04-01. */
const element = (next: RawValue, status: RawValue = 'Drafted') => typeRow(example, 'Plan', 5, { 'Next review': next, Status: status });
const risk = (next: RawValue, status: RawValue = 'Open') => typeRow(example, 'Risks', 5, { 'Next review': next, Status: status });
const YESTERDAY = daysAfter(TODAY, -1);
const planFlagged = [{ at: 'Plan!J5', message: 'The review of A01 Relationship profile and scope was due on 2026-03-31.' }];
const riskFlagged = [{ at: 'Risks!S5', message: 'The review of R-001 was due on 2026-03-31.' }];
/** Every open risk of the example is next reviewed on 2026-06-01; R-006 is Closed. */
const openRisks = ['R-001', 'R-002', 'R-003', 'R-004', 'R-005'];

testRule('overdue-review', {
  severity: 'warning',
  valid: [
    { name: 'the example, every review ahead', workbook: example },
    { name: 'a plan element due for review today', workbook: element(day(TODAY)) },
    { name: 'a plan element due tomorrow', workbook: element(daysAfter(TODAY, 1)) },
    { name: 'a plan element past its date but Not applicable', workbook: element(YESTERDAY, 'Not applicable') },
    { name: 'the same in lower case', workbook: element(YESTERDAY, 'not applicable') },
    { name: 'a risk due for review today', workbook: risk(day(TODAY)) },
    { name: 'a Closed risk past its date', workbook: risk(YESTERDAY, 'Closed') },
    { name: 'a closed risk in lower case past its date', workbook: risk(YESTERDAY, 'closed') },
    { name: 'a review date in words (date-value reports it)', workbook: risk('soon') },
    { name: 'the example on the day its risks are due', workbook: example, today: '2026-06-01' },
    { name: 'a deleted Status column (missing-column reports it)', workbook: removeColumn(risk(YESTERDAY), 'tblRisks', 'status') },
  ],
  invalid: [
    { name: 'a Drafted plan element due yesterday', workbook: element(YESTERDAY), findings: planFlagged },
    { name: 'an Agreed plan element due yesterday', workbook: element(YESTERDAY, 'Agreed'), findings: planFlagged },
    { name: 'a plan element with no status due yesterday', workbook: element(YESTERDAY, null), findings: planFlagged },
    { name: 'an Open risk due yesterday', workbook: risk(YESTERDAY), findings: riskFlagged },
    { name: 'a risk being monitored due yesterday', workbook: risk(YESTERDAY, 'Monitoring'), findings: riskFlagged },
    {
      name: 'the example a day after its risks are due, every open risk but not the closed one',
      workbook: example,
      today: '2026-06-02',
      findings: openRisks.map((id, i) => ({ at: `Risks!S${5 + i}`, message: `The review of ${id} was due on 2026-06-01.` })),
    },
  ],
});
