import { addOwnTable, removeTable, renameSheet, renameTable } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

testRule('renamed-table', {
  severity: 'error',
  valid: [
    { name: 'the example, every table under its own name', workbook: example },
    { name: 'a deleted risk table (missing-table reports it)', workbook: removeTable(example, 'tblRisks') },
    { name: 'a table of the person’s own beside ours', workbook: addOwnTable(example, 'Budget', 'Risks', ['Item', 'Cost', 'Owner']) },
    {
      name: 'a deleted risk table and a table of the person’s own sharing only two of its headers',
      workbook: addOwnTable(removeTable(example, 'tblRisks'), 'Suppliers', 'Risks', ['Owner', 'Status', 'Supplier']),
    },
  ],
  invalid: [
    {
      name: 'the risk table renamed under Table Design',
      workbook: renameTable(example, 'tblRisks', 'MyRisks'),
      findings: [{ at: 'Risks', message: 'The table "MyRisks" on the Risks sheet is the template\'s tblRisks under another name, so its entries are not checked.' }],
    },
    {
      name: 'the risk table renamed Table1 on a renamed sheet',
      workbook: renameTable(renameSheet(example, 'Risks', 'Risk register'), 'tblRisks', 'Table1'),
      findings: [{ at: 'Risk register', message: /"Table1" on the Risk register sheet is the template's tblRisks/ }],
    },
    {
      name: 'two tables renamed, each found by its own columns',
      workbook: renameTable(renameTable(example, 'tblRisks', 'Risks2026'), 'tblActions', 'ToDo'),
      findings: [
        { at: 'Actions', message: /"ToDo" on the Actions sheet is the template's tblActions/ },
        { at: 'Risks', message: /"Risks2026" on the Risks sheet is the template's tblRisks/ },
      ],
    },
  ],
});
