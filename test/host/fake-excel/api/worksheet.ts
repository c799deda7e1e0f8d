/** Excel.Worksheet, the worksheets collection, and a sheet's panes, protection, page layout and events. */
import { isWholeColumns, isWholeRows, MAX_COLUMNS, MAX_ROWS, parseCellKey, parseRect, rectAddress, splitSheet, tryParseRect, type Rect } from '../address';
import { excelEnums } from '../globals';
import { officeError } from '../errors';
import { addSheet, deleteSheet, moveSheet, renameSheet, setVisibility } from '../model/sheets';
import { sameName, type FakeWorkbookState, type SheetState } from '../model/state';
import { FakeChartCollection } from './chart';
import { FakeCollection, FakeObject, guard, type LoadArgument } from './client-object';
import type { Batch, ChangedHandler, FakeRequestContext } from './context';
import { FakeRange, type RangeEntity } from './range';
import { FakeTableCollection } from './table';

type LocateSheet = (batch: Batch) => SheetState | null;
type Visibility = Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';

export class FakeWorksheet extends FakeObject<SheetState> implements Pick<Excel.Worksheet, 'name' | 'id' | 'visibility' | 'position'
  | 'getRange' | 'getUsedRange' | 'getUsedRangeOrNullObject' | 'tables' | 'charts' | 'freezePanes' | 'protection' | 'pageLayout'
  | 'activate' | 'delete' | 'onChanged' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: LocateSheet) {
    super(context, path, 'Worksheet', locate);
  }

  protected override _alive(sheet: SheetState): boolean {
    return this._state().worksheets.includes(sheet);
  }

  protected _readers() {
    return {
      name: (s: SheetState) => s.name,
      id: (s: SheetState) => s.id,
      visibility: (s: SheetState) => s.visibility,
      position: (s: SheetState) => this._state().worksheets.indexOf(s),
    };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, () => unknown> = {
      tables: () => this.tables, charts: () => this.charts, freezePanes: () => this.freezePanes, protection: () => this.protection,
      pageLayout: () => this.pageLayout,
    };
    return parts[name]?.() as FakeObject<unknown> | undefined;
  }

  get id(): string { return this._read('id'); }
  get name(): string { return this._read('name'); }

  set name(name: string) {
    this._set('name', name, (sheet) => renameSheet(this._state(), sheet, name, 'Worksheet.name'));
  }

  get visibility(): Visibility { return this._read('visibility'); }

  set visibility(visibility: Visibility) {
    this._set('visibility', visibility, (sheet) => setVisibility(this._state(), sheet, String(visibility), 'Worksheet.visibility'));
  }

  get position(): number { return this._read('position'); }

  set position(position: number) {
    this._set('position', position, (sheet) => moveSheet(this._state(), sheet, position, 'Worksheet.position'));
  }

  /** `A1`, `A1:B2`, `C:C` or `4:4` on this sheet; the whole sheet without an address. */
  getRange(address?: string): Excel.Range {
    const path = `${this._path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`;
    return new FakeRange(this._context, path, (b) => {
      const sheet = this._resolve(b);
      if (sheet === null) return null;
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const { sheet: named, address: local } = splitSheet(address);
      if (named !== undefined && !sameName(named, sheet.name)) throw officeError('InvalidArgument', undefined, 'Worksheet.getRange');
      return { sheet, rect: parseRect(local, 'Worksheet.getRange') };
    }) as unknown as Excel.Range;
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return new FakeRange(this._context, `${this._path}.getUsedRange()`, (b) => {
      const sheet = this._resolve(b);
      if (sheet === null) return null;
      return { sheet, rect: usedRect(sheet, valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }) as unknown as Excel.Range;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    const range = new FakeRange(this._context, `${this._path}.getUsedRangeOrNullObject()`, (b): RangeEntity | null => {
      const sheet = this._resolve(b);
      const rect = sheet && usedRect(sheet, valuesOnly ?? false);
      return sheet && rect ? { sheet, rect } : null;
    });
    range._queueLookup();
    return range as unknown as Excel.Range;
  }

  get tables(): Excel.TableCollection {
    return this._child('tables', () => new FakeTableCollection(this._context, `${this._path}.tables`, (b) => this._resolve(b))) as unknown as Excel.TableCollection;
  }

  get charts(): Excel.ChartCollection {
    return this._child('charts', () => new FakeChartCollection(this._context, `${this._path}.charts`, this)) as unknown as Excel.ChartCollection;
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    return this._child('freezePanes', () => new FakeFreezePanes(this._context, `${this._path}.freezePanes`, 'WorksheetFreezePanes',
      (b) => this._resolve(b))) as unknown as Excel.WorksheetFreezePanes;
  }

  get protection(): Excel.WorksheetProtection {
    return this._child('protection', () => new FakeWorksheetProtection(this._context, `${this._path}.protection`, 'WorksheetProtection',
      (b) => this._resolve(b))) as unknown as Excel.WorksheetProtection;
  }

  get pageLayout(): Excel.PageLayout {
    return this._child('pageLayout', () => new FakePageLayout(this._context, `${this._path}.pageLayout`, 'PageLayout',
      (b) => this._resolve(b))) as unknown as Excel.PageLayout;
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return this._child('onChanged', () => new FakeEventHandlers(this._context, this)) as unknown as OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>;
  }

  activate(): void {
    this._call('activate', null, (sheet) => {
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', undefined, 'Worksheet.activate');
      this._state().activeSheet = sheet;
    });
  }

  delete(): void {
    this._call('delete', null, (sheet) => deleteSheet(this._state(), sheet, 'Worksheet.delete'));
  }

  load(option?: LoadArgument): Excel.Worksheet {
    return this._load(option) as unknown as Excel.Worksheet;
  }
}

/** The smallest rectangle holding every cell with content (and, unless valuesOnly, formatting). */
function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && !cell.formula) continue;
    const { row, column } = parseCellKey(key);
    rect = rect ? {
      top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column),
    } : { top: row, left: column, bottom: row, right: column };
  }
  return rect;
}

