/** Excel.Range and what hangs off it: format (font, fill) and data validation. */
import {
  cellsOf, columnCount, intersects, isUnbounded, MAX_COLUMNS, MAX_ROWS, parseRect, qualifiedAddress, rectAddress, rowCount, type Rect,
} from '../address';
import { notModelled, officeError } from '../errors';
import {
  clearCells, normaliseColour, readBorder, readColumnWidth, readFormat, readFormulas, readNumberFormat, readRowHeight, readValues, readValueTypes,
  writeBorder, writeColumnWidth, writeContents, writeFormat, writeNumberFormat, writeRowHeight, type BorderItem, type ClearWhat,
} from '../model/cells';
import { deleteCells, insertCells } from '../model/shift';
import { tableRect, type CellBorder, type CellFormat, type SheetState } from '../model/state';
import { afterCellsWritten } from '../model/tables';
import { checkListSource, checkRule, checkValidationText, clearValidation, readValidation, setValidationPart } from '../model/validation';
import { FakeObject, type LoadArgument } from './client-object';
import { FakeConditionalFormatCollection } from './conditional-format';
import type { Batch, FakeRequestContext } from './context';
import { FakeWorksheet } from './worksheet';

export interface RangeEntity {
  sheet: SheetState;
  rect: Rect;
}

/** Changing cells of a protected sheet is refused. */
export function checkEditable(sheet: SheetState, location: string): void {
  if (sheet.protection.protected) {
    throw officeError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.", location);
  }
}

export function asFakeRange(range: unknown, location: string): FakeRange {
  if (!(range instanceof FakeRange)) throw new Error(`${location}: the fake Excel host only takes ranges it made itself.`);
  return range;
}

type RangeMembers = 'address' | 'values' | 'formulas' | 'numberFormat' | 'valueTypes' | 'rowCount' | 'columnCount' | 'rowIndex'
  | 'columnIndex' | 'cellCount' | 'format' | 'worksheet' | 'dataValidation' | 'conditionalFormats' | 'getCell' | 'getResizedRange'
  | 'getOffsetRange' | 'getRow' | 'getColumn' | 'getLastRow' | 'getLastColumn' | 'getEntireRow' | 'getEntireColumn' | 'clear'
  | 'delete' | 'insert' | 'select' | 'merge' | 'load';

export class FakeRange extends FakeObject<RangeEntity> implements Pick<Excel.Range, RangeMembers> {
  constructor(context: FakeRequestContext, path: string, locate: (batch: Batch) => RangeEntity | null) {
    super(context, path, 'Range', locate, false);
  }

  protected _readers() {
    return {
      address: (r: RangeEntity) => qualifiedAddress(r.sheet.name, r.rect),
      values: (r: RangeEntity) => this._fresh(r, readValues(r.sheet, r.rect)),
      formulas: (r: RangeEntity) => readFormulas(r.sheet, r.rect),
      numberFormat: (r: RangeEntity) => readNumberFormat(r.sheet, r.rect),
      valueTypes: (r: RangeEntity) => this._fresh(r, readValueTypes(r.sheet, r.rect)),
      rowCount: (r: RangeEntity) => rowCount(r.rect),
      columnCount: (r: RangeEntity) => columnCount(r.rect),
      rowIndex: (r: RangeEntity) => r.rect.top,
      columnIndex: (r: RangeEntity) => r.rect.left,
      cellCount: (r: RangeEntity) => rowCount(r.rect) * columnCount(r.rect),
    };
  }

  /** Formula results read before Excel recalculated after suspended writes are counted as stale reads. */
  private _fresh<T>({ sheet, rect }: RangeEntity, read: T): T {
    if (!this._state().application.calculationPending || isUnbounded(rect)) return read;
    for (const { key } of cellsOf(rect)) if (sheet.cells.get(key)?.formula) this._host().stats.staleReads += 1;
    return read;
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const children: Record<string, () => unknown> = {
      format: () => this.format, worksheet: () => this.worksheet, dataValidation: () => this.dataValidation,
      conditionalFormats: () => this.conditionalFormats,
    };
    return children[name]?.() as FakeObject<unknown> | undefined;
  }

