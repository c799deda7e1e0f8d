/**
 * The portfolio a consultant builds from many client workbooks (`partnering summary`): one row per
 * workbook, declared once for both the .xlsx and the .csv.
 */
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { cliText } from '../domain/strings/en/cli';
import { columnLetter } from './address';
import { date, decimal, text, whole } from './columns';
import type { ChartDeclaration, PlacedTable } from './layout';
import { NARROW_MARGINS } from './page-setup';
import { table } from './table';
import { TEMPLATE_VERSION } from './version';
import type { WorkbookSchema } from './workbook';

export const portfolioTable = table({
  name: 'tblPortfolio',
  sheet: 'Portfolio',
  columns: [
    text('file', 'File', { width: 28 }),
    text('organisation', 'Organisation', { width: 28 }),
    text('partner', 'Partner', { width: 24 }),
    date('assessmentDate', 'Assessment date'),
    text('templateVersion', 'Template version', { width: 10 }),
    ...content.principles.map((p) => decimal(p.ref, p.ref, { width: 6, numberFormat: '0.00' })),
    decimal('overall', 'Overall', { width: 8, numberFormat: '0.00' }),
    decimal('planCompleteness', 'Plan completeness', { width: 11, numberFormat: '0%' }),
    whole('openHighRisks', 'Open high risks', { width: 10, min: 0, max: 1e9 }),
    whole('errors', 'Errors', { width: 8, min: 0, max: 1e9 }),
  ],
});

const HEADER_ROW = 3;
const [LOWEST_LEVEL, HIGHEST_LEVEL] = scaleBounds(content.maturityLevels);

/** A one-sheet workbook holding the portfolio table and a chart comparing clients' overall maturity. */
export function portfolioSchema(rowCount: number): WorkbookSchema {
  const placed: PlacedTable = { table: portfolioTable, headerRow: HEADER_ROW, firstColumn: 1 };
  const column = (key: string) => columnLetter(1 + portfolioTable.columns.findIndex((c) => c.key === key));
  const range = (key: string) => `'${portfolioTable.sheet}'!$${column(key)}$${HEADER_ROW + 1}:$${column(key)}$${HEADER_ROW + Math.max(rowCount, 1)}`;
  const chart: ChartDeclaration = {
    sheet: portfolioTable.sheet, anchor: `B${HEADER_ROW + Math.max(rowCount, 1) + 3}`, kind: 'column',
    title: cliText.summary.chartTitle, categories: range('organisation'),
    series: [{ name: `'${portfolioTable.sheet}'!$${column('overall')}$${HEADER_ROW}`, label: portfolioTable.col('overall').header, values: range('overall') }],
    width: 640, height: 320, axis: { min: LOWEST_LEVEL, max: HIGHEST_LEVEL, step: 1 },
  };
  return {
    version: TEMPLATE_VERSION,
    sheets: [{
      name: portfolioTable.sheet, freezeRows: HEADER_ROW,
      page: { orientation: 'landscape', pagesWide: 1, titleRows: [HEADER_ROW, HEADER_ROW], margins: NARROW_MARGINS },
    }],
    tables: [placed],
    cells: [{ sheet: portfolioTable.sheet, cell: 'A1', kind: 'title', value: cliText.summary.title }],
    definedNames: [],
    charts: rowCount > 0 ? [chart] : [],
    conditionalFormats: [],
  };
}