export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet>
  implements Pick<Excel.WorksheetCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getActiveWorksheet' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: (batch: Batch) => FakeWorkbookState | null) {
    super(context, path, 'WorksheetCollection', (b) => locate(b)?.worksheets ?? null, false);
  }

  get items(): Excel.Worksheet[] {
    return this._items() as unknown as Excel.Worksheet[];
  }

  protected _item(path: string, locate: LocateSheet): FakeWorksheet {
    return new FakeWorksheet(this._context, path, locate);
  }

  add(name?: string): Excel.Worksheet {
    let added: SheetState | undefined;
    this._queue('add', name ?? null, () => { added = addSheet(this._state(), name, 'WorksheetCollection.add'); });
    return this._item(`${this._path}.add(${JSON.stringify(name ?? '')})`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'Worksheet');
      return added;
    }) as unknown as Excel.Worksheet;
  }

  getItem(key: string): Excel.Worksheet {
    return this._lookup('getItem', key, (sheets) => sheets.find((s) => sameName(s.name, key) || s.id === key)) as unknown as Excel.Worksheet;
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return this._lookupOrNull('getItemOrNullObject', key, (sheets) => sheets.find((s) => sameName(s.name, key) || s.id === key)) as unknown as Excel.Worksheet;
  }

  getActiveWorksheet(): Excel.Worksheet {
    return this._item(`${this._path}.getActiveWorksheet()`, () => this._state().requireActive()) as unknown as Excel.Worksheet;
  }

  load(option?: LoadArgument): Excel.WorksheetCollection {
    return this._load(option) as unknown as Excel.WorksheetCollection;
  }
}

