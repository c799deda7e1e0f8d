/**
 * The live host sets every sheet up for printing and draws chart text people can read: A4 unless
 * Letter is asked for, tables landscape with their header on every page, the Dashboard without a
 * repeated header over its charts, and every chart text at 4.5:1 or more on its background.
 */
import { createWorkbook, repairWorkbook } from '../../src/excel';
import { exampleEntries } from '../../src/schema/example';
import { workbookSchema } from '../../src/schema/workbook';
import { contrastRatio, MINIMUM_CONTRAST } from '../support/contrast';
import { createFakeExcel, installExcelGlobals } from './fake-excel';

let restoreGlobals: () => void;
beforeAll(() => { restoreGlobals = installExcelGlobals(); });
afterAll(() => restoreGlobals());

const entries = { workbookId: 'print-test', ...exampleEntries('2026-03-31') };

describe('create, for printing', () => {
  it('puts every sheet on A4, in the declared orientation and pages across, with a footer naming the sheet and page', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, entries);

    for (const sheet of workbookSchema.sheets.filter((s) => s.page)) {
      const layout = excel.state.sheet(sheet.name).pageLayout;
      expect([sheet.name, layout.paperSize, layout.orientation, layout.zoom.horizontalFitToPages, layout.printOrder])
        .toEqual([sheet.name, 'A4', 'Landscape', sheet.page?.pagesWide, 'OverThenDown']);
      expect(layout.centerFooter).toBe('&A, page &P of &N');
      // Excel's "Narrow" margins in points: 0.25 in at the sides, 0.75 in top and bottom, 0.3 in for header and footer.
      const points = Object.fromEntries(Object.entries(layout.margins).map(([side, value]) => [side, Math.round(value * 100) / 100]));
      expect(points).toEqual({ left: 18, right: 18, top: 54, bottom: 54, header: 21.6, footer: 21.6 });
    }
  });

  it('prints on Letter when the pane asks for it (a US or Canadian display language)', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, { ...entries, paper: 'letter' });

    const papers = new Set(workbookSchema.sheets.filter((s) => s.page).map((s) => excel.state.sheet(s.name).pageLayout.paperSize));
    expect([...papers]).toEqual(['Letter']);
  });

  it('repeats each table’s header row on every page, the registers’ first columns too, and nothing on the Dashboard', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, entries);
    const titles = (sheet: string) => [excel.state.sheet(sheet).printTitleRows, excel.state.sheet(sheet).printTitleColumns];

    expect(titles('Principles')).toEqual(['$4:$4', '$A:$A']);
    expect(titles('Risks')).toEqual(['$4:$4', '$A:$B']);
    for (const sheet of ['Plan', 'Competencies', 'Score history', 'Actions']) expect([sheet, ...titles(sheet)]).toEqual([sheet, '$4:$4', null]);
    expect(titles('Dashboard')).toEqual([null, null]);
    expect(titles('Start')).toEqual([null, null]);
  });

  it('still takes two syncs: the page set-up travels in the request that writes the sheets', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, entries);
    expect(excel.stats.syncs).toBe(2);
  });

  it('needs nothing past ExcelApi 1.9, the set the manifest asks for', async () => {
    const excel = createFakeExcel({ excelApi: '1.9' });
    const result = await createWorkbook(excel.context, workbookSchema, entries, undefined, excel.supports);
    expect(result.status).toBe('created');
  });

  it('leaves an Excel without ExcelApi 1.9 (no page layout) untouched and says to update', async () => {
    const excel = createFakeExcel({ excelApi: '1.8' });
    const result = await createWorkbook(excel.context, workbookSchema, entries, undefined, excel.supports);
    expect(result).toMatchObject({ status: 'unsupported', message: expect.stringMatching(/Update Excel/) });
    expect(excel.stats.syncs).toBe(0);
    expect(excel.state.worksheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('repair, for printing', () => {
  it('gives a sheet it makes again its page set-up on the paper asked for', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, { ...entries, paper: 'letter' });
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Actions').delete(); });

    await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id', undefined, 'letter');

    const layout = excel.state.sheet('Actions').pageLayout;
    expect([layout.paperSize, layout.orientation, excel.state.sheet('Actions').printTitleRows]).toEqual(['Letter', 'Landscape', '$4:$4']);
  });
});

describe('the charts create draws', () => {
  it('shows every text at 4.5:1 or more against the chart background', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, entries);
    const charts = excel.state.worksheets.flatMap((s) => s.charts);

    expect(charts).toHaveLength(workbookSchema.charts.length);
    for (const chart of charts) {
      const { background, ...texts } = chart.colours;
      for (const [part, colour] of Object.entries(texts)) {
        expect([chart.name, part, contrastRatio(colour, background) >= MINIMUM_CONTRAST]).toEqual([chart.name, part, true]);
      }
    }
  });

  it('labels bars and columns with their values and names the principles on the gap chart', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, entries);
    const dashboard = excel.state.sheet('Dashboard').charts;
    const bar = dashboard.find((c) => c.type === 'BarClustered');

    expect(bar?.showValues).toBe(true);
    expect(bar?.series[0].xValues).toBe('Dashboard!L4:L15');
    expect(excel.state.value('Dashboard', 'L4')).toBe('Relationship management');
    expect(dashboard.find((c) => c.type === 'Radar')?.showValues).toBe(false);
  });
});

describe('the chart of Ours against Partner that create draws', () => {
  it('plots the scores table’s Ours and Partner by principle, each side in a colour of its own', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, entries);
    const joint = excel.state.sheet('Dashboard').charts.find((c) => c.title === 'Ours against Partner by principle (from the Ratings sheet)');

    expect(joint?.type).toBe('BarClustered');
    expect(joint?.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ['Ours', 'Dashboard!U4:U15', 'Dashboard!L4:L15'], ['Partner', 'Dashboard!V4:V15', 'Dashboard!L4:L15'],
    ]);
    expect([excel.state.value('Dashboard', 'U3'), excel.state.value('Dashboard', 'V3')]).toEqual(['Ours', 'Partner']);
    const fills = joint?.series.map((s) => s.fill);
    expect(fills?.every((f) => f !== null)).toBe(true);
    expect(new Set(fills).size).toBe(2);
    expect(joint?.showValues).toBe(true);
  });
});

describe('the fake Excel’s requirement sets', () => {
  it('refuses page layout on an Excel older than ExcelApi 1.9, as Excel does, with ApiNotFound', async () => {
    const excel = createFakeExcel({ excelApi: '1.8' });
    excel.context.workbook.worksheets.getItem('Sheet1').pageLayout.paperSize = 'A4' as Excel.PaperType;
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(excel.state.sheet('Sheet1').pageLayout.paperSize).toBe('Letter');
  });

  it('answers isSetSupported by its version', () => {
    const excel = createFakeExcel({ excelApi: '1.9' });
    expect([excel.supports('ExcelApi', '1.9'), excel.supports('ExcelApi', '1.10'), excel.supports('ExcelApi', '1.1')]).toEqual([true, false, true]);
  });
});
