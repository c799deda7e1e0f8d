/** The structure the live host wrote into the fake Excel, in the same shape as a file's (test/support/structure.ts). */
import type { FakeWorkbookState } from '../fake-excel';
import { describeLook, describePage, normalise, type Structure } from '../../support/structure';

const VALIDATION_KINDS: Record<string, string> = { list: 'list', wholeNumber: 'whole', decimal: 'decimal', date: 'date' };
const HIGHLIGHT_KINDS: Record<string, string> = { ColorScale: 'colourScale', CellValue: 'textEquals', Custom: 'formula' };
const CHART_KINDS: Record<string, string> = { Radar: 'radar', BarClustered: 'bar', ColumnClustered: 'column', Line: 'line' };

const EDGE_SIDES: Record<string, string> = { EdgeLeft: 'left', EdgeRight: 'right', EdgeTop: 'top', EdgeBottom: 'bottom' };

const local = (address: string) => address.slice(address.lastIndexOf('!') + 1);

export function fakeStructure(state: FakeWorkbookState): Structure {
  return normalise({
    tables: state.tables.map((t) => ({
      name: t.name, sheet: t.sheet.name, address: local(t.address),
      headers: t.columns.map((c) => c.name),
      calculated: Object.fromEntries(t.columns.filter((c) => c.calculatedFormula).map((c) => [c.name, (c.calculatedFormula as string).replace(/^=/, '')])),
    })),
    validations: state.worksheets.flatMap((sheet) => sheet.dataValidations.map((v) => {
      const kind = Object.keys(v.rule).find((k) => VALIDATION_KINDS[k]) ?? 'none';
      const list = v.rule.list as { source?: string } | undefined;
      return { sheet: sheet.name, range: local(v.address), kind: VALIDATION_KINDS[kind] ?? kind, ...(list?.source ? { source: list.source } : {}) };
    })),
    highlights: state.worksheets.flatMap((sheet) => sheet.conditionalFormats.map((f) => ({
      sheet: sheet.name, range: local(f.address), kind: HIGHLIGHT_KINDS[f.type] ?? f.type,
    }))),
    names: Object.fromEntries(state.names.map((n) => [n.name, n.formula])),
    charts: state.worksheets.flatMap((sheet) => sheet.charts.map((c) => ({
      sheet: sheet.name, kind: CHART_KINDS[c.type] ?? c.type, values: c.series.map((s) => s.values ?? ''),
    }))),
    pages: Object.fromEntries(state.worksheets.filter((sheet) => sheet.visibility === 'Visible' && sheet.cells.size > 0).map((sheet) => [sheet.name, describePage({
      paper: sheet.pageLayout.paperSize, orientation: sheet.pageLayout.orientation, pagesWide: sheet.pageLayout.zoom.horizontalFitToPages,
      titleRows: sheet.printTitleRows, titleColumns: sheet.printTitleColumns, footer: sheet.pageLayout.centerFooter,
    })])),
    heights: Object.fromEntries(state.worksheets.flatMap((sheet) => Object.entries(sheet.rowHeights).map(([row, height]) => [`${sheet.name}!${row}`, height]))),
    looks: Object.fromEntries(state.worksheets.flatMap((sheet) => [...sheet.cells].map(([address, cell]) => {
      const f = cell.format ?? {};
      const borders = Object.entries(f.borders ?? {}).filter(([, b]) => b.style !== 'None')
        .map(([edge, b]) => `${EDGE_SIDES[edge]}=${b.weight}/${b.color.replace(/^#/, '')}`);
      return [`${sheet.name}!${address}`, describeLook({
        bold: f.bold, italic: f.italic, size: f.fontSize, fontColour: f.fontColor, fill: f.fillColor,
        horizontal: f.horizontalAlignment, vertical: f.verticalAlignment, wrap: f.wrapText, numberFormat: cell.numberFormat, borders,
      })];
    }))),
  });
}
