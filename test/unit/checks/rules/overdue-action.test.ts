import type { RawValue } from '../../../../src/data/workbook-data';
import { removeColumn } from '../../../support/workbook-data';
import { example, TODAY } from '../fixtures';
import { testRule } from '../rule-tester';
import { day, daysAfter, typeRow } from '../typing';

/** P01.3, on row 7, has an action owned by Priya; the tests' today is 2026-04-01. */
const due = (date: RawValue, status: RawValue = 'In progress', data = example) => typeRow(data, 'Principles', 7, { Due: date, Status: status });
const YESTERDAY = daysAfter(TODAY, -1);
const flagged = [{ at: 'Principles!K7', message: 'The action "Decide which of our suppliers should be…" was due on 2026-03-31 and is not done.' }];

testRule('overdue-action', {
  severity: 'warning',
  valid: [
    { name: 'the example, nothing overdue', workbook: example },
    { name: 'an action due today', workbook: due(day(TODAY)) },
    { name: 'an action due tomorrow', workbook: due(daysAfter(TODAY, 1)) },
    { name: 'an action due yesterday and Done', workbook: due(YESTERDAY, 'Done') },
    { name: 'an action due yesterday and done in lower case', workbook: due(YESTERDAY, 'done') },
    { name: 'a due date in words (date-value reports it)', workbook: due('last week') },
    { name: 'a past development due date with no development action', workbook: typeRow(example, 'Competencies', 6, { Due: YESTERDAY }) },
    { name: 'a deleted Status column (missing-column reports it)', workbook: removeColumn(due(YESTERDAY, null), 'tblPrinciples', 'status') },
  ],
  invalid: [
    { name: 'an action due yesterday, in progress', workbook: due(YESTERDAY), findings: flagged },
    { name: 'an action due yesterday, not started', workbook: due(YESTERDAY, 'Not started'), findings: flagged },
    { name: 'an action due yesterday with no status', workbook: due(YESTERDAY, null), findings: flagged },
    { name: 'the same action seen a day later', workbook: due(day(TODAY)), today: '2026-04-02', findings: [{ at: 'Principles!K7', message: /was due on 2026-04-01 and is not done\.$/ }] },
    {
      name: 'a past due date with no action text on a criterion, named by its row',
      workbook: typeRow(example, 'Principles', 8, { Due: YESTERDAY }),
      findings: [{ at: 'Principles!K8', message: 'The action on row 8 was due on 2026-03-31 and is not done.' }],
    },
    {
      name: 'a development action due yesterday (the table has no status)',
      workbook: typeRow(example, 'Competencies', 5, { Due: YESTERDAY }),
      findings: [{ at: 'Competencies!J5', message: 'The action "Half-day course on the collaboration li…" was due on 2026-03-31 and is not done.' }],
    },
    {
      name: 'a collected action past due on the Actions sheet',
      workbook: typeRow(example, 'Actions', 5, { Action: 'Call Northgate', Owner: 'Sam', Due: YESTERDAY, Status: 'Not started' }),
      findings: [{ at: 'Actions!E5', message: 'The action "Call Northgate" was due on 2026-03-31 and is not done.' }],
    },
  ],
});