  get address(): string { return this._read('address'); }
  get rowCount(): number { return this._read('rowCount'); }
  get columnCount(): number { return this._read('columnCount'); }
  get rowIndex(): number { return this._read('rowIndex'); }
  get columnIndex(): number { return this._read('columnIndex'); }
  get cellCount(): number { return this._read('cellCount'); }
  get valueTypes(): Excel.RangeValueType[][] { return this._read('valueTypes'); }

  get values(): any[][] { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    return this._read('values');
  }

  set values(values: any[][]) { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    this._writeContents('values', values);
  }

  get formulas(): any[][] { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    return this._read('formulas');
  }

  set formulas(formulas: any[][]) { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    this._writeContents('formulas', formulas);
  }

  get numberFormat(): any[][] { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    return this._read('numberFormat');
  }

  set numberFormat(formats: any[][]) { // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so
    this._set('numberFormat', formats, ({ sheet, rect }) => {
      checkEditable(sheet, 'Range.numberFormat');
      writeNumberFormat(sheet, rect, formats, 'Range.numberFormat');
    });
  }

  private _writeContents(property: 'values' | 'formulas', input: unknown): void {
    this._set(property, input, ({ sheet, rect }) => {
      const location = `Range.${property}`;
      checkEditable(sheet, location);
      writeContents(sheet, rect, input, location);
      afterCellsWritten(this._state(), sheet, rect);
      this._host().changed(sheet, rectAddress(rect), 'RangeEdited', 'ThisLocalAddin');
    });
  }

  get format(): Excel.RangeFormat {
    return this._child('format', () => new FakeRangeFormat(this._context, `${this._path}.format`, (b) => this._resolve(b))) as unknown as Excel.RangeFormat;
  }

  get worksheet(): Excel.Worksheet {
    return this._child('worksheet', () => new FakeWorksheet(this._context, `${this._path}.worksheet`, (b) => this._resolve(b)?.sheet ?? null)) as unknown as Excel.Worksheet;
  }

