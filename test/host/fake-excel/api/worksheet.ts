/** Excel.Worksheet, the worksheets collection, and a sheet's panes, protection, page layout and events. */
import { MAX_COLUMNS, MAX_ROWS, parseCellKey, parseRect, rectAddress, splitSheet, tryParseRect, type Rect } from '../address';
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

export class FakePageLayout extends FakeObject<SheetState>
  implements Pick<Excel.PageLayout, 'orientation' | 'zoom' | 'setPrintTitleRows' | 'getPrintTitleRowsOrNullObject' | 'load'> {
  protected _readers() {
    return {
      orientation: (sheet: SheetState) => sheet.pageLayout.orientation,
      zoom: (sheet: SheetState) => sheet.pageLayout.zoom,
    };
  }

  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' { return this._read('orientation'); }

  set orientation(orientation: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this._set('orientation', orientation, (sheet) => {
      const value = String(orientation);
      if (value !== 'Portrait' && value !== 'Landscape') throw officeError('InvalidArgument', undefined, 'PageLayout.orientation');
      sheet.pageLayout.orientation = value;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions { return this._read('zoom'); }

  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this._set('zoom', zoom, (sheet) => {
      if (zoom === null || typeof zoom !== 'object') throw officeError('InvalidArgument', undefined, 'PageLayout.zoom');
      sheet.pageLayout.zoom = { ...zoom };
    });
  }

  /** Whole rows only, e.g. `$4:$4`. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._call('setPrintTitleRows', printTitleRows, (sheet, b) => {
      let rect: Rect | undefined;
      if (typeof printTitleRows === 'string') rect = tryParseRect(splitSheet(printTitleRows).address);
      else if (printTitleRows instanceof FakeRange) rect = printTitleRows._require(b, 'PageLayout.setPrintTitleRows').rect;
      if (!rect || rect.left !== 0 || rect.right !== MAX_COLUMNS - 1) throw officeError('InvalidArgument', undefined, 'PageLayout.setPrintTitleRows');
      sheet.printTitleRows = rectAddress(rect, true);
    });
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
