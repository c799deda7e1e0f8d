/**
 * The live host reads our tables as people leave them, in the same one sync as always: rows typed
 * below a table that did not grow, a table renamed under Table Design, a Total Row turned on. The
 * checks report each; nothing below a table or in a Total Row is read as an entry.
 */
import { runChecks } from '../../src/checks';
import { createWorkbook, readWorkbook } from '../../src/excel';
import { cellAddress, parseCell } from '../../src/schema/address';
import { exampleEntries } from '../../src/schema/example';
import { workbookSchema } from '../../src/schema/workbook';
import { workbookScores } from '../../src/scoring';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';
import { syncsOf } from './support/syncs';

let restoreGlobals: () => void;
beforeAll(() => { restoreGlobals = installExcelGlobals(); });
afterAll(() => restoreGlobals());

async function created(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, { workbookId: 'people', ...exampleEntries('2026-03-31') });
  return excel;
}

const tableState = (excel: FakeExcel, name: string) => {
  const table = excel.state.tables.find((t) => t.name === name);
  if (!table) throw new Error(`No table ${name}`);
  return table;
};

/** The cell under a table's last row in its column with that header. */
function under(excel: FakeExcel, name: string, header: string): string {
  const table = tableState(excel, name);
  const [topLeft, bottomRight] = table.address.split(':');
  const index = table.columns.findIndex((c) => c.name === header);
  return cellAddress(parseCell(topLeft).column + index, parseCell(bottomRight).row + 1);
}

async function readIn(excel: FakeExcel) {
  let data: Awaited<ReturnType<typeof readWorkbook>> | undefined;
  expect(await syncsOf(excel, async () => { data = await readWorkbook(excel.newContext(), workbookSchema); })).toBe(1);
  return data as Awaited<ReturnType<typeof readWorkbook>>;
}

describe('read, as people leave our tables', () => {
  it('reports a risk typed just below the register (not taken in) at its cell, and does not count it', async () => {
    const excel = await created();
    const fresh = await readIn(excel);
    const newRules = ['entries-below-table', 'renamed-table', 'table-total-row', 'table-header-row'];
    expect(runChecks(fresh, { today: '2026-04-01' }).filter((f) => newRules.includes(f.rule))).toEqual([]);
    const scoresBefore = workbookScores(fresh);
    const risk = under(excel, 'tblRisks', 'Risk');
    excel.state.typeCell('Risks', risk, 'Key customer leaves');
    excel.state.typeCell('Risks', under(excel, 'tblRisks', 'Likelihood'), '5');
    excel.state.typeCell('Risks', under(excel, 'tblRisks', 'Impact'), '5');
    const data = await readIn(excel);
    expect(data.tables.tblRisks.below?.map((r) => r.cells.Risk.value)).toEqual(['Key customer leaves']);
    expect(workbookScores(data)).toEqual(scoresBefore);
    const findings = runChecks(data, { today: '2026-04-01' }).filter((f) => f.rule === 'entries-below-table');
    expect(findings).toEqual([expect.objectContaining({
      sheet: 'Risks', cell: risk, message: `The row typed just below the tblRisks table (${risk}:${under(excel, 'tblRisks', 'Impact')}) is not part of it, so nothing counts it.`,
    })]);
  });

  it('recognises the action list renamed under Table Design by its columns, and does not call it missing', async () => {
    const excel = await created();
    await excel.run(async (context) => { context.workbook.tables.getItem('tblActions').name = 'ToDo'; });
    const data = await readIn(excel);
    const findings = runChecks(data, { today: '2026-04-01' });
    expect(findings.filter((f) => f.rule === 'missing-table')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'renamed-table')).toEqual([expect.objectContaining({
      sheet: 'Actions', message: 'The table "ToDo" on the Actions sheet is the template\'s tblActions under another name, so its entries are not checked.',
    })]);
  });

  it('leaves a Total Row out of the entries and reports it', async () => {
    const excel = await created();
    const risks = tableState(excel, 'tblRisks');
    const rowsBefore = (await readIn(excel)).tables.tblRisks.rows;
    risks.showTotals = true;
    const data = await readIn(excel);
    expect(data.tables.tblRisks.rows).toEqual(rowsBefore.slice(0, -1));
    expect(data.tables.tblRisks.totalsRow).toBe(true);
    expect(runChecks(data, { today: '2026-04-01' }).filter((f) => f.rule === 'table-total-row').map((f) => [f.sheet, f.message]))
      .toEqual([['Risks', 'The tblRisks table shows a Total Row, which the template\'s tables do not have; its last row is not read as an entry.']]);
  });

  it('reads no rows of a table whose header row is turned off, and reports it', async () => {
    const excel = await created();
    tableState(excel, 'tblRisks').showHeaders = false;
    const data = await readIn(excel);
    expect(data.tables.tblRisks.rows).toEqual([]);
    const findings = runChecks(data, { today: '2026-04-01' });
    expect(findings.filter((f) => f.rule === 'table-header-row').map((f) => [f.sheet, f.message]))
      .toEqual([['Risks', 'The tblRisks table has its header row turned off, so its entries cannot be read.']]);
    expect(findings.filter((f) => f.rule === 'missing-table' || f.rule === 'missing-column')).toEqual([]);
  });
});
