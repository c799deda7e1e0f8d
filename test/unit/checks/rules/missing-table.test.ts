import type { WorkbookData } from '../../../../src/data/workbook-data';
import { addOwnTable, hideHeaderRow, removeTable, renameSheet, renameTable as renameUnderTableDesign } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

/** A table's name in the data as a host spells it (Excel matches names ignoring case). */
function renameTable(data: WorkbookData, from: string, to: string): WorkbookData {
  const { [from]: table, ...others } = data.tables;
  return { ...data, tables: { ...others, [to]: { ...table, name: to } } };
}

testRule('missing-table', {
  severity: 'error',
  valid: [
    { name: 'the example, with every table', workbook: example },
    { name: 'a table named in other capitals (TBLRISKS), as Excel matches names', workbook: renameTable(example, 'tblRisks', 'TBLRISKS') },
    { name: 'a table on a renamed sheet', workbook: renameSheet(example, 'Risks', 'Risk register') },
    { name: 'a risk table renamed to Table1 (renamed-table reports it)', workbook: renameUnderTableDesign(example, 'tblRisks', 'Table1') },
    { name: 'a risk table with its header row turned off (table-header-row reports it)', workbook: hideHeaderRow(example, 'tblRisks') },
  ],
  invalid: [
    {
      name: 'a deleted risk table',
      workbook: removeTable(example, 'tblRisks'),
      findings: [{ at: 'Risks', message: 'The table of the Risks sheet (tblRisks) is missing.' }],
    },
    {
      name: 'a deleted risk table, and a table of the person’s own on its sheet',
      workbook: addOwnTable(removeTable(example, 'tblRisks'), 'Table1', 'Risks', ['Supplier', 'Contact']),
      findings: [{ at: 'Risks', message: 'The table of the Risks sheet (tblRisks) is missing.' }],
    },
    {
      name: 'two deleted tables, one finding each by sheet',
      workbook: removeTable(removeTable(example, 'tblRisks'), 'tblActions'),
      findings: [
        { at: 'Actions', message: 'The table of the Actions sheet (tblActions) is missing.' },
        { at: 'Risks', message: 'The table of the Risks sheet (tblRisks) is missing.' },
      ],
    },
  ],
});
