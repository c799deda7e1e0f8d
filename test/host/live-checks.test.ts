import type { Finding } from '../../src/checks';
import { createWorkbook, numberNewRisks, readWorkbook, startLiveChecks, type HostError } from '../../src/excel';
import { exampleEntries } from '../../src/schema/example';
import { workbookSchema } from '../../src/schema/workbook';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';
import { syncsOf } from './support/syncs';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

const DEBOUNCE_MS = 20;
const settle = (excel: FakeExcel) => new Promise<void>((resolve) => setTimeout(() => { void excel.flushEvents().then(resolve); }, DEBOUNCE_MS * 4));

/** A pane watching this author's Excel: what it was told, and the failures it reported. */
async function paneOn(excel: FakeExcel, numberRisks = false) {
  const reports: Finding[][] = [];
  const numbered: string[][] = [];
  const errors: HostError[] = [];
  const live = await startLiveChecks(excel.run, workbookSchema, {
    debounceMs: DEBOUNCE_MS, today: () => '2026-04-01', numberRisks,
    onFindings: (findings) => reports.push(findings), onNumbered: (ids) => numbered.push(ids), onError: (error) => errors.push(error),
  });
  return { reports, numbered, errors, live };
}

async function watched() {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, { workbookId: 'live', ...exampleEntries('2026-03-31') });
  return { excel, ...await paneOn(excel) };
}

describe('live checks', () => {
  it('checks again shortly after a person edits a table, in one read', async () => {
    const { excel, reports, live } = await watched();
    excel.state.typeCell('Risks', 'G5', 'High');
    const before = excel.stats.syncs;
    excel.fireChanged('Risks', 'G5');
    excel.fireChanged('Risks', 'G5');
    await settle(excel);
    expect(reports).toHaveLength(1);
    expect(reports[0].filter((f) => f.severity === 'error').map((f) => [f.rule, f.sheet, f.cell])).toEqual([['whole-number-range', 'Risks', 'G5']]);
    // The read's sync and Excel.run's closing sync.
    expect(excel.stats.syncs - before).toBeLessThanOrEqual(2);
    await live.stop();
  });

  it('follows a renamed sheet, and stops when asked', async () => {
    const { excel, reports, live } = await watched();
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Risks').name = 'Risk register'; });
    excel.state.typeCell('Risk register', 'H6', 'Low');
    excel.fireChanged('Risk register', 'H6');
    await settle(excel);
    expect(reports.at(-1)?.some((f) => f.sheet === 'Risk register' && f.cell === 'H6')).toBe(true);
    await live.stop();
    const count = reports.length;
    excel.fireChanged('Risk register', 'H6');
    await settle(excel);
    expect(reports).toHaveLength(count);
  });

  it('ignores the add-in’s own writes', async () => {
    const { excel, reports, live } = await watched();
    excel.state.typeCell('Risks', 'B12', 'A new risk without an ID');
    await numberNewRisks(excel.newContext(), workbookSchema);
    await settle(excel);
    expect(reports).toEqual([]);
    await live.stop();
  });
});

describe('risk numbering as people type', () => {
  it('gives a risk typed into a blank row the next free ID within the re-check, and never renumbers', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, { workbookId: 'live', ...exampleEntries('2026-03-31') });
    const { reports, numbered, live } = await paneOn(excel, true);
    const before = await readWorkbook(excel.newContext(), workbookSchema);
    const risks = before.tables.tblRisks;
    const ids = risks.rows.map((r) => r.cells.ID.value);
    const blank = risks.rows.findIndex((r) => r.cells.Risk.value === null);
    const highest = Math.max(...ids.map((id) => Number(/^R-(\d+)$/.exec(String(id))?.[1] ?? 0)));
    const riskCell = risks.rows[blank].cells.Risk.address;
    const idCell = risks.rows[blank].cells.ID.address;

    excel.state.typeCell('Risks', riskCell, 'Beta may withdraw its key engineer');
    const syncsBefore = excel.stats.perSync.length;
    excel.fireChanged('Risks', riskCell);
    await settle(excel);
    const expected = `R-${String(highest + 1).padStart(3, '0')}`;
    expect(excel.state.value('Risks', idCell)).toBe(expected);
    expect(numbered).toEqual([[expected]]);
    expect(excel.stats.perSync.slice(syncsBefore).filter((s) => s.operations > 0)).toHaveLength(2);
    // The findings already see the new ID: no warning about a risk without one.
    expect(reports.at(-1)?.some((f) => f.cell === idCell)).toBe(false);
    // The add-in's own write raised no second re-check.
    expect(reports).toHaveLength(1);

    const after = await readWorkbook(excel.newContext(), workbookSchema);
    expect(after.tables.tblRisks.rows.map((r) => r.cells.ID.value).filter((_, i) => i !== blank)).toEqual(ids.filter((_, i) => i !== blank));
    excel.fireChanged('Risks', riskCell);
    await settle(excel);
    expect(numbered).toHaveLength(1);
    await live.stop();
  });
});

