/**
 * Everything the add-in writes, as steps that only queue Office.js operations (none syncs).
 * Each step knows roughly how many bytes it adds to a request, so an operation can split its
 * work into the fewest requests under Excel's payload limit.
 */
import { columnLetter, cellAddress } from '../schema/address';
import type { Column } from '../schema/columns';
import { isoToSerial } from '../schema/dates';
import type { ChartDeclaration, ConditionalFormat, LayoutCell, PlacedTable, SheetDeclaration } from '../schema/layout';
import { cellStyle, columnStyle, HEADER_ROW_HEIGHT, headerStyle } from '../schema/cell-styles';
import { initialRows, type CellValue, type RowEntries } from '../schema/rows';
import {
  columnsReference, DEFAULT_PAPER, PAGE_FOOTER, PAPERS, POINTS_PER_INCH, rowsReference, type PageSetup, type Paper,
} from '../schema/page-setup';
import { palette, seriesColours } from '../schema/palette';
import { wrappedTextRuns } from '../schema/row-heights';
import { validationFor } from '../schema/validation';
import { columnOf, type WorkbookSchema } from '../schema/workbook';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { DEFAULT_TABLE_STYLE, type TableSchema } from '../schema/table';
import { drawStyle, styleBytes } from './draw-style';
import { cellInput } from './typed-text';

