/**
 * The file host's writer: renders the declared workbook into an .xlsx file with excelize-wasm.
 * Text people typed is always written as text, never as a formula.
 */
import { cellAddress, columnLetter, quoteSheet } from '../schema/address';
import type { Column } from '../schema/columns';
import { isoToSerial } from '../schema/dates';
import type { ChartDeclaration, ConditionalFormat, PlacedTable } from '../schema/layout';
import { cellStyle, columnStyle, HEADER_ROW_HEIGHT, headerStyle, type CellStyle } from '../schema/cell-styles';
import { columnsReference, DEFAULT_PAPER, PAGE_FOOTER, PAPERS, rowsReference, type PageSetup } from '../schema/page-setup';
import { palette, seriesColours } from '../schema/palette';
import { initialRows, type CellValue, type RowEntries } from '../schema/rows';
import { wrappedTextRuns } from '../schema/row-heights';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { validationFor } from '../schema/validation';
import type { TableContent } from '../migrate/table-content';
import { columnOf, type WorkbookSchema } from '../schema/workbook';
import { unzipSync, zipSync } from 'fflate';
import { workbookText } from '../domain/strings/en/workbook';
import { addCalculatedColumnFormulas, type CalculatedColumns } from './calculated-columns';
import { chartPartsInSchemaOrder } from './chart-order';
import { withCoreProperties, type CoreProperties } from './core-properties';
import { loadExcelize, must, type Excelize, type ExcelizeFile } from './excelize';

/** Details for the Start sheet, by the key of its named cell (`organisation`, `assessmentDate` …). */
export type StartDetails = Record<string, CellValue>;

export interface WorkbookEntries {
  /** Unique id of this workbook, kept in the document properties. */
  workbookId: string;
  start?: StartDetails;
  /** Rows by table name, laid over the template's rows by position. */
  rows?: Record<string, RowEntries[]>;
  /** Whole tables by name that replace the template's rows (new-client copies and upgrades). */
  tables?: Record<string, TableContent>;
  /** When the workbook is written, for its created and modified dates; now when not given. */
  writtenAt?: Date;
}





export async function writeWorkbook(schema: WorkbookSchema, entries: WorkbookEntries): Promise<Uint8Array> {
  const excelize = await loadExcelize();
  const file = excelize.NewFile();
  const writer = new Writer(excelize, file);
  writer.sheets(schema);
  const rowCounts = writer.tables(schema, entries);
  writer.cells(schema, entries.start ?? {});
  writer.conditionalFormats(schema, rowCounts);
  writer.names(schema);
  writer.charts(schema);
  writer.properties(schema, entries.workbookId);
  const { buffer } = must(file.WriteToBuffer(), 'Writing the workbook');
  const written = entries.writtenAt ?? new Date();
  return finished(addCalculatedColumnFormulas(new Uint8Array(buffer as ArrayBuffer), calculatedColumns(schema)), {
    title: schema.title ?? workbookText.title, subject: schema.subject ?? workbookText.subject, creator: workbookText.title, version: schema.version,
    created: written, modified: written,
  });
}

// zipSync stamps every entry with a date; a fixed one keeps the bytes a function of the content.
const ENTRY_DATE = new Date(1980, 0, 1);

/** What excelize cannot be told to write: chart parts in schema order and core properties other readers accept. */
function finished(xlsx: Uint8Array, core: CoreProperties): Uint8Array {
  const parts = withCoreProperties(chartPartsInSchemaOrder(unzipSync(xlsx)), core);
  return zipSync(parts, { level: 6, mtime: ENTRY_DATE });
}

/** A replaced table keeps its given rows; an emptied one gets the template's blank rows to type in. */
function replacedRows({ table }: PlacedTable, content: TableContent): RowEntries[] {
  if (content.rows.length > 0) return content.rows;
  return Array.from({ length: Math.max(table.blankRows ?? 0, 1) }, () => ({}));
}

function calculatedColumns(schema: WorkbookSchema): CalculatedColumns {
  return Object.fromEntries(schema.tables.map(({ table }) => [
    table.name,
    Object.fromEntries(table.columns.filter((c) => c.formula).map((c) => [c.header, table.formulas[c.key]])),
  ]));
}

class Writer {
  private readonly styleIds = new Map<string, number>();

  constructor(private readonly excelize: Excelize, private readonly file: ExcelizeFile) {}