  get dataValidation(): Excel.DataValidation {
    return this._child('dataValidation', () => new FakeDataValidation(this._context, `${this._path}.dataValidation`, (b) => this._resolve(b))) as unknown as Excel.DataValidation;
  }

  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this._child('conditionalFormats', () => new FakeConditionalFormatCollection(this._context, `${this._path}.conditionalFormats`, this)) as unknown as Excel.ConditionalFormatCollection;
  }

  /** A range worked out from this one when used; InvalidArgument if it would leave the sheet. */
  private _derive(member: string, args: unknown[], rectOf: (rect: Rect) => Rect): Excel.Range {
    const path = `${this._path}.${member}(${args.map((a) => JSON.stringify(a)).join(',')})`;
    return new FakeRange(this._context, path, (b) => {
      const range = this._resolve(b);
      if (range === null) return null;
      const rect = rectOf(range.rect);
      if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS || rect.top > rect.bottom || rect.left > rect.right) {
        throw officeError('InvalidArgument', undefined, `Range.${member}`);
      }
      return { sheet: range.sheet, rect };
    }) as unknown as Excel.Range;
  }

  getCell(row: number, column: number): Excel.Range {
    return this._derive('getCell', [row, column], (r) => ({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this._derive('getResizedRange', [deltaRows, deltaColumns], (r) => ({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this._derive('getOffsetRange', [rowOffset, columnOffset], (r) => ({
      top: r.top + rowOffset, bottom: r.bottom + rowOffset, left: r.left + columnOffset, right: r.right + columnOffset,
    }));
  }

  getRow(row: number): Excel.Range {
    return this._derive('getRow', [row], (r) => (row < 0 || row >= rowCount(r) ? { ...r, top: -1 } : { ...r, top: r.top + row, bottom: r.top + row }));
  }

  getColumn(column: number): Excel.Range {
    return this._derive('getColumn', [column], (r) => (column < 0 || column >= columnCount(r) ? { ...r, left: -1 }
      : { ...r, left: r.left + column, right: r.left + column }));
  }

  getLastRow(): Excel.Range {
    return this._derive('getLastRow', [], (r) => ({ ...r, top: r.bottom }));
  }

  getLastColumn(): Excel.Range {
    return this._derive('getLastColumn', [], (r) => ({ ...r, left: r.right }));
  }

  getEntireRow(): Excel.Range {
    return this._derive('getEntireRow', [], (r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): Excel.Range {
    return this._derive('getEntireColumn', [], (r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 }));
  }

  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    const what = String(applyTo ?? 'All');
    this._call('clear', what, ({ sheet, rect }) => {
      checkEditable(sheet, 'Range.clear');
      if (what === 'Hyperlinks' || what === 'RemoveHyperlinks') return;
      const clear: ClearWhat = what === 'ResetContents' ? 'Contents' : what as ClearWhat;
      if (!['All', 'Formats', 'Contents'].includes(clear)) throw officeError('InvalidArgument', undefined, 'Range.clear');
      clearCells(sheet, rect, clear);
      if (clear !== 'Formats') {
        afterCellsWritten(this._state(), sheet, rect);
        this._host().changed(sheet, rectAddress(rect), 'RangeEdited', 'ThisLocalAddin');
      }
    });
  }

  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    const direction = String(shift);
    this._call('delete', direction, ({ sheet, rect }) => {
      checkEditable(sheet, 'Range.delete');
      if (direction !== 'Up' && direction !== 'Left') throw officeError('InvalidArgument', undefined, 'Range.delete');
      const axis = direction === 'Up' ? 'rows' : 'columns';
      deleteCells(this._state(), sheet, rect, axis, 'Range.delete');
      this._host().changed(sheet, rectAddress(rect), changeType(rect, axis, 'Deleted'), 'ThisLocalAddin');
    });
  }

  insert(shift: Excel.InsertShiftDirection | 'Down' | 'Right'): Excel.Range {
    const direction = String(shift);
    this._call('insert', direction, ({ sheet, rect }) => {
      checkEditable(sheet, 'Range.insert');
      if (direction !== 'Down' && direction !== 'Right') throw officeError('InvalidArgument', undefined, 'Range.insert');
      const axis = direction === 'Down' ? 'rows' : 'columns';
      insertCells(this._state(), sheet, rect, axis, 'Range.insert');
      this._host().changed(sheet, rectAddress(rect), changeType(rect, axis, 'Inserted'), 'ThisLocalAddin');
    });
    return this._derive('insert', [direction], (r) => r);
  }

  /**
   * Excel keeps only the upper-left cell's contents of a merged area; it refuses to merge cells of
   * a table or across an area already merged (InvalidOperation). Across rows is not modelled.
   */
  merge(across?: boolean): void {
    if (across) throw notModelled('Range.merge(true)');
    this._call('merge', null, ({ sheet, rect }) => {
      checkEditable(sheet, 'Range.merge');
      const overlapsMerge = sheet.merged.some((area) => intersects(parseRect(area, 'Range.merge'), rect));
      if (overlapsMerge || this._state().tablesOn(sheet).some((t) => intersects(tableRect(t), rect))) {
        throw officeError('InvalidOperation', undefined, 'Range.merge');
      }
      for (const { row, column } of [...cellsOf(rect)].slice(1)) clearCells(sheet, { top: row, bottom: row, left: column, right: column }, 'Contents');
      sheet.merged.push(rectAddress(rect));
    });
  }

  select(): void {
    this._call('select', null, ({ sheet, rect }) => {
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', undefined, 'Range.select');
      sheet.selection = rectAddress(rect);
      this._state().activeSheet = sheet;
    });
  }

  load(option?: LoadArgument): Excel.Range {
    return this._load(option) as unknown as Excel.Range;
  }
}

function changeType(rect: Rect, axis: 'rows' | 'columns', what: 'Inserted' | 'Deleted'): 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted' {
  const whole = axis === 'rows' ? rect.left === 0 && rect.right === MAX_COLUMNS - 1 : rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  if (!whole) return `Cell${what}`;
  return axis === 'rows' ? `Row${what}` : `Column${what}`;
}

/** A part of a range's format: reads and writes one cell-format property across its cells. */
abstract class FakeFormatPart extends FakeObject<RangeEntity> {
  protected _cellFormat<K extends keyof CellFormat>(property: string, key: K, value: CellFormat[K]): void {
    const location = `${this._type}.${property}`;
    this._set(property, value, ({ sheet, rect }) => {
      checkEditable(sheet, location);
      writeFormat(sheet, rect, key, value, location);
    });
  }

  protected _colour(property: string, key: 'fontColor' | 'fillColor', value: string): void {
    const location = `${this._type}.${property}`;
    this._set(property, value, ({ sheet, rect }) => {
      checkEditable(sheet, location);
      writeFormat(sheet, rect, key, normaliseColour(value, location), location);
    });
  }
}

export class FakeRangeFormat extends FakeFormatPart
  implements Pick<Excel.RangeFormat, 'columnWidth' | 'rowHeight' | 'wrapText' | 'horizontalAlignment' | 'verticalAlignment' | 'font' | 'fill' | 'borders' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: (batch: Batch) => RangeEntity | null) {
    super(context, path, 'RangeFormat', locate, false);
  }

  protected _readers() {
    return {
      columnWidth: (r: RangeEntity) => readColumnWidth(r.sheet, r.rect),
      rowHeight: (r: RangeEntity) => readRowHeight(r.sheet, r.rect),
      wrapText: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'wrapText', 'RangeFormat.wrapText'),
      horizontalAlignment: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'horizontalAlignment', 'RangeFormat.horizontalAlignment'),
      verticalAlignment: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'verticalAlignment', 'RangeFormat.verticalAlignment'),
    };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    if (name === 'font') return this.font as unknown as FakeObject<unknown>;
    if (name === 'fill') return this.fill as unknown as FakeObject<unknown>;
    return undefined;
  }

  get columnWidth(): number { return this._read('columnWidth'); }

  set columnWidth(width: number) {
    this._set('columnWidth', width, ({ sheet, rect }) => {
      checkEditable(sheet, 'RangeFormat.columnWidth');
      if (!(width >= 0)) throw officeError('InvalidArgument', undefined, 'RangeFormat.columnWidth');
      writeColumnWidth(sheet, rect, width);
    });
  }

  get rowHeight(): number { return this._read('rowHeight'); }

  set rowHeight(height: number) {
    this._set('rowHeight', height, ({ sheet, rect }) => {
      checkEditable(sheet, 'RangeFormat.rowHeight');
      if (!(height >= 0 && height <= 409)) throw officeError('InvalidArgument', undefined, 'RangeFormat.rowHeight');
      writeRowHeight(sheet, rect, height);
    });
  }

  get wrapText(): boolean { return this._read('wrapText'); }
  set wrapText(wrap: boolean) { this._cellFormat('wrapText', 'wrapText', wrap); }

  get horizontalAlignment(): Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed' {
    return this._read('horizontalAlignment');
  }

  set horizontalAlignment(alignment: Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed') {
    this._cellFormat('horizontalAlignment', 'horizontalAlignment', String(alignment));
  }

  get verticalAlignment(): Excel.VerticalAlignment | 'Center' | 'Bottom' | 'Top' | 'Justify' | 'Distributed' {
    return this._read('verticalAlignment');
  }

  set verticalAlignment(alignment: Excel.VerticalAlignment | 'Center' | 'Bottom' | 'Top' | 'Justify' | 'Distributed') {
    this._set('verticalAlignment', alignment, ({ sheet, rect }) => {
      checkEditable(sheet, 'RangeFormat.verticalAlignment');
      // As Office.js, an unknown value fails at the sync that sends it.
      if (!VERTICAL_ALIGNMENTS.includes(String(alignment))) throw officeError('InvalidArgument', undefined, 'RangeFormat.verticalAlignment');
      writeFormat(sheet, rect, 'verticalAlignment', String(alignment), 'RangeFormat.verticalAlignment');
    });
  }

  get borders(): Excel.RangeBorderCollection {
    return this._child('borders', () => new FakeRangeBorderCollection(this._context, `${this._path}.borders`, (b) => this._resolve(b))) as unknown as Excel.RangeBorderCollection;
  }

  get font(): Excel.RangeFont {
    return this._child('font', () => new FakeRangeFont(this._context, `${this._path}.font`, 'RangeFont', (b) => this._resolve(b), false)) as unknown as Excel.RangeFont;
  }

  get fill(): Excel.RangeFill {
    return this._child('fill', () => new FakeRangeFill(this._context, `${this._path}.fill`, 'RangeFill', (b) => this._resolve(b), false)) as unknown as Excel.RangeFill;
  }

  load(option?: LoadArgument): Excel.RangeFormat {
    return this._load(option) as unknown as Excel.RangeFormat;
  }
}

