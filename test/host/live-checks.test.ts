import type { Finding } from '../../src/checks';
import { createWorkbook, numberNewRisks, startLiveChecks } from '../../src/excel';
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
