import type { Finding } from '../../src/checks';
import { createWorkbook, numberNewRisks, readWorkbook, startLiveChecks } from '../../src/excel';
import { exampleEntries } from '../../src/schema/example';
import { workbookSchema } from '../../src/schema/workbook';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

const DEBOUNCE_MS = 20;
const settle = (excel: FakeExcel) => new Promise<void>((resolve) => setTimeout(() => { void excel.flushEvents().then(resolve); }, DEBOUNCE_MS * 4));

async function watched() {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, { workbookId: 'live', ...exampleEntries('2026-03-31') });
  const reports: Finding[][] = [];
  const live = await startLiveChecks((batch) => excel.run(batch), workbookSchema, {
    debounceMs: DEBOUNCE_MS, today: () => '2026-04-01', onFindings: (findings) => reports.push(findings),
  });
  return { excel, reports, live };
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
    const reports: Finding[][] = [];
    const numbered: string[][] = [];
    const live = await startLiveChecks((batch) => excel.run(batch), workbookSchema, {
      debounceMs: DEBOUNCE_MS, today: () => '2026-04-01', numberRisks: true,
      onFindings: (findings) => reports.push(findings), onNumbered: (ids) => numbered.push(ids),
    });
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