  sheets(schema: WorkbookSchema): void {
    schema.sheets.forEach((sheet, i) => {
      if (i === 0) must(this.file.SetSheetName('Sheet1', sheet.name), `Naming sheet ${sheet.name}`);
      else must(this.file.NewSheet(sheet.name), `Adding sheet ${sheet.name}`);
      for (const [column, width] of Object.entries(sheet.widths ?? {})) {
        must(this.file.SetColWidth(sheet.name, column, column, width), `Setting widths on ${sheet.name}`);
      }
      if (sheet.page) this.pageSetup(sheet.name, sheet.page);
      if (sheet.freezeRows) {
        const topLeft = `A${sheet.freezeRows + 1}`;
        must(this.file.SetPanes(sheet.name, {
          Freeze: true, YSplit: sheet.freezeRows, TopLeftCell: topLeft, ActivePane: 'bottomLeft',
          Selection: [{ SQRef: topLeft, ActiveCell: topLeft, Pane: 'bottomLeft' }],
        }), `Freezing the header of ${sheet.name}`);
      }
      for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
        must(this.file.SetRowHeight(sheet.name, Number(row), height), `Height of ${sheet.name} row ${row}`);
      }
      if (sheet.hidden) must(this.file.SetSheetVisible(sheet.name, false), `Hiding ${sheet.name}`);
    });
    must(this.file.SetActiveSheet(0), 'Selecting the Start sheet');
  }

  /** Paper, orientation, fit, margins, footer and the rows and columns repeated on every page. */
  private pageSetup(sheet: string, page: PageSetup): void {
    const what = `Page set-up of ${sheet}`;
    must(this.file.SetPageLayout(sheet, {
      Size: PAPERS[DEFAULT_PAPER].fileCode, Orientation: page.orientation, FitToWidth: page.pagesWide, FitToHeight: 0,
      // A row printed across pages comes out on consecutive pages.
      PageOrder: 'overThenDown',
    }), what);
    must(this.file.SetSheetProps(sheet, { FitToPage: true }), what);
    const m = page.margins;
    must(this.file.SetPageMargins(sheet, { Left: m.left, Right: m.right, Top: m.top, Bottom: m.bottom, Header: m.header, Footer: m.footer }), what);
    must(this.file.SetHeaderFooter(sheet, { OddFooter: `&C${PAGE_FOOTER}` }), what);
    const titles = [
      ...(page.titleColumns ? [`${quoteSheet(sheet)}!${columnsReference(page.titleColumns)}`] : []),
      ...(page.titleRows ? [`${quoteSheet(sheet)}!${rowsReference(page.titleRows)}`] : []),
    ];
    if (titles.length > 0) must(this.file.SetDefinedName({ Name: '_xlnm.Print_Titles', Scope: sheet, RefersTo: titles.join(',') }), what);
  }

  /** Writes every table and returns how many data rows each got. */
  tables(schema: WorkbookSchema, entries: WorkbookEntries): Map<string, number> {
    const counts = new Map<string, number>();
    for (const placed of schema.tables) {
      const whole = entries.tables?.[placed.table.name];
      const rows = whole ? replacedRows(placed, whole) : initialRows(placed.table, entries.rows?.[placed.table.name]);
      this.table(placed, rows, whole?.extraColumns ?? []);
      counts.set(placed.table.name, rows.length);
    }
    return counts;
  }

  private table({ table, headerRow, firstColumn }: PlacedTable, rows: RowEntries[], extras: TableContent['extraColumns']): void {
    const sheet = table.sheet;
    const lastRow = headerRow + rows.length;
    extras.forEach((extra, i) => {
      const col = firstColumn + table.columns.length + i;
      this.text(sheet, cellAddress(col, headerRow), extra.header);
      rows.forEach((_, r) => this.value(sheet, cellAddress(col, headerRow + 1 + r), extra.values[r]));
    });
    table.columns.forEach((column, i) => {
      const col = firstColumn + i;
      this.text(sheet, cellAddress(col, headerRow), column.header);
      rows.forEach((row, r) => {
        const address = cellAddress(col, headerRow + 1 + r);
        if (column.formula) must(this.file.SetCellFormula(sheet, address, table.formulas[column.key]), `Formula in ${sheet}!${address}`);
        else this.value(sheet, address, row[column.key], column);
      });
      const letter = columnLetter(col);
      if (column.width) must(this.file.SetColWidth(sheet, letter, letter, column.width), `Width of ${sheet}!${letter}`);
      const style = this.style(columnStyle(column, table));
      must(this.file.SetCellStyle(sheet, `${letter}${headerRow + 1}`, `${letter}${lastRow}`, style), `Format of ${sheet}!${letter}`);
      this.validation(sheet, `${letter}${headerRow + 1}:${letter}${lastRow}`, column);
    });
    for (const run of wrappedTextRuns(table, rows)) {
      for (let r = run.first; r < run.first + run.count; r++) {
        must(this.file.SetRowHeight(sheet, headerRow + 1 + r, run.height), `Height of ${sheet} row ${headerRow + 1 + r}`);
      }
    }
    const headerEnd = cellAddress(firstColumn + table.columns.length + extras.length - 1, headerRow);
    must(this.file.SetCellStyle(sheet, cellAddress(firstColumn, headerRow), headerEnd, this.style(headerStyle)), `Header of ${table.name}`);
    must(this.file.SetRowHeight(sheet, headerRow, HEADER_ROW_HEIGHT), `Header of ${table.name}`);
    const range = `${cellAddress(firstColumn, headerRow)}:${cellAddress(firstColumn + table.columns.length + extras.length - 1, lastRow)}`;
    must(this.file.AddTable(sheet, { Range: range, Name: table.name, StyleName: table.style, ShowRowStripes: true }), `Adding table ${table.name}`);
  }

  cells(schema: WorkbookSchema, start: StartDetails): void {
    for (const cell of schema.cells) {
      if (cell.formula) must(this.file.SetCellFormula(cell.sheet, cell.cell, cell.formula), `Formula in ${cell.sheet}!${cell.cell}`);
      else if (cell.kind === 'input' && cell.input) this.value(cell.sheet, cell.cell, start[cell.input.key], cell.input);
      else if (cell.value !== undefined) this.value(cell.sheet, cell.cell, cell.value);
      const declared = cellStyle(cell);
      const style = declared && this.style(declared);
      if (style !== undefined) must(this.file.SetCellStyle(cell.sheet, cell.cell, cell.cell, style), `Format of ${cell.sheet}!${cell.cell}`);
      if (cell.input) this.validation(cell.sheet, cell.cell, cell.input);
    }
  }

  conditionalFormats(schema: WorkbookSchema, rowCounts: Map<string, number>): void {
    for (const format of schema.conditionalFormats) {
      const placed = schema.tables.find((p) => p.table.name === format.target.table.name);
      if (!placed) throw new Error(`Conditional format on ${format.target.table.name}, which is not placed.`);
      const column = columnLetter(columnOf(placed, format.target.key));
      const first = placed.headerRow + 1;
      const range = `${column}${first}:${column}${first + (rowCounts.get(placed.table.name) ?? 1) - 1}`;
      must(this.file.SetConditionalFormat(placed.table.sheet, range, [this.conditionalOptions(format)]), `Highlight on ${placed.table.sheet}!${range}`);
    }
  }

  private conditionalOptions(format: ConditionalFormat) {
    const colour = (hex: string) => `#${hex}`;
    switch (format.kind) {
      case 'colourScale': {
        const [min, mid, max] = format.points;
        return {
          Type: '3_color_scale', Criteria: '=',
          MinType: 'num', MinValue: String(min.value), MinColor: colour(min.colour),
          MidType: 'num', MidValue: String(mid.value), MidColor: colour(mid.colour),
          MaxType: 'num', MaxValue: String(max.value), MaxColor: colour(max.colour),
        };
      }
      case 'textEquals':
        return { Type: 'cell', Criteria: '==', Value: `"${format.text.replace(/"/g, '""')}"`, Format: this.highlight(format.fill, format.font) };
      case 'formula':
        return { Type: 'formula', Criteria: format.formula, Format: this.highlight(format.fill, format.font) };
    }
  }

  names(schema: WorkbookSchema): void {
    for (const name of schema.definedNames) {
      must(this.file.SetDefinedName({ Name: name.name, RefersTo: name.refersTo, Comment: name.comment }), `Defining name ${name.name}`);
    }
  }

  charts(schema: WorkbookSchema): void {
    for (const chart of schema.charts) {
      must(this.file.AddChart(chart.sheet, chart.anchor, this.chartOptions(chart)), `Adding chart "${chart.title}"`);
    }
  }

  private chartOptions(chart: ChartDeclaration) {
    const type = { radar: this.excelize.Radar, bar: this.excelize.Bar, column: this.excelize.Col, line: this.excelize.Line }[chart.kind];
    // excelize draws axis labels in a light grey (#D9D9D9, 1.4:1 on white): every text gets the palette's colour.
    const font = { Color: `#${palette.chart.text}` };
    const labelled = chart.kind !== 'radar';
    return {
      Type: type,
      Series: chart.series.map((s, i) => ({
        Name: s.name, Categories: chart.categories, Values: s.values,
        ...(chart.kind === 'radar' || chart.kind === 'line' ? { Line: { Width: 2.25 } } : { Fill: { Type: 'pattern', Pattern: 1, Color: [`#${seriesColours[i % seriesColours.length]}`] } }),
        ...(labelled ? { DataLabel: { Font: font } } : {}),
      })),
      Title: { Paragraph: [{ Text: chart.title, Font: { Bold: true, Size: 12, Color: `#${palette.chart.title}` } }] },
      Legend: { Position: chart.series.length > 1 ? 'bottom' : 'none', Font: font },
      Dimension: { Width: chart.width, Height: chart.height },
      Fill: { Type: 'pattern', Pattern: 1, Color: [`#${palette.chart.background}`] },
      PlotArea: labelled ? { ShowVal: true } : {},
      ShowBlanksAs: 'gap',
      XAxis: { Font: font, ...(chart.kind === 'bar' ? { ReverseOrder: true } : {}) },
      YAxis: { Font: font, ...(chart.axis ? { Minimum: chart.axis.min, Maximum: chart.axis.max, MajorUnit: chart.axis.step } : {}) },
    };
  }

  properties(schema: WorkbookSchema, workbookId: string): void {
    const names = schema.properties ?? { version: PROPERTY_VERSION, workbookId: PROPERTY_WORKBOOK_ID };
    must(this.file.SetCustomProps({ Name: names.version, Value: schema.version }), 'Recording the template version');
    must(this.file.SetCustomProps({ Name: names.workbookId, Value: workbookId }), 'Recording the workbook id');
  }

  /** Writes a value as its type: numbers as numbers, dates as serials, text always as text. */
  private value(sheet: string, address: string, value: CellValue | undefined, column?: Column): void {
    if (value === undefined || value === null || value === '') return;
    if (typeof value === 'number') {
      must(this.file.SetCellValue(sheet, address, value), `Writing ${sheet}!${address}`);
    } else if (typeof value === 'boolean') {
      must(this.file.SetCellBool(sheet, address, value), `Writing ${sheet}!${address}`);
    } else {
      const serial = column?.type === 'date' ? isoToSerial(value) : undefined;
      if (serial !== undefined) must(this.file.SetCellValue(sheet, address, serial), `Writing ${sheet}!${address}`);
      else this.text(sheet, address, value);
    }
  }

  private text(sheet: string, address: string, value: string): void {
    must(this.file.SetCellStr(sheet, address, value), `Writing ${sheet}!${address}`);
  }

  private validation(sheet: string, sqref: string, column: Column): void {
    const rule = validationFor(column);
    if (!rule) return;
    must(this.file.AddDataValidation(sheet, {
      Sqref: sqref, Type: rule.type, AllowBlank: true,
      ...(rule.type === 'list' ? { Formula1: rule.source } : { Operator: rule.operator, Formula1: rule.formula1, Formula2: rule.formula2 }),
      ShowInputMessage: Boolean(rule.prompt), PromptTitle: rule.prompt ? rule.promptTitle : undefined, Prompt: rule.prompt,
      ShowErrorMessage: true, ErrorStyle: 'stop', ErrorTitle: rule.errorTitle, Error: rule.error,
    }), `Validation on ${sheet}!${sqref}`);
  }

  private highlight(fill: string, font: string): number {
    const key = `highlight:${fill}:${font}`;
    const existing = this.styleIds.get(key);
    if (existing !== undefined) return existing;
    const { style } = must(this.file.NewConditionalStyle({ Fill: { Type: 'pattern', Pattern: 1, Color: [`#${fill}`] }, Font: { Color: `#${font}` } }), 'Highlight style');
    this.styleIds.set(key, style);
    return style;
  }

  /** The file's style for a declared cell style, made once per distinct style. */
  private style(style: CellStyle): number {
    const key = `cell:${JSON.stringify(style)}`;
    const existing = this.styleIds.get(key);
    if (existing !== undefined) return existing;
    const { style: id } = must(this.file.NewStyle(excelizeStyle(style)), 'Cell style');
    this.styleIds.set(key, id);
    return id;
  }
}