export class FakeRangeFont extends FakeFormatPart implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size' | 'load'> {
  protected _readers() {
    return {
      bold: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'bold', 'RangeFont.bold'),
      italic: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'italic', 'RangeFont.italic'),
      color: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'fontColor', 'RangeFont.color'),
      size: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'fontSize', 'RangeFont.size'),
    };
  }

  get bold(): boolean { return this._read('bold'); }
  set bold(bold: boolean) { this._cellFormat('bold', 'bold', bold); }
  get italic(): boolean { return this._read('italic'); }
  set italic(italic: boolean) { this._cellFormat('italic', 'italic', italic); }
  get color(): string { return this._read('color'); }
  set color(colour: string) { this._colour('color', 'fontColor', colour); }
  get size(): number { return this._read('size'); }

  set size(size: number) {
    if (typeof size !== 'number') throw new TypeError('RangeFont.size takes a number.');
    this._cellFormat('size', 'fontSize', size);
  }

  load(option?: LoadArgument): Excel.RangeFont {
    return this._load(option) as unknown as Excel.RangeFont;
  }
}

export class FakeRangeFill extends FakeFormatPart implements Pick<Excel.RangeFill, 'color' | 'clear' | 'load'> {
  protected _readers() {
    return { color: (r: RangeEntity) => readFormat(r.sheet, r.rect, 'fillColor', 'RangeFill.color') };
  }

