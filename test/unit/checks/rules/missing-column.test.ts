import type { WorkbookData } from '../../../../src/data/workbook-data';
import { moveColumn, removeColumn, renameColumn } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

/** Adds a column of the person's own at the right of a table. */
function addColumn(data: WorkbookData, tableName: string, header: string): WorkbookData {
  const next = structuredClone(data);
  const table = next.tables[tableName];
  const column = Math.max(...table.columns.map((c) => c.column)) + 1;
  table.columns.push({ header, column });
  return next;
}

/** Deletes every column of a table, leaving its name and rows. */
const emptied = (data: WorkbookData, tableName: string): WorkbookData => {
  const next = structuredClone(data);
  next.tables[tableName].columns = [];
  for (const row of next.tables[tableName].rows) row.cells = {};
  return next;
};

const actionHeaders = ['Source', 'Ref', 'Action', 'Owner', 'Due', 'Status', 'Overdue'];

testRule('missing-column', {
  severity: 'error',
  valid: [
    { name: 'the example, with every column', workbook: example },
    { name: 'a header retyped as " likelihood " (case and spaces do not matter)', workbook: renameColumn(example, 'tblRisks', 'likelihood', ' likelihood ') },
    { name: 'Likelihood dragged to the first column', workbook: moveColumn(example, 'tblRisks', 'likelihood', 0) },
    { name: 'an extra column of the person\'s own', workbook: addColumn(example, 'tblRisks', 'My notes') },
  ],
  invalid: [
    {
      name: 'a deleted Likelihood column, at the table\'s first header cell',
      workbook: removeColumn(example, 'tblRisks', 'likelihood'),
      findings: [{ at: 'Risks!A4', message: 'The table has no "Likelihood" column.' }],
    },
    {
      name: 'Likelihood renamed to Chance',
      workbook: renameColumn(example, 'tblRisks', 'likelihood', 'Chance'),
      findings: [{ at: 'Risks!A4', message: 'The table has no "Likelihood" column.' }],
    },
    {
      name: 'two deleted columns, in the table\'s order',
      workbook: removeColumn(removeColumn(example, 'tblRisks', 'impact'), 'tblRisks', 'owner'),
      findings: [{ at: 'Risks!A4', message: 'The table has no "Owner" column.' }, { at: 'Risks!A4', message: 'The table has no "Impact" column.' }],
    },
    {
      name: 'a deleted Target on the Dashboard, whose table starts in column K of row 3',
      workbook: removeColumn(example, 'tblScores', 'target'),
      findings: [{ at: 'Dashboard!K3', message: 'The table has no "Target" column.' }],
    },
    {
      name: 'a table whose every column was deleted, at its sheet\'s first column',
      workbook: emptied(example, 'tblActions'),
      findings: actionHeaders.map((header) => ({ at: 'Actions!A4', message: `The table has no "${header}" column.` })),
    },
  ],
});