export class FakeFreezePanes extends FakeObject<SheetState>
  implements Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'unfreeze' | 'getLocationOrNullObject'> {
  protected _readers() {
    return {};
  }

  freezeRows(count?: number): void {
    const rows = count ?? 1;
    this._call('freezeRows', rows, (sheet) => {
      if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS) throw officeError('InvalidArgument', undefined, 'WorksheetFreezePanes.freezeRows');
      sheet.freezeRows = rows;
      sheet.freezeColumns = 0;
    });
  }

  freezeColumns(count?: number): void {
    const columns = count ?? 1;
    this._call('freezeColumns', columns, (sheet) => {
      if (!Number.isInteger(columns) || columns < 0 || columns >= MAX_COLUMNS) throw officeError('InvalidArgument', undefined, 'WorksheetFreezePanes.freezeColumns');
      sheet.freezeColumns = columns;
      sheet.freezeRows = 0;
    });
  }

  unfreeze(): void {
    this._call('unfreeze', null, (sheet) => {
      sheet.freezeRows = 0;
      sheet.freezeColumns = 0;
    });
  }

  /** The frozen cells: `1:2` for two frozen rows; a null object when nothing is frozen. */
  getLocationOrNullObject(): Excel.Range {
    const range = new FakeRange(this._context, `${this._path}.getLocationOrNullObject()`, (b): RangeEntity | null => {
      const sheet = this._resolve(b);
      if (!sheet || (sheet.freezeRows === 0 && sheet.freezeColumns === 0)) return null;
      const rect = sheet.freezeRows > 0
        ? { top: 0, bottom: sheet.freezeRows - 1, left: 0, right: MAX_COLUMNS - 1 }
        : { top: 0, bottom: MAX_ROWS - 1, left: 0, right: sheet.freezeColumns - 1 };
      return { sheet, rect };
    });
    range._queueLookup();
    return range as unknown as Excel.Range;
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetState> implements Pick<Excel.WorksheetProtection, 'protected' | 'protect' | 'unprotect' | 'load'> {
  protected _readers() {
    return { protected: (sheet: SheetState) => sheet.protection.protected };
  }

  get protected(): boolean { return this._read('protected'); }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._call('protect', { options: options ?? null, password: password === undefined ? null : '***' }, (sheet) => {
      sheet.protection.protected = true;
    });
  }

  unprotect(password?: string): void {
    this._call('unprotect', password === undefined ? null : '***', (sheet) => { sheet.protection.protected = false; });
  }

  load(option?: LoadArgument): Excel.WorksheetProtection {
    return this._load(option) as unknown as Excel.WorksheetProtection;
  }
}

type Margin = 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer';

