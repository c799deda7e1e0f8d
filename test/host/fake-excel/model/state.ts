/**
 * The workbook as plain data: the truth the fake's Office.js objects read and change at sync,
 * and what tests set up fixtures in and assert on directly.
 */
import { cellKey, parseRect, rectAddress, splitSheet, tryParseRect, type Rect } from '../address';
import { typedContent, type CellContent } from './typing';

export type CellValue = number | string | boolean | null;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB`, as Excel gives it back. */
  fontColor?: string;
  fontSize?: number;
  fillColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** The cell's own edges that have a border (Office.js's EdgeTop … EdgeRight). */
  borders?: Partial<Record<CellEdge, CellBorder>>;
}

export type CellEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

/** A border as Office.js's RangeBorder gives it back: style `None` means no line. */
export interface CellBorder {
  style: string;
  weight: string;
  /** `#RRGGBB`. */
  color: string;
}

export interface CellState {
  /** A constant, or a formula's cached result (null: not calculated, the fake has no formula engine). */
  value: CellValue;
  /** With its leading `=`. */
  formula?: string;
  /** The value is an error such as `#REF!`. */
  error?: boolean;
  numberFormat?: string;
  format?: CellFormat;
}

export interface DataValidationState {
  /** One rectangle on the sheet, e.g. `C5:C64`. */
  address: string;
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  id: number;
  /** One or more rectangles, comma-separated: `K5:K64` or `A1:A4,C1:C4`. */
  address: string;
  type: string;
  /** Shaped like Office.js: `{ criteria }`, `{ rule: { formula }, format }` or `{ rule: { formula1, operator }, format }`. */
  details: Record<string, unknown>;
}

export interface ChartSeriesState {
  name: string;
  /** Where the values are, as Range.address gives it (`Dashboard!K4:K15`); null until set. */
  values: string | null;
  xValues: string | null;
  /** The colour set with format.fill.setSolidColor (`#RRGGBB`); null while Excel picks its own. */
  fill: string | null;
}

export interface ChartColoursState {
  background: string;
  title: string;
  legend: string;
  categoryAxis: string;
  valueAxis: string;
  dataLabels: string;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  title: string;
  titleVisible: boolean;
  legendVisible: boolean;
  /** Font colours (`#RRGGBB`) of the chart's texts and its area's fill, as Excel reports them. */
  colours: ChartColoursState;
  /** Whether the data labels show each value. */
  showValues: boolean;
  width: number;
  height: number;
  position: { startCell: string; endCell?: string } | null;
  series: ChartSeriesState[];
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** An Excel.PaperType value: `Letter`, `A4` … */
  paperSize: string;
  printOrder: 'DownThenOver' | 'OverThenDown';
  /** Points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The centre footer of every page, in Excel's codes (`&A`, `&P`). */
  centerFooter: string;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Sparse: only cells with content or formatting, keyed `A1`. */
  cells: Map<string, CellState>;
  /** Points, by column letter; other columns have `standardWidth`. */
  columnWidths: Record<string, number>;
  standardWidth: number;
  /** Points, by 1-based row number; other rows have `standardHeight`. */
  rowHeights: Record<number, number>;
  standardHeight: number;
  freezeRows: number;
  freezeColumns: number;
  protection: { protected: boolean };
  pageLayout: PageLayoutState;
  /** `$4:$4`, or null. */
  printTitleRows: string | null;
  /** `$A:$B`, or null. */
  printTitleColumns: string | null;
  /** The sheet's selected range, e.g. `A1`. */
  selection: string;
  /** Merged areas, e.g. `A1:G1`. They do not move with inserted or deleted cells: nothing of ours does both on one sheet. */
  merged: string[];
  dataValidations: DataValidationState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
}

export interface TableColumnState {
  id: number;
  /** The header cell's text; Excel keeps the two the same. */
  name: string;
  /** Set when every data cell of the column holds this formula (with `=`): new rows get it too. */
  calculatedFormula?: string;
}

export interface TableState {
  id: number;
  name: string;
  sheet: SheetState;
  /** On its sheet, header row included: `A4:L64`. */
  address: string;
  style: string;
  showBandedRows: boolean;
  /** Excel's Total Row: the last row of `address`, not a data row (Table.showTotals). */
  showTotals?: boolean;
  /** False when the header row is turned off (Table.showHeaders); a person's choice the fake only reports. */
  showHeaders?: boolean;
  columns: TableColumnState[];
}