/** Two blank rows of the risk register, by cell address, and the highest ID in use. */
async function blankRiskRows(excel: FakeExcel) {
  const risks = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblRisks;
  const blanks = risks.rows.filter((r) => r.cells.Risk.value === null);
  const highest = Math.max(...risks.rows.map((r) => Number(/^R-(\d+)$/.exec(String(r.cells.ID.value))?.[1] ?? 0)));
  return { blanks: blanks.map((r) => ({ risk: r.cells.Risk.address, id: r.cells.ID.address })), next: (n: number) => `R-${String(highest + n).padStart(3, '0')}` };
}

describe('co-authoring on OneDrive or SharePoint', () => {
  async function shared() {
    const alex = createFakeExcel();
    await createWorkbook(alex.context, workbookSchema, { workbookId: 'shared', ...exampleEntries('2026-03-31') });
    return { alex, sam: alex.coauthor() };
  }

  it('refreshes the findings on a co-author’s edit and writes nothing', async () => {
    const { alex, sam } = await shared();
    const pane = await paneOn(alex, true);
    const { blanks } = await blankRiskRows(alex);
    const before = alex.stats.perSync.length;
    sam.type('Risks', blanks[0].risk, 'Beta may withdraw its key engineer');
    sam.type('Risks', 'G5', 'High');
    await settle(alex);
    expect(pane.reports).toHaveLength(1);
    expect(pane.reports[0].some((f) => f.sheet === 'Risks' && f.cell === 'G5')).toBe(true);
    // One read and Excel.run's closing sync, no third to write: the ID stays for Sam's own pane to give.
    expect(alex.stats.perSync.length - before).toBe(2);
    expect(alex.state.value('Risks', blanks[0].id)).toBeNull();
    expect(pane.numbered).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.live.stop();
  });

  it('gives unique IDs when two co-authors type new risks at once, each pane writing only its own person’s row', async () => {
    const { alex, sam } = await shared();
    const alexPane = await paneOn(alex, true);
    const samPane = await paneOn(sam, true);
    const { blanks, next } = await blankRiskRows(alex);
    alex.type('Risks', blanks[0].risk, 'Alpha’s key account manager leaves');
    sam.type('Risks', blanks[1].risk, 'Beta may withdraw its key engineer');
    await settle(alex);
    await settle(alex);
    expect([alex.state.value('Risks', blanks[0].id), alex.state.value('Risks', blanks[1].id)]).toEqual([next(1), next(2)]);
    expect(alexPane.numbered).toEqual([[next(1)]]);
    expect(samPane.numbered).toEqual([[next(2)]]);
    const ids = (await readWorkbook(alex.newContext(), workbookSchema)).tables.tblRisks.rows.map((r) => r.cells.ID.value).filter((v) => v !== null);
    expect(new Set(ids).size).toBe(ids.length);
    // Each pane heard the other's ID as a Remote change and only refreshed: no pane wrote twice.
    expect(alex.eventsFired.some((e) => e.source === 'Remote' && e.address === blanks[1].id)).toBe(true);
    expect([...alexPane.errors, ...samPane.errors]).toEqual([]);
    expect(alex.conflicts).toEqual([]);
    await alexPane.live.stop();
    await samPane.live.stop();
  });
});

describe('cell-edit mode', () => {
  it('waits while the person is typing in a cell, then checks, instead of failing', async () => {
    const { excel, reports, errors, live } = await watched();
    excel.type('Risks', 'G5', 'High');
    excel.beginCellEdit('Risks', 'G6');
    await settle(excel);
    expect(reports).toEqual([]);
    excel.endCellEdit('Low');
    await settle(excel);
    await settle(excel);
    expect(errors).toEqual([]);
    const cells = reports.at(-1)?.filter((f) => f.rule === 'whole-number-range').map((f) => f.cell);
    expect(cells).toEqual(['G5', 'G6']);
    await live.stop();
  });

  it('reports a failed re-check in plain words instead of swallowing it', async () => {
    const { excel, reports, errors, live } = await watched();
    excel.failAt(1, 'GeneralException');
    excel.type('Risks', 'G5', 'High');
    await settle(excel);
    expect(reports).toEqual([]);
    expect(errors.map((e) => [e.code, e.message])).toEqual([['GeneralException', expect.stringMatching(/Nothing you typed was lost/)]]);
    await live.stop();
  });
});

describe('stopping', () => {
  it('removes the handlers through the context that added them, in one sync and Excel.run’s closing one', async () => {
    const { excel, reports, live } = await watched();
    expect(await syncsOf(excel, () => live.stop())).toBe(2);
    excel.type('Risks', 'G5', 'High');
    await settle(excel);
    expect(reports).toEqual([]);
  });
});