const BORDER_STYLE = { thin: 1, medium: 2 } as const;

/** A declared cell style in excelize's terms, drawn as the live host draws it (src/excel/draw-style.ts). */
function excelizeStyle(style: CellStyle): Parameters<ExcelizeFile['NewStyle']>[0] {
  const font = {
    ...(style.bold ? { Bold: true } : {}), ...(style.italic ? { Italic: true } : {}),
    ...(style.size !== undefined ? { Size: style.size } : {}), ...(style.fontColour ? { Color: `#${style.fontColour}` } : {}),
  };
  const alignment = {
    ...(style.horizontal ? { Horizontal: style.horizontal } : {}), ...(style.vertical ? { Vertical: style.vertical } : {}),
    ...(style.wrap ? { WrapText: true } : {}),
  };
  const border = style.border;
  return {
    ...(Object.keys(font).length > 0 ? { Font: font } : {}),
    ...(style.fill ? { Fill: { Type: 'pattern', Pattern: 1, Color: [`#${style.fill}`] } } : {}),
    ...(Object.keys(alignment).length > 0 ? { Alignment: alignment } : {}),
    ...(style.numberFormat ? { CustomNumFmt: style.numberFormat } : {}),
    ...(border ? { Border: border.sides.map((Type) => ({ Type, Color: `#${border.colour}`, Style: BORDER_STYLE[border.weight] })) } : {}),
  };
}
