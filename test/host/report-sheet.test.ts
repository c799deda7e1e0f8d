/**
 * The Report sheet, written where the pane cannot offer the .docx to save: its syncs, what it
 * says, that every entry lands as text, its page set-up for A4, and that it never touches a
 * sheet of the person's.
 */
import { createWorkbook } from '../../src/excel';
import { createReportSheet } from '../../src/excel/report';
import { content } from '../../src/domain/strings/en';
import { exampleEntries } from '../../src/schema/example';
import { risksTable } from '../../src/schema/risks';
import { workbookSchema } from '../../src/schema/workbook';
import { workbookScores } from '../../src/scoring';
import { readWorkbook } from '../../src/excel';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';
import { day } from '../unit/checks/typing';

let restoreGlobals: () => void;
beforeAll(() => { restoreGlobals = installExcelGlobals(); });
afterAll(() => restoreGlobals());

const TODAY = day('2026-04-01');
const HYPERLINK = '=HYPERLINK("http://example.org","Click me")';

async function example(organisation?: string): Promise<FakeExcel> {
  const excel = createFakeExcel();
  const entries = exampleEntries('2026-03-31');
  await createWorkbook(excel.context, workbookSchema, {
    workbookId: 'report-test', start: { ...entries.start, ...(organisation ? { organisation } : {}) }, rows: entries.rows,
  });
  return excel;
}

/** Every text of a sheet, row by row, as its cells hold them. */
function texts(excel: FakeExcel, sheet: string): string[] {
  return [...excel.state.sheet(sheet).cells.values()].map((cell) => String(cell.value ?? '')).filter((t) => t !== '');
}

describe('the Report sheet', () => {
  it('is written in three syncs (the read and two), with the organisation, the overall figure, every principle and the first open risk', async () => {
    const excel = await example();
    const before = excel.stats.syncs;
    const written = await createReportSheet(excel.context, workbookSchema, TODAY, 'a4');
    expect(excel.stats.syncs - before).toBe(3);
    expect(written).toEqual({ sheet: 'Report', organisation: exampleEntries('2026-03-31').start.organisation });
    const all = texts(excel, 'Report');
    expect(all).toContain(written.organisation);
    const overall = workbookScores(await readWorkbook(excel.context, workbookSchema)).overall as number;
    expect(all.some((t) => t.startsWith(`${overall.toFixed(2)}  `))).toBe(true);
    for (const p of content.principles) expect([p.name, all.some((t) => t.includes(p.name))]).toEqual([p.name, true]);
    expect(all).toContain('R-001');
    expect(excel.state.selection.sheet).toBe('Report');
  });

  it('is laid out to print one page wide on A4 portrait, or on Letter, with page numbers', async () => {
    const excel = await example();
    await createReportSheet(excel.context, workbookSchema, TODAY, 'a4');
    await createReportSheet(excel.context, workbookSchema, TODAY, 'letter');
    const a4 = excel.state.sheet('Report').pageLayout;
    expect([a4.orientation, a4.paperSize, a4.zoom]).toEqual(['Portrait', 'A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(a4.centerFooter).toContain('&P of &N');
    expect(excel.state.sheet('Report 2').pageLayout.paperSize).toBe('Letter');
    expect(excel.state.sheet('Report').merged).toContain('A1:G1');
  });

  it('writes entries that look like formulas as text, never as formulas', async () => {
    const excel = await example(HYPERLINK);
    await excel.run(async (context) => {
      const risks = context.workbook.tables.getItem(risksTable.name).getDataBodyRange().getCell(0, 1);
      risks.values = [["'=1+1"]];
    });
    await createReportSheet(excel.context, workbookSchema, TODAY, 'a4');
    const cells = [...excel.state.sheet('Report').cells.values()];
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining([HYPERLINK, '=1+1']));
  });

  it('leaves a sheet of the person\'s called Report as it was and writes "Report 2"', async () => {
    const excel = await example();
    excel.state.addSheet('report');
    excel.state.setCell('report', 'A1', 'My own notes');
    const written = await createReportSheet(excel.context, workbookSchema, TODAY, 'a4');
    expect(written.sheet).toBe('Report 2');
    expect(texts(excel, 'report')).toEqual(['My own notes']);
  });
});
