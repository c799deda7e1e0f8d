import { cellAddress } from '../../../../src/schema/address';
import { typeBelow } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

/** The cell under a table's last row, `rowsDown` rows further, in the column with that header. */
function below(tableName: string, header: string, rowsDown = 0): string {
  const table = example.tables[tableName];
  const column = table.columns.find((c) => c.header === header)?.column as number;
  return cellAddress(column, table.rows[table.rows.length - 1].row + 1 + rowsDown);
}

testRule('entries-below-table', {
  severity: 'warning',
  valid: [
    { name: 'the example, nothing below its tables', workbook: example },
    { name: 'an empty row read below a table (a format, no entry)', workbook: typeBelow(example, 'tblRisks', [{}]) },
  ],
  invalid: [
    {
      name: 'a risk typed in the row just below the risk register',
      workbook: typeBelow(example, 'tblRisks', [{ risk: 'Key supplier closes', owner: 'Sam' }]),
      findings: [{
        at: `Risks!${below('tblRisks', 'Risk')}`,
        message: `The row typed just below the tblRisks table (${below('tblRisks', 'Risk')}:${below('tblRisks', 'Owner')}) is not part of it, so nothing counts it.`,
      }],
    },
    {
      name: 'two actions pasted below the action list',
      workbook: typeBelow(example, 'tblActions', [{ action: 'Call the supplier' }, { action: 'Book the review' }]),
      findings: [{
        at: `Actions!${below('tblActions', 'Action')}`,
        message: `2 rows typed just below the tblActions table (${below('tblActions', 'Action')}:${below('tblActions', 'Action', 1)}) are not part of it, so nothing counts them.`,
      }],
    },
  ],
});
