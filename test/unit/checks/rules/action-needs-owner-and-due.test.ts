import { removeColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { day, typeRow } from '../typing';

/** P01.3, on row 7, has an action with an owner, a due date and a status; the message cuts it to 40 characters. */
const ACTION = 'the action "Decide which of our suppliers should be…"';
const FORTY = 'Agree the bid cost split with Northgate.';

testRule('action-needs-owner-and-due', {
  severity: 'warning',
  valid: [
    { name: 'the example, every action with an owner and a date', workbook: example },
    { name: 'an owner and a date with no action', workbook: typeRow(example, 'Principles', 8, { Owner: 'Sam', Due: day('2026-06-30') }) },
    { name: 'an action of spaces', workbook: typeRow(example, 'Principles', 8, { Action: '   ' }) },
  ],
  invalid: [
    { name: 'an action without an owner', workbook: typeRow(example, 'Principles', 7, { Owner: null }), findings: [{ at: 'Principles!J7', message: `Owner is blank for ${ACTION}.` }] },
    { name: 'an action without a due date', workbook: typeRow(example, 'Principles', 7, { Due: null }), findings: [{ at: 'Principles!K7', message: `Due is blank for ${ACTION}.` }] },
    {
      name: 'an action with neither, one finding for each',
      workbook: typeRow(example, 'Principles', 7, { Owner: '  ', Due: null }),
      findings: [{ at: 'Principles!J7', message: `Owner is blank for ${ACTION}.` }, { at: 'Principles!K7', message: `Due is blank for ${ACTION}.` }],
    },
    {
      name: 'an action of exactly 40 characters, shown whole',
      workbook: typeRow(example, 'Principles', 8, { Action: FORTY, Owner: 'Sam' }),
      findings: [{ at: 'Principles!K8', message: `Due is blank for the action "${FORTY}".` }],
    },
    {
      name: 'a development action without a due date',
      workbook: typeRow(example, 'Competencies', 5, { Due: null }),
      findings: [{ at: 'Competencies!J5', message: 'Due is blank for the action "Half-day course on the collaboration li…".' }],
    },
    {
      name: 'an action typed on the Actions sheet alone',
      workbook: typeRow(example, 'Actions', 5, { Action: 'Call Northgate' }),
      findings: [{ at: 'Actions!D5', message: 'Owner is blank for the action "Call Northgate".' }, { at: 'Actions!E5', message: 'Due is blank for the action "Call Northgate".' }],
    },
    {
      name: 'only the due date when the Owner column was deleted',
      workbook: typeRow(removeColumn(example, 'tblPrinciples', 'owner'), 'Principles', 7, { Due: null }),
      findings: [{ at: 'Principles!J7', message: `Due is blank for ${ACTION}.` }],
    },
  ],
});
