import { hideHeaderRow, removeTable } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

testRule('table-header-row', {
  severity: 'error',
  valid: [
    { name: 'the example, every header row shown', workbook: example },
    { name: 'a deleted table (missing-table reports it)', workbook: removeTable(example, 'tblRisks') },
  ],
  invalid: [
    {
      name: 'the risk register with Table Design > Header Row turned off',
      workbook: hideHeaderRow(example, 'tblRisks'),
      findings: [{ at: 'Risks', message: 'The tblRisks table has its header row turned off, so its entries cannot be read.' }],
    },
  ],
});