export type NamedItemType = 'Range' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface NamedItemState {
  name: string;
  type: NamedItemType;
  /** As Excel renders it: `=Dashboard!$C$3` or `="1.0.0"`. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface CustomPropertyState {
  key: string;
  value: unknown;
}

export type FixtureCell = CellValue | { formula: string; value?: CellValue } | { error: string };

export class FakeWorkbookState {
  worksheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NamedItemState[] = [];
  customProperties: CustomPropertyState[] = [];
  activeSheet: SheetState | undefined;
  protection = { protected: false };
  application = {
    /** True from the operation that asks until the end of that sync. */
    calculationSuspended: false,
    screenUpdatingSuspended: false,
    /**
     * Writes were made while calculation was suspended and nothing has recalculated since: formula
     * results read now are stale. "Suspends calculation until the next context.sync() is called.
     * Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any
     * dependencies are propagated" (Excel.Application.suspendApiCalculationUntilNextSync,
     * learn.microsoft.com/javascript/api/excel/excel.application).
     */
    calculationPending: false,
    /** How many times each was asked for. */
    calculationSuspensions: 0,
    screenUpdatingSuspensions: 0,
  };
  runtime = { enableEvents: true };
  /**
   * Excel's AutoCorrect options that change what a write does to a table (File › Options ›
   * Proofing › AutoCorrect Options › AutoFormat As You Type). With "Fill formulas in tables to
   * create calculated columns" off, a formula written down a column is just formulas in cells, and
   * new rows get none: code that must keep the workbook correct cannot rely on it being on.
   */
  autoCorrect = { fillFormulasInTables: true };
  private lastId = 0;

  /** A deep copy, sharing nothing with this one: set a workbook up once, then damage copies of it. */
  clone(): FakeWorkbookState {
    const copy = Object.create(FakeWorkbookState.prototype) as FakeWorkbookState;
    // structuredClone keeps the links between objects (a table's sheet, the active sheet) inside the copy.
    return Object.assign(copy, structuredClone({ ...this }));
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** The active sheet's selected range. */
  get selection(): { sheet: string; address: string } {
    const sheet = this.requireActive();
    return { sheet: sheet.name, address: sheet.selection };
  }

  requireActive(): SheetState {
    const visible = this.worksheets.find((s) => s.visibility === 'Visible');
    if (!this.activeSheet || !this.worksheets.includes(this.activeSheet)) this.activeSheet = visible ?? this.worksheets[0];
    if (!this.activeSheet) throw new Error('The fake workbook has no sheets.');
    return this.activeSheet;
  }

  /** A sheet as Excel would make it, added at the end. */
  addSheet(name: string, options: { visibility?: SheetState['visibility'] } = {}): SheetState {
    const sheet: SheetState = {
      id: `{${String(this.nextId()).padStart(8, '0')}-0000-4000-8000-000000000000}`,
      name, visibility: options.visibility ?? 'Visible', cells: new Map(),
      columnWidths: {}, standardWidth: 48, rowHeights: {}, standardHeight: 15,
      freezeRows: 0, freezeColumns: 0, protection: { protected: false },
      // Excel's "Normal" margins (0.7 in sides, 0.75 in top and bottom, 0.3 in header and footer) on the paper of a US install.
      pageLayout: {
        orientation: 'Portrait', zoom: { scale: 100 }, paperSize: 'Letter', printOrder: 'DownThenOver', centerFooter: '',
        margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      },
      printTitleRows: null, printTitleColumns: null, selection: 'A1', merged: [],
      dataValidations: [], conditionalFormats: [], charts: [],
    };
    this.worksheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    return this.worksheets.find((s) => sameName(s.name, name));
  }

  /** The sheet of that name (ignoring case, as Excel does); throws when there is none. */
  sheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`The fake workbook has no sheet named ${name}.`);
    return sheet;
  }

  /** Puts content in a cell as stored: text stays text, `{ formula }` is a formula with an optional cached value. */
  setCell(sheet: string, address: string, content: FixtureCell): void {
    const target = this.sheet(sheet);
    const key = singleCell(address);
    const existing = target.cells.get(key);
    const stored: CellState = content !== null && typeof content === 'object'
      ? 'formula' in content
        ? { value: content.value ?? null, formula: content.formula.startsWith('=') ? content.formula : `=${content.formula}` }
        : { value: content.error, error: true }
      : { value: content };
    target.cells.set(key, { ...stored, ...(existing?.numberFormat ? { numberFormat: existing.numberFormat } : {}), ...(existing?.format ? { format: existing.format } : {}) });
  }

  /** Rows of cells from a top-left cell, each set like `setCell`. */
  setCells(sheet: string, topLeft: string, rows: FixtureCell[][]): void {
    const { top, left } = parseRect(topLeft, 'setCells');
    rows.forEach((row, r) => row.forEach((content, c) => this.setCell(sheet, cellKey(top + r, left + c), content)));
  }

  /** Puts text in a cell the way a person typing it would: `=…` a formula, `'…` text, `12` a number. */
  typeCell(sheet: string, address: string, text: string): void {
    const content: CellContent = typedContent(text, 'typeCell');
    const target = this.sheet(sheet);
    const key = singleCell(address);
    if (content.kind === 'clear') target.cells.delete(key);
    else if (content.kind === 'set') target.cells.set(key, { ...content.cell, ...(content.numberFormat ? { numberFormat: content.numberFormat } : {}) });
  }

  cell(sheet: string, address: string): CellState | undefined {
    return this.sheet(sheet).cells.get(singleCell(address));
  }

  /** The stored value (a formula's cached result), null when empty. */
  value(sheet: string, address: string): CellValue {
    return this.cell(sheet, address)?.value ?? null;
  }

  formula(sheet: string, address: string): string | undefined {
    return this.cell(sheet, address)?.formula;
  }

  /** A table over `address` on `sheet`; when `headers` are given they are written into its first row. */
  addTable(sheet: string, address: string, name: string, headers?: string[]): TableState {
    const target = this.sheet(sheet);
    const rect = parseRect(address, 'addTable');
    if (headers) headers.forEach((h, i) => this.setCell(sheet, cellKey(rect.top, rect.left + i), h));
    const columns = Array.from({ length: rect.right - rect.left + 1 }, (_, i) => ({
      id: this.nextId(),
      name: String(target.cells.get(cellKey(rect.top, rect.left + i))?.value ?? `Column${i + 1}`),
    }));
    const table: TableState = { id: this.nextId(), name, sheet: target, address: rectAddress(rect), style: 'TableStyleMedium2', showBandedRows: true, columns };
    this.tables.push(table);
    return table;
  }

  findTable(name: string): TableState | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  table(name: string): TableState {
    const table = this.findTable(name);
    if (!table) throw new Error(`The fake workbook has no table named ${name}.`);
    return table;
  }

  /** Calculated column formulas of a table by header. */
  calculatedFormulas(table: string): Record<string, string> {
    return Object.fromEntries(this.table(table).columns.filter((c) => c.calculatedFormula).map((c) => [c.name, c.calculatedFormula as string]));
  }

  addName(name: string, formula: string, type: NamedItemType = 'Range', comment = ''): NamedItemState {
    const item: NamedItemState = { name, type, formula: formula.startsWith('=') ? formula : `=${formula}`, comment, visible: true };
    this.names.push(item);
    return item;
  }

  findName(name: string): NamedItemState | undefined {
    return this.names.find((n) => sameName(n.name, name));
  }

  setCustomProperty(key: string, value: unknown): void {
    const existing = this.findCustomProperty(key);
    if (existing) existing.value = value;
    else this.customProperties.push({ key, value });
  }

  findCustomProperty(key: string): CustomPropertyState | undefined {
    return this.customProperties.find((p) => sameName(p.key, key));
  }

  customProperty(key: string): unknown {
    return this.findCustomProperty(key)?.value;
  }

  /** As a person clicking: activates the sheet and selects the range on it. */
  select(sheet: string, address: string): void {
    const target = this.sheet(sheet);
    target.selection = rectAddress(parseRect(address, 'select'));
    this.activeSheet = target;
  }

  /** Tables on a sheet, in the order they were made. */
  tablesOn(sheet: SheetState): TableState[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }
}

/** Excel compares sheet, table, name and property names ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export function tableRect(table: TableState): Rect {
  return parseRect(table.address, 'Table');
}

function singleCell(address: string): string {
  const rect = tryParseRect(splitSheet(address).address);
  if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) throw new Error(`Not a single cell: ${address}`);
  return cellKey(rect.top, rect.left);
}
