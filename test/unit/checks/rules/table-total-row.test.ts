import { showTotalRow } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

const risks = example.tables.tblRisks;
const firstHeader = `${String.fromCharCode(64 + Math.min(...risks.columns.map((c) => c.column)))}${risks.headerRow}`;

testRule('table-total-row', {
  severity: 'warning',
  valid: [
    { name: 'the example, no table with a Total Row', workbook: example },
  ],
  invalid: [
    {
      name: 'the risk register with Table Design > Total Row turned on',
      workbook: showTotalRow(example, 'tblRisks'),
      findings: [{ at: `Risks!${firstHeader}`, message: 'The tblRisks table shows a Total Row, which the template\'s tables do not have; its last row is not read as an entry.' }],
    },
  ],
});