export interface WriteStep {
  /** Estimated size of the step in a request. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

/** Excel on the web rejects requests of 5 MB; stay under 4 MB. */
export const REQUEST_BYTE_BUDGET = 4 * 1024 * 1024;
/** Overhead per queued operation, besides its data. */
const OPERATION_BYTES = 200;
/** Each further action of a step that sets several properties: the object's path and the value. */
const ACTION_BYTES = 150;
/** Excel's column width unit is a character; Office.js takes points. */
const POINTS_PER_CHARACTER = 7;

/** Largest block of rows one step writes, small enough to pack requests tightly. */
export const BLOCK_BYTES = 64 * 1024;
/**
 * A calculated column is written whole up to this size, so Excel keeps it as a calculated column
 * for rows added later; only larger columns are written in blocks.
 */
export const WHOLE_COLUMN_BYTES = 1024 * 1024;

export const step = (bytes: number, queue: WriteStep['queue']): WriteStep => ({ bytes: bytes + OPERATION_BYTES, queue });

/** Consecutive rows of a 2-D block, each part under BLOCK_BYTES, with the row each part starts at. */
function rowBlocks<T>(rows: T[][], limit = BLOCK_BYTES): Array<{ first: number; rows: T[][]; bytes: number }> {
  const blocks: Array<{ first: number; rows: T[][]; bytes: number }> = [];
  let current: T[][] = [];
  let size = 0;
  rows.forEach((row, i) => {
    const rowBytes = sizeOf(row);
    if (current.length > 0 && size + rowBytes > limit) {
      blocks.push({ first: i - current.length, rows: current, bytes: size });
      current = [];
      size = 0;
    }
    current.push(row);
    size += rowBytes;
  });
  if (current.length > 0) blocks.push({ first: rows.length - current.length, rows: current, bytes: size });
  return blocks;
}
export const sizeOf = (data: unknown) => JSON.stringify(data).length;

/** Groups steps in order into the fewest requests that each stay under the budget. */
export function planRequests(steps: WriteStep[], budget = REQUEST_BYTE_BUDGET): WriteStep[][] {
  const requests: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let size = 0;
  for (const s of steps) {
    if (current.length > 0 && size + s.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

export function sheetSteps(sheet: SheetDeclaration, exists: boolean, paper: Paper = DEFAULT_PAPER): WriteStep[] {
  const steps: WriteStep[] = [];
  if (!exists) steps.push(step(sheet.name.length, (c) => { c.workbook.worksheets.add(sheet.name); }));
  const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(sheet.name);
  for (const [column, width] of Object.entries(sheet.widths ?? {})) {
    steps.push(step(0, (c) => { ws(c).getRange(`${column}:${column}`).format.columnWidth = width * POINTS_PER_CHARACTER; }));
  }
  const page = sheet.page;
  if (page) steps.push(step(PAGE_FOOTER.length, (c) => pageSetup(ws(c).pageLayout, page, paper)));
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    steps.push(step(0, (c) => { ws(c).getRange(`${row}:${row}`).format.rowHeight = height; }));
  }
  if (sheet.freezeRows) steps.push(step(0, (c) => { ws(c).freezePanes.freezeRows(sheet.freezeRows as number); }));
  if (sheet.hidden) steps.push(step(0, (c) => { ws(c).visibility = 'Hidden'; }));
  return steps;
}

/** Paper, orientation, fit, margins, footer and the rows and columns repeated on every page (ExcelApi 1.9, as the add-in needs). */
function pageSetup(layout: Excel.PageLayout, page: PageSetup, paper: Paper): void {
  layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = PAPERS[paper].officeName;
  layout.zoom = { horizontalFitToPages: page.pagesWide, verticalFitToPages: 0 };
  layout.printOrder = 'OverThenDown';
  const { margins } = page;
  layout.leftMargin = margins.left * POINTS_PER_INCH;
  layout.rightMargin = margins.right * POINTS_PER_INCH;
  layout.topMargin = margins.top * POINTS_PER_INCH;
  layout.bottomMargin = margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = margins.header * POINTS_PER_INCH;
  layout.footerMargin = margins.footer * POINTS_PER_INCH;
  layout.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
  if (page.titleRows) layout.setPrintTitleRows(rowsReference(page.titleRows));
  if (page.titleColumns) layout.setPrintTitleColumns(columnsReference(page.titleColumns));
}

/** A table written as one 2-D block of values, then made a table, then its calculated columns filled. */
export function tableSteps(placed: PlacedTable, entries?: RowEntries[]): WriteStep[] {
  const { table, headerRow, firstColumn } = placed;
  const rows = initialRows(table, entries);
  const lastColumn = firstColumn + table.columns.length - 1;
  const lastRow = headerRow + rows.length;
  const address = `${cellAddress(firstColumn, headerRow)}:${cellAddress(lastColumn, lastRow)}`;
  const block = [
    table.columns.map((c) => cellInput(c.header)),
    ...rows.map((row) => table.columns.map((c) => (c.formula ? '' : cellInput(valueFor(row[c.key], c))))),
  ];
  const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(table.sheet);
  const steps: WriteStep[] = rowBlocks(block).map((part) => {
    const partAddress = `${cellAddress(firstColumn, headerRow + part.first)}:${cellAddress(lastColumn, headerRow + part.first + part.rows.length - 1)}`;
    return step(part.bytes, (c) => { ws(c).getRange(partAddress).values = part.rows; });
  });
  steps.push(
    step(table.name.length, (c) => {
      const added = ws(c).tables.add(address, true);
      added.name = table.name;
      added.style = table.style ?? DEFAULT_TABLE_STYLE;
      added.showBandedRows = true;
    }),
    step(0, (c) => {
      const header = ws(c).getRange(`${cellAddress(firstColumn, headerRow)}:${cellAddress(lastColumn, headerRow)}`);
      drawStyle(header, headerStyle);
      header.format.rowHeight = HEADER_ROW_HEIGHT;
    }),
    ...wrappedTextRuns(table, rows).map((run) => step(0, (c) => {
      ws(c).getRange(`${headerRow + 1 + run.first}:${headerRow + run.first + run.count}`).format.rowHeight = run.height;
    })),
  );
  for (const column of table.columns) {
    const letter = columnLetter(columnOf(placed, column.key));
    const body = `${letter}${headerRow + 1}:${letter}${lastRow}`;
    steps.push(...columnSteps(table.sheet, letter, body, rows.length, column, column.formula ? table.formulas[column.key] : undefined, table));
  }
  return steps;
}

/** Width, wrap, number format, validation and (for calculated columns) the formula of one column. */
export function columnSteps(sheet: string, letter: string, body: string, rowCount: number, column: Column,
  formula: string | undefined, table: TableSchema): WriteStep[] {
  const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(sheet);
  const steps: WriteStep[] = [];
  if (formula !== undefined) {
    const formulas = Array.from({ length: rowCount }, () => [`=${formula}`]);
    const blocks = rowBlocks(formulas, WHOLE_COLUMN_BYTES);
    if (blocks.length === 1) {
      // The whole column at once, so Excel keeps it as a calculated column for rows added later.
      steps.push(step(blocks[0].bytes, (c) => {
        c.workbook.tables.getItem(table.name).columns.getItem(column.header).getDataBodyRange().formulas = formulas;
      }));
    } else {
      // Split anyway, so in small blocks that pack requests tightly.
      const firstRow = Number(/\d+/.exec(body)?.[0]);
      steps.push(...rowBlocks(formulas).map((part) => step(part.bytes, (c) => {
        ws(c).getRange(`${letter}${firstRow + part.first}:${letter}${firstRow + part.first + part.rows.length - 1}`).formulas = part.rows;
      })));
    }
  }
  if (column.width) steps.push(step(0, (c) => { ws(c).getRange(`${letter}:${letter}`).format.columnWidth = column.width as number * POINTS_PER_CHARACTER; }));
  const style = columnStyle(column, table);
  steps.push(step(styleBytes(style), (c) => drawStyle(ws(c).getRange(body), style)));
  if (style.numberFormat) {
    const numberFormat = style.numberFormat;
    const formats = Array.from({ length: rowCount }, () => [numberFormat]);
    const firstRow = Number(/\d+/.exec(body)?.[0]);
    steps.push(...rowBlocks(formats).map((part) => step(part.bytes, (c) => {
      ws(c).getRange(`${letter}${firstRow + part.first}:${letter}${firstRow + part.first + part.rows.length - 1}`).numberFormat = part.rows;
    })));
  }
  steps.push(...validationSteps(sheet, body, column));
  return steps;
}

export function validationSteps(sheet: string, address: string, column: Column): WriteStep[] {
  const rule = validationFor(column);
  if (!rule) return [];
  const dataRule: Excel.DataValidationRule = rule.type === 'list'
    ? { list: { inCellDropDown: true, source: `=${rule.source}` } }
    : rule.type === 'date'
      ? { date: { formula1: `=${rule.formula1}`, formula2: `=${rule.formula2}`, operator: 'Between' } }
      : rule.type === 'whole'
        ? { wholeNumber: { formula1: Number(rule.formula1), formula2: Number(rule.formula2), operator: 'Between' } }
        : { decimal: { formula1: Number(rule.formula1), operator: 'GreaterThanOrEqualTo' } };
  const texts = sizeOf([rule.promptTitle, rule.prompt, rule.errorTitle, rule.error]);
  // Four properties set, each an action of its own.
  return [step(sizeOf(dataRule) + texts + 3 * ACTION_BYTES, (c) => {
    const validation = c.workbook.worksheets.getItem(sheet).getRange(address).dataValidation;
    validation.rule = dataRule;
    validation.ignoreBlanks = true;
    if (rule.prompt) validation.prompt = { showPrompt: true, title: rule.promptTitle, message: rule.prompt };
    validation.errorAlert = { showAlert: true, style: 'Stop', title: rule.errorTitle, message: rule.error };
  })];
}

/** A cell outside the tables: a label, an input with its validation and name, or a figure's formula. */
export function cellSteps(cell: LayoutCell, start: Record<string, CellValue>): WriteStep[] {
  const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem(cell.sheet);
  const content = cell.formula !== undefined ? `=${cell.formula}`
    : cell.kind === 'input' && cell.input ? cellInput(valueFor(start[cell.input.key], cell.input))
      : cell.value !== undefined ? cellInput(cell.value) : undefined;
  const steps: WriteStep[] = [];
  if (content !== undefined && content !== '') {
    steps.push(step(sizeOf(content), (c) => {
      const range = ws(c).getRange(cell.cell);
      if (cell.formula !== undefined) range.formulas = [[content]];
      else range.values = [[content]];
    }));
  }
  const style = cellStyle(cell);
  if (style) {
    steps.push(step(0, (c) => {
      const range = ws(c).getRange(cell.cell);
      if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
      drawStyle(range, style);
    }));
  }
  if (cell.input) steps.push(...validationSteps(cell.sheet, cell.cell, cell.input));
  return steps;
}

/** Where a table column stands now: its sheet, letter, and the row of its first data cell. */
export interface ColumnPlace {
  sheet: string;
  letterOf(key: string): string;
  firstRow: number;
}

/** A column where the schema places it. */
export function declaredPlace(placed: PlacedTable): ColumnPlace {
  return { sheet: placed.table.sheet, letterOf: (key) => columnLetter(columnOf(placed, key)), firstRow: placed.headerRow + 1 };
}

export function conditionalFormatSteps(schema: WorkbookSchema, format: ConditionalFormat, rowCount: number, at?: ColumnPlace): WriteStep[] {
  const placed = schema.tables.find((p) => p.table.name === format.target.table.name);
  if (!placed) return [];
  const { sheet, letterOf, firstRow } = at ?? declaredPlace(placed);
  const letter = letterOf(format.target.key);
  const address = `${letter}${firstRow}:${letter}${firstRow + rowCount - 1}`;
  const formula = format.kind === 'formula' ? format.formulaAt(letterOf, firstRow) : '';
  // Adding the format and setting its rule, fill and font: four actions, with the rule's own text.
  const ruleText = format.kind === 'formula' ? formula : format.kind === 'textEquals' ? format.text : sizeOf(format.points);
  return [step(String(ruleText).length + 3 * ACTION_BYTES, (c) => {
    const formats = c.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats;
    switch (format.kind) {
      case 'colourScale': {
        const [min, mid, max] = format.points;
        const point = (p: { value: number; colour: string }) => ({ formula: String(p.value), type: 'Number' as const, color: `#${p.colour}` });
        formats.add('ColorScale').colorScale.criteria = { minimum: point(min), midpoint: point(mid), maximum: point(max) };
        break;
      }
      case 'textEquals': {
        const cellValue = formats.add('CellValue').cellValue;
        cellValue.rule = { formula1: `="${format.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
        cellValue.format.fill.color = `#${format.fill}`;
        cellValue.format.font.color = `#${format.font}`;
        break;
      }
      case 'formula': {
        const custom = formats.add('Custom').custom;
        custom.rule.formula = `=${formula}`;
        custom.format.fill.color = `#${format.fill}`;
        custom.format.font.color = `#${format.font}`;
        break;
      }
    }
  })];
}

export function nameStep(name: string, refersTo: string): WriteStep {
  return step(refersTo.length, (c) => { c.workbook.names.add(name, `=${refersTo}`); });
}

export function chartStep(chart: ChartDeclaration): WriteStep {
  return step(sizeOf(chart), (c) => {
    const sheet = c.workbook.worksheets.getItem(chart.sheet);
    const type = ({ radar: 'Radar', bar: 'BarClustered', column: 'ColumnClustered', line: 'Line' } as const)[chart.kind];
    const added = sheet.charts.add(type, sheet.getRange(withoutSheet(chart.series[0].values)), 'Columns');
    added.title.text = chart.title;
    added.setPosition(chart.anchor);
    added.width = chart.width * 0.75;
    added.height = chart.height * 0.75;
    added.legend.visible = chart.series.length > 1;
    // Every text in the palette's colour on its background, so the contrast holds whatever the chart style.
    const text = `#${palette.chart.text}`;
    added.format.fill.setSolidColor(`#${palette.chart.background}`);
    added.title.format.font.color = `#${palette.chart.title}`;
    added.legend.format.font.color = text;
    added.axes.categoryAxis.format.font.color = text;
    added.axes.valueAxis.format.font.color = text;
    if (chart.kind !== 'radar') {
      added.dataLabels.showValue = true;
      added.dataLabels.format.font.color = text;
    }
    chart.series.forEach((s, i) => {
      const series = i === 0 ? added.series.getItemAt(0) : added.series.add();
      series.setValues(sheet.getRange(withoutSheet(s.values)));
      series.setXAxisValues(sheet.getRange(withoutSheet(chart.categories)));
      series.name = s.label;
      if (chart.kind === 'bar' || chart.kind === 'column') series.format.fill.setSolidColor(`#${seriesColours[i % seriesColours.length]}`);
    });
    // Named last: a chart a failed request left half-drawn keeps Excel's name, so Repair adds a whole one.
    added.name = chartName(chart);
  });
}

/** A stable name per chart, so Repair can tell which charts are there. */
export function chartName(chart: ChartDeclaration): string {
  return chart.name ?? `Partnering ${chart.kind} ${chart.anchor}`;
}

export function propertySteps(schema: WorkbookSchema, workbookId: string): WriteStep[] {
  return [
    step(schema.version.length, (c) => { c.workbook.properties.custom.add(PROPERTY_VERSION, schema.version); }),
    step(workbookId.length, (c) => { c.workbook.properties.custom.add(PROPERTY_WORKBOOK_ID, workbookId); }),
  ];
}

/** Dates given as ISO text become Excel serial numbers in date columns. */
export function valueFor(value: CellValue | undefined, column: Column): CellValue {
  if (typeof value === 'string' && column.type === 'date') return isoToSerial(value) ?? value;
  return value ?? null;
}

/** `'Dashboard'!$K$4:$K$15` → `$K$4:$K$15`, for ranges on the chart's own sheet. */
function withoutSheet(reference: string): string {
  return reference.slice(reference.lastIndexOf('!') + 1);
}