  get color(): string { return this._read('color'); }
  set color(colour: string) { this._colour('color', 'fillColor', colour); }

  clear(): void {
    this._call('clear', null, ({ sheet, rect }) => {
      checkEditable(sheet, 'RangeFill.clear');
      if (isUnbounded(rect)) throw notModelled('cell formats of whole rows or columns (RangeFill.clear)');
      for (const { key } of cellsOf(rect)) {
        const cell = sheet.cells.get(key);
        if (cell?.format) delete cell.format.fillColor;
      }
    });
  }

  load(option?: LoadArgument): Excel.RangeFill {
    return this._load(option) as unknown as Excel.RangeFill;
  }
}

type RuleInput = Excel.DataValidationRule;

export class FakeDataValidation extends FakeObject<RangeEntity>
  implements Pick<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks' | 'type' | 'clear' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: (batch: Batch) => RangeEntity | null) {
    super(context, path, 'DataValidation', locate, false);
  }

  protected _readers() {
    return {
      type: (r: RangeEntity) => readValidation(r.sheet, r.rect).type,
      rule: (r: RangeEntity) => readValidation(r.sheet, r.rect).entry?.rule ?? (readValidation(r.sheet, r.rect).type === 'None' ? {} : null),
      prompt: (r: RangeEntity) => readValidation(r.sheet, r.rect).entry?.prompt ?? null,
      errorAlert: (r: RangeEntity) => readValidation(r.sheet, r.rect).entry?.errorAlert ?? null,
      ignoreBlanks: (r: RangeEntity) => readValidation(r.sheet, r.rect).entry?.ignoreBlanks ?? null,
    };
  }

  get type(): Excel.DataValidationType | 'None' | 'WholeNumber' | 'Decimal' | 'List' | 'Date' | 'Time' | 'TextLength' | 'Custom' | 'Inconsistent' | 'MixedCriteria' {
    return this._read('type');
  }

  get rule(): RuleInput { return this._read('rule'); }

  set rule(rule: RuleInput) {
    this._set('rule', rule, ({ sheet, rect }, batch) => {
      checkEditable(sheet, 'DataValidation.rule');
      const resolved = resolveRangesInRule(rule, batch);
      checkRule(resolved, 'DataValidation.rule');
      checkListSource(resolved, 'DataValidation.rule');
      setValidationPart(sheet, rect, 'rule', resolved);
    });
  }

  get prompt(): Excel.DataValidationPrompt { return this._read('prompt'); }

  set prompt(prompt: Excel.DataValidationPrompt) {
    this._set('prompt', prompt, ({ sheet, rect }) => {
      checkEditable(sheet, 'DataValidation.prompt');
      checkValidationText('prompt', prompt, 'DataValidation.prompt');
      setValidationPart(sheet, rect, 'prompt', prompt);
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert { return this._read('errorAlert'); }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this._set('errorAlert', alert, ({ sheet, rect }) => {
      checkEditable(sheet, 'DataValidation.errorAlert');
      const style = String(alert.style ?? 'Stop');
      if (!['Stop', 'Warning', 'Information'].includes(style)) throw officeError('InvalidArgument', undefined, 'DataValidation.errorAlert');
      checkValidationText('errorAlert', alert, 'DataValidation.errorAlert');
      setValidationPart(sheet, rect, 'errorAlert', alert);
    });
  }

  get ignoreBlanks(): boolean { return this._read('ignoreBlanks'); }

  set ignoreBlanks(ignore: boolean) {
    this._set('ignoreBlanks', ignore, ({ sheet, rect }) => {
      checkEditable(sheet, 'DataValidation.ignoreBlanks');
      setValidationPart(sheet, rect, 'ignoreBlanks', ignore);
    });
  }

  clear(): void {
    this._call('clear', null, ({ sheet, rect }) => {
      checkEditable(sheet, 'DataValidation.clear');
      clearValidation(sheet, rect);
    });
  }

  load(option?: LoadArgument): Excel.DataValidation {
    return this._load(option) as unknown as Excel.DataValidation;
  }
}

/** A rule's source or bounds given as a Range are kept as Excel shows them: `=Lists!$A$2:$A$6`. */
function resolveRangesInRule(rule: unknown, batch: Batch): unknown {
  if (rule instanceof FakeRange) {
    const range = rule._require(batch, 'DataValidation.rule');
    return `=${qualifiedAddress(range.sheet.name, range.rect, true)}`;
  }
  if (rule && typeof rule === 'object') {
    return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, resolveRangesInRule(v, batch)]));
  }
  return rule;
}