/** Worksheet.pageLayout (ExcelApi 1.9): orientation, paper, fit, margins, print titles and the footer. */
export class FakePageLayout extends FakeObject<SheetState>
  implements Pick<Excel.PageLayout, 'orientation' | 'zoom' | 'paperSize' | 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin'
  | 'headerMargin' | 'footerMargin' | 'headersFooters' | 'printOrder' | 'setPrintTitleRows' | 'setPrintTitleColumns' | 'getPrintTitleRowsOrNullObject' | 'load'> {
  protected _readers() {
    const margin = (side: Margin) => (sheet: SheetState) => sheet.pageLayout.margins[side];
    return {
      orientation: (sheet: SheetState) => sheet.pageLayout.orientation,
      zoom: (sheet: SheetState) => sheet.pageLayout.zoom,
      paperSize: (sheet: SheetState) => sheet.pageLayout.paperSize,
      printOrder: (sheet: SheetState) => sheet.pageLayout.printOrder,
      leftMargin: margin('left'), rightMargin: margin('right'), topMargin: margin('top'), bottomMargin: margin('bottom'),
      headerMargin: margin('header'), footerMargin: margin('footer'),
    };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'headersFooters' ? this.headersFooters as unknown as FakeObject<unknown> : undefined;
  }

  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' { return this._read('orientation'); }

  set orientation(orientation: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this._set('orientation', orientation, (sheet) => {
      const value = String(orientation);
      if (value !== 'Portrait' && value !== 'Landscape') throw officeError('InvalidArgument', undefined, 'PageLayout.orientation');
      sheet.pageLayout.orientation = value;
    });
  }

  get paperSize(): Excel.PaperType { return this._read('paperSize'); }

  /** One of Excel.PaperType's values (`A4`, `Letter` …). */
  set paperSize(paperSize: Excel.PaperType) {
    this._set('paperSize', paperSize, (sheet) => {
      if (!Object.values(excelEnums().PaperType).includes(String(paperSize))) throw officeError('InvalidArgument', undefined, 'PageLayout.paperSize');
      sheet.pageLayout.paperSize = String(paperSize);
    });
  }

  get printOrder(): Excel.PrintOrder | 'DownThenOver' | 'OverThenDown' { return this._read('printOrder'); }

  set printOrder(order: Excel.PrintOrder | 'DownThenOver' | 'OverThenDown') {
    this._set('printOrder', order, (sheet) => {
      const value = String(order);
      if (value !== 'DownThenOver' && value !== 'OverThenDown') throw officeError('InvalidArgument', undefined, 'PageLayout.printOrder');
      sheet.pageLayout.printOrder = value;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions { return this._read('zoom'); }

  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this._set('zoom', zoom, (sheet) => {
      if (zoom === null || typeof zoom !== 'object') throw officeError('InvalidArgument', undefined, 'PageLayout.zoom');
      sheet.pageLayout.zoom = { ...zoom };
    });
  }

  get leftMargin(): number { return this._read('leftMargin'); }
  set leftMargin(points: number) { this._margin('left', 'leftMargin', points); }
  get rightMargin(): number { return this._read('rightMargin'); }
  set rightMargin(points: number) { this._margin('right', 'rightMargin', points); }
  get topMargin(): number { return this._read('topMargin'); }
  set topMargin(points: number) { this._margin('top', 'topMargin', points); }
  get bottomMargin(): number { return this._read('bottomMargin'); }
  set bottomMargin(points: number) { this._margin('bottom', 'bottomMargin', points); }
  get headerMargin(): number { return this._read('headerMargin'); }
  set headerMargin(points: number) { this._margin('header', 'headerMargin', points); }
  get footerMargin(): number { return this._read('footerMargin'); }
  set footerMargin(points: number) { this._margin('footer', 'footerMargin', points); }

  private _margin(side: Margin, property: string, points: number): void {
    this._set(property, points, (sheet) => {
      if (typeof points !== 'number' || !(points >= 0)) throw officeError('InvalidArgument', undefined, `PageLayout.${property}`);
      sheet.pageLayout.margins[side] = points;
    });
  }

  get headersFooters(): Excel.HeaderFooterGroup {
    return this._child('headersFooters', () => new FakeHeaderFooterGroup(this._context, `${this._path}.headersFooters`, 'HeaderFooterGroup',
      (b) => this._resolve(b))) as unknown as Excel.HeaderFooterGroup;
  }

  /** Whole rows only, e.g. `$4:$4`. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._call('setPrintTitleRows', printTitleRows, (sheet, b) => {
      const rect = this._titleRect(printTitleRows, b, 'setPrintTitleRows');
      if (!rect || !isWholeRows(rect)) throw officeError('InvalidArgument', undefined, 'PageLayout.setPrintTitleRows');
      sheet.printTitleRows = rectAddress(rect, true);
    });
  }

  /** Whole columns only, e.g. `$A:$B`. */
  setPrintTitleColumns(printTitleColumns: Excel.Range | string): void {
    this._call('setPrintTitleColumns', printTitleColumns, (sheet, b) => {
      const rect = this._titleRect(printTitleColumns, b, 'setPrintTitleColumns');
      if (!rect || !isWholeColumns(rect) || isWholeRows(rect)) throw officeError('InvalidArgument', undefined, 'PageLayout.setPrintTitleColumns');
      sheet.printTitleColumns = rectAddress(rect, true);
    });
  }

  private _titleRect(titles: Excel.Range | string, batch: Batch, member: string): Rect | undefined {
    if (typeof titles === 'string') return tryParseRect(splitSheet(titles).address);
    if (titles instanceof FakeRange) return titles._require(batch, `PageLayout.${member}`).rect;
    return undefined;
  }

  getPrintTitleRowsOrNullObject(): Excel.Range {
    const range = new FakeRange(this._context, `${this._path}.getPrintTitleRowsOrNullObject()`, (b): RangeEntity | null => {
      const sheet = this._resolve(b);
      return sheet && sheet.printTitleRows ? { sheet, rect: parseRect(sheet.printTitleRows, 'PageLayout') } : null;
    });
    range._queueLookup();
    return range as unknown as Excel.Range;
  }

  load(option?: LoadArgument): Excel.PageLayout {
    return this._load(option) as unknown as Excel.PageLayout;
  }
}

/** PageLayout.headersFooters; only the footer of every page is modelled. */
export class FakeHeaderFooterGroup extends FakeObject<SheetState> implements Pick<Excel.HeaderFooterGroup, 'defaultForAllPages' | 'load'> {
  protected _readers() {
    return {};
  }

  get defaultForAllPages(): Excel.HeaderFooter {
    return this._child('defaultForAllPages', () => new FakeHeaderFooter(this._context, `${this._path}.defaultForAllPages`, 'HeaderFooter',
      (b) => this._resolve(b))) as unknown as Excel.HeaderFooter;
  }

  load(option?: LoadArgument): Excel.HeaderFooterGroup {
    return this._load(option) as unknown as Excel.HeaderFooterGroup;
  }
}

/**
 * A header or footer holds at most 255 characters, codes included: "Office requires that the length
 * of the value for this element be less than or equal to 255" (MS-OI29500 2.1.651, for the
 * headerFooter elements of a file; MS-XLSB 2.5.73 HeaderFooterString says the same).
 */
const FOOTER_LIMIT = 255;

export class FakeHeaderFooter extends FakeObject<SheetState> implements Pick<Excel.HeaderFooter, 'centerFooter' | 'load'> {
  protected _readers() {
    return { centerFooter: (sheet: SheetState) => sheet.pageLayout.centerFooter };
  }

  get centerFooter(): string { return this._read('centerFooter'); }

  set centerFooter(text: string) {
    this._set('centerFooter', text, (sheet) => {
      if (typeof text !== 'string' || text.length > FOOTER_LIMIT) throw officeError('InvalidArgument', undefined, 'HeaderFooter.centerFooter');
      sheet.pageLayout.centerFooter = text;
    });
  }

  load(option?: LoadArgument): Excel.HeaderFooter {
    return this._load(option) as unknown as Excel.HeaderFooter;
  }
}

/** Worksheet.onChanged: registering and removing a handler are operations applied at sync. */
export class FakeEventHandlers implements Pick<OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>, 'add' | 'remove'> {
  constructor(private readonly _context: FakeRequestContext, private readonly _sheet: FakeWorksheet) {
    return guard(this, 'EventHandlers');
  }

  add(handler: ChangedHandler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
    this._enqueue('onChanged.add', (sheet) => this._context._host.addHandler(sheet, handler));
    const result = {
      context: this._context as unknown as OfficeExtension.ClientRequestContext,
      remove: () => this.remove(handler),
    };
    return guard(result, 'EventHandlerResult') as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  }

  remove(handler: ChangedHandler): void {
    this._enqueue('onChanged.remove', (sheet) => this._context._host.removeHandler(sheet, handler));
  }

  private _enqueue(member: string, apply: (sheet: SheetState) => void): void {
    this._context._enqueue({
      label: `Worksheet.${member}`, payload: { path: this._sheet._path, member }, counted: true,
      apply: (b) => apply(this._sheet._require(b, member)),
    });
  }
}