const VERTICAL_ALIGNMENTS = ['Center', 'Bottom', 'Top', 'Justify', 'Distributed'];
const EDGES: BorderItem[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

/** RangeFormat.borders: the four outer edges and the lines between rows are modelled; vertical inside and diagonal borders are not. */
export class FakeRangeBorderCollection extends FakeObject<RangeEntity> implements Pick<Excel.RangeBorderCollection, 'getItem'> {
  constructor(context: FakeRequestContext, path: string, locate: (batch: Batch) => RangeEntity | null) {
    super(context, path, 'RangeBorderCollection', locate, false);
  }

  protected _readers() {
    return {};
  }

  getItem(index: Excel.BorderIndex | 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal' | 'DiagonalDown' | 'DiagonalUp'): Excel.RangeBorder {
    const edge = String(index) as BorderItem;
    if (!EDGES.includes(edge)) throw notModelled(`RangeBorderCollection.getItem('${String(index)}')`);
    return this._child(edge, () => new FakeRangeBorder(this._context, `${this._path}.getItem(${edge})`, edge, (b) => this._resolve(b))) as unknown as Excel.RangeBorder;
  }
}

export class FakeRangeBorder extends FakeObject<RangeEntity> implements Pick<Excel.RangeBorder, 'style' | 'weight' | 'color' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _edge: BorderItem, locate: (batch: Batch) => RangeEntity | null) {
    super(context, path, 'RangeBorder', locate, false);
  }

  protected _readers() {
    return {
      style: (r: RangeEntity) => readBorder(r.sheet, r.rect, this._edge, 'style', 'RangeBorder.style'),
      weight: (r: RangeEntity) => readBorder(r.sheet, r.rect, this._edge, 'weight', 'RangeBorder.weight'),
      color: (r: RangeEntity) => readBorder(r.sheet, r.rect, this._edge, 'color', 'RangeBorder.color'),
    };
  }

  private _border<K extends keyof CellBorder>(property: K, value: CellBorder[K], allowed?: string[]): void {
    const location = `RangeBorder.${property}`;
    this._set(property, value, ({ sheet, rect }) => {
      checkEditable(sheet, location);
      if (allowed && !allowed.includes(value)) throw officeError('InvalidArgument', undefined, location);
      writeBorder(sheet, rect, this._edge, property, property === 'color' ? normaliseColour(value, location) : value, location);
    });
  }

  get style(): Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot' { return this._read('style'); }
  set style(style: Excel.BorderLineStyle | 'None' | 'Continuous' | 'Dash' | 'DashDot' | 'DashDotDot' | 'Dot' | 'Double' | 'SlantDashDot') { this._border('style', String(style), BORDER_STYLES); }
  get weight(): Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick' { return this._read('weight'); }
  set weight(weight: Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick') { this._border('weight', String(weight), BORDER_WEIGHTS); }
  get color(): string { return this._read('color'); }
  set color(colour: string) { this._border('color', colour); }

  load(option?: LoadArgument): Excel.RangeBorder {
    return this._load(option) as unknown as Excel.RangeBorder;
  }
}
