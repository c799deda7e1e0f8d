/** Excel.Table with its columns and rows, and the workbook's and each sheet's table collections. */
import { parseRect, rectAddress, rowCount, splitSheet } from '../address';
import { officeError } from '../errors';
import { readValues } from '../model/cells';
import { sameName, tableRect, type FakeWorkbookState, type SheetState, type TableColumnState, type TableState } from '../model/state';
import {
  addColumn, addRows, bodyRect, columnRect, createTable, deleteTable, headerRect, renameTable, setTableStyle, syncHeaders,
} from '../model/tables';
import { FakeCollection, FakeObject, type LoadArgument } from './client-object';
import type { Batch, FakeRequestContext } from './context';
import { checkEditable, FakeRange, type RangeEntity } from './range';
import { FakeWorksheet } from './worksheet';

type LocateTable = (batch: Batch) => TableState | null;

export class FakeTable extends FakeObject<TableState> implements Pick<Excel.Table, 'name' | 'id' | 'style' | 'showBandedRows' | 'showHeaders' | 'showTotals'
  | 'getRange' | 'getHeaderRowRange' | 'getDataBodyRange' | 'columns' | 'rows' | 'worksheet' | 'delete' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: LocateTable) {
    super(context, path, 'Table', locate);
  }

  protected override _alive(table: TableState): boolean {
    return this._state().tables.includes(table);
  }

  protected _readers() {
    return {
      name: (t: TableState) => t.name,
      id: (t: TableState) => String(t.id),
      style: (t: TableState) => t.style,
      showBandedRows: (t: TableState) => t.showBandedRows,
      showHeaders: (t: TableState) => t.showHeaders !== false,
      showTotals: (t: TableState) => t.showTotals === true,
    };
  }

  protected override _navigation(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, () => unknown> = { columns: () => this.columns, rows: () => this.rows, worksheet: () => this.worksheet };
    return parts[name]?.() as FakeObject<unknown> | undefined;
  }

  get id(): string { return this._read('id'); }
  get name(): string { return this._read('name'); }

  set name(name: string) {
    this._set('name', name, (table) => renameTable(this._state(), table, name, 'Table.name'));
  }

  get style(): string { return this._read('style'); }

  set style(style: string) {
    this._set('style', style, (table) => setTableStyle(table, style, 'Table.style'));
  }

  get showBandedRows(): boolean { return this._read('showBandedRows'); }

  set showBandedRows(show: boolean) {
    this._set('showBandedRows', show, (table) => { table.showBandedRows = show; });
  }

  get showHeaders(): boolean { return this._read('showHeaders'); }

  get showTotals(): boolean { return this._read('showTotals'); }

  private _range(member: string, rectOf: (table: TableState) => RangeEntity['rect']): Excel.Range {
    return new FakeRange(this._context, `${this._path}.${member}()`, (b) => {
      const table = this._resolve(b);
      return table === null ? null : { sheet: table.sheet, rect: rectOf(table) };
    }) as unknown as Excel.Range;
  }

  getRange(): Excel.Range { return this._range('getRange', tableRect); }
  getHeaderRowRange(): Excel.Range { return this._range('getHeaderRowRange', headerRect); }
  getDataBodyRange(): Excel.Range { return this._range('getDataBodyRange', bodyRect); }

  get columns(): Excel.TableColumnCollection {
    return this._child('columns', () => new FakeTableColumnCollection(this._context, `${this._path}.columns`, this)) as unknown as Excel.TableColumnCollection;
  }

  get rows(): Excel.TableRowCollection {
    return this._child('rows', () => new FakeTableRowCollection(this._context, `${this._path}.rows`, this)) as unknown as Excel.TableRowCollection;
  }

  get worksheet(): Excel.Worksheet {
    return this._child('worksheet', () => new FakeWorksheet(this._context, `${this._path}.worksheet`, (b) => this._resolve(b)?.sheet ?? null)) as unknown as Excel.Worksheet;
  }

  delete(): void {
    this._call('delete', null, (table) => {
      checkEditable(table.sheet, 'Table.delete');
      deleteTable(this._state(), table);
    });
  }

  load(option?: LoadArgument): Excel.Table {
    return this._load(option) as unknown as Excel.Table;
  }
}

/** The workbook's tables (no sheet given) or one sheet's. */
export class FakeTableCollection extends FakeCollection<TableState, FakeTable>
  implements Pick<Excel.TableCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _sheet?: (batch: Batch) => SheetState | null) {
    super(context, path, 'TableCollection', (b) => {
      if (!_sheet) return context._host.state.tables;
      const sheet = _sheet(b);
      return sheet === null ? null : context._host.state.tablesOn(sheet);
    }, false);
  }

  get items(): Excel.Table[] {
    return this._items() as unknown as Excel.Table[];
  }

  protected _item(path: string, locate: LocateTable): FakeTable {
    return new FakeTable(this._context, path, locate);
  }

  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    let added: TableState | undefined;
    this._queue('add', { address, hasHeaders }, (b) => {
      const { sheet, rect } = this._source(address, b);
      checkEditable(sheet, 'TableCollection.add');
      added = createTable(this._state(), sheet, rect, hasHeaders, 'TableCollection.add');
    });
    return this._item(`${this._path}.add(${JSON.stringify(typeof address === 'string' ? address : 'range')})`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'Table');
      return added;
    }) as unknown as Excel.Table;
  }

  /** Where a new table goes: a range, an address on this sheet, or a `Sheet!A1:B2` (the active sheet when unqualified). */
  private _source(address: Excel.Range | string, batch: Batch): RangeEntity {
    const own = this._sheet?.(batch);
    if (own === null) throw officeError('InvalidObjectPath', undefined, 'TableCollection.add');
    if (address instanceof FakeRange) {
      const range = address._require(batch, 'TableCollection.add');
      if (own && range.sheet !== own) throw officeError('InvalidArgument', undefined, 'TableCollection.add');
      return range;
    }
    if (typeof address !== 'string') throw officeError('InvalidArgument', undefined, 'TableCollection.add');
    const { sheet: named, address: local } = splitSheet(address);
    const rect = parseRect(local, 'TableCollection.add');
    const state = this._state();
    if (named !== undefined) {
      const sheet = state.findSheet(named);
      if (!sheet || (own && sheet !== own)) throw officeError('InvalidArgument', undefined, 'TableCollection.add');
      return { sheet, rect };
    }
    return { sheet: own ?? state.requireActive(), rect };
  }

  getItem(key: string): Excel.Table {
    return this._lookup('getItem', key, (tables) => tables.find((t) => sameName(t.name, key) || String(t.id) === key)) as unknown as Excel.Table;
  }

  getItemOrNullObject(key: string): Excel.Table {
    return this._lookupOrNull('getItemOrNullObject', key, (tables) => tables.find((t) => sameName(t.name, key) || String(t.id) === key)) as unknown as Excel.Table;
  }

  load(option?: LoadArgument): Excel.TableCollection {
    return this._load(option) as unknown as Excel.TableCollection;
  }
}

type LocateColumn = (batch: Batch) => TableColumnState | null;

function tableOf(state: FakeWorkbookState, column: TableColumnState): TableState | undefined {
  return state.tables.find((t) => t.columns.includes(column));
}

export class FakeTableColumn extends FakeObject<TableColumnState>
  implements Pick<Excel.TableColumn, 'name' | 'index' | 'id' | 'getDataBodyRange' | 'getHeaderRowRange' | 'getRange' | 'delete' | 'load'> {
  constructor(context: FakeRequestContext, path: string, locate: LocateColumn) {
    super(context, path, 'TableColumn', locate);
  }

  protected override _alive(column: TableColumnState): boolean {
    return tableOf(this._state(), column) !== undefined;
  }

  protected _readers() {
    return {
      name: (c: TableColumnState) => c.name,
      id: (c: TableColumnState) => c.id,
      index: (c: TableColumnState) => tableOf(this._state(), c)?.columns.indexOf(c) ?? -1,
    };
  }

  get id(): number { return this._read('id'); }
  get index(): number { return this._read('index'); }
  get name(): string { return this._read('name'); }

  set name(name: string) {
    this._set('name', name, (column) => {
      const table = tableOf(this._state(), column) as TableState;
      checkEditable(table.sheet, 'TableColumn.name');
      const header = columnRect(table, table.columns.indexOf(column), 'header');
      table.sheet.cells.set(rectAddress(header), { ...table.sheet.cells.get(rectAddress(header)), value: name });
      syncHeaders(table);
    });
  }

  private _range(member: string, part: 'all' | 'header' | 'body'): Excel.Range {
    return new FakeRange(this._context, `${this._path}.${member}()`, (b) => {
      const column = this._resolve(b);
      const table = column && tableOf(this._state(), column);
      return table && column ? { sheet: table.sheet, rect: columnRect(table, table.columns.indexOf(column), part) } : null;
    }) as unknown as Excel.Range;
  }

  getRange(): Excel.Range { return this._range('getRange', 'all'); }
  getHeaderRowRange(): Excel.Range { return this._range('getHeaderRowRange', 'header'); }
  getDataBodyRange(): Excel.Range { return this._range('getDataBodyRange', 'body'); }

  delete(): void {
    this._call('delete', null, (column) => {
      const table = tableOf(this._state(), column) as TableState;
      checkEditable(table.sheet, 'TableColumn.delete');
      if (table.columns.length === 1) throw officeError('InvalidOperation', undefined, 'TableColumn.delete');
      const rect = columnRect(table, table.columns.indexOf(column), 'all');
      const whole = tableRect(table);
      table.columns = table.columns.filter((c) => c !== column);
      table.address = rectAddress({ ...whole, right: whole.right - 1 });
      shiftLeft(table.sheet, rect);
    });
  }

  load(option?: LoadArgument): Excel.TableColumn {
    return this._load(option) as unknown as Excel.TableColumn;
  }
}

/** Cells of a deleted table column go; the table's cells to its right move left. */
function shiftLeft(sheet: SheetState, rect: RangeEntity['rect']): void {
  const moved = new Map(sheet.cells);
  for (const key of sheet.cells.keys()) {
    const cell = parseRect(key, 'TableColumn.delete');
    if (cell.top >= rect.top && cell.top <= rect.bottom && cell.left >= rect.left) moved.delete(key);
  }
  for (const [key, value] of sheet.cells) {
    const cell = parseRect(key, 'TableColumn.delete');
    if (cell.top >= rect.top && cell.top <= rect.bottom && cell.left > rect.left) moved.set(rectAddress({ ...cell, left: cell.left - 1, right: cell.left - 1 }), value);
  }
  sheet.cells = moved;
}

export class FakeTableColumnCollection extends FakeCollection<TableColumnState, FakeTableColumn>
  implements Pick<Excel.TableColumnCollection, 'add' | 'getItem' | 'getItemAt' | 'getItemOrNullObject' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _table: FakeTable) {
    super(context, path, 'TableColumnCollection', (b) => _table._resolve(b)?.columns ?? null, false);
  }

  get items(): Excel.TableColumn[] {
    return this._items() as unknown as Excel.TableColumn[];
  }

  protected _item(path: string, locate: LocateColumn): FakeTableColumn {
    return new FakeTableColumn(this._context, path, locate);
  }

  /** Values include the header row; `name` overrides the header. At the end when index is absent. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, name?: string): Excel.TableColumn {
    let added: TableColumnState | undefined;
    this._queue('add', { index: index ?? null, values: values ?? null, name: name ?? null }, (b) => {
      const table = this._table._require(b, 'TableColumnCollection.add');
      checkEditable(table.sheet, 'TableColumnCollection.add');
      const at = addColumn(this._state(), table, index, values, name, 'TableColumnCollection.add');
      added = table.columns[at];
      this._host().changed(table.sheet, rectAddress(columnRect(table, at, 'all')), 'ColumnInserted', 'ThisLocalAddin');
    });
    return this._item(`${this._path}.add()`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'TableColumn');
      return added;
    }) as unknown as Excel.TableColumn;
  }

  getItem(key: number | string): Excel.TableColumn {
    return this._lookup('getItem', String(key), (columns) => findColumn(columns, key)) as unknown as Excel.TableColumn;
  }

  getItemAt(index: number): Excel.TableColumn {
    return this._lookup('getItemAt', String(index), (columns) => columns[index]) as unknown as Excel.TableColumn;
  }

  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this._lookupOrNull('getItemOrNullObject', String(key), (columns) => findColumn(columns, key)) as unknown as Excel.TableColumn;
  }

  load(option?: LoadArgument): Excel.TableColumnCollection {
    return this._load(option) as unknown as Excel.TableColumnCollection;
  }
}

/** By name (ignoring case) or by id. */
function findColumn(columns: TableColumnState[], key: number | string): TableColumnState | undefined {
  return columns.find((c) => (typeof key === 'number' ? c.id === key : sameName(c.name, key) || String(c.id) === key));
}

interface RowEntity {
  table: TableState;
  index: number;
}

export class FakeTableRow extends FakeObject<RowEntity> implements Pick<Excel.TableRow, 'index' | 'values' | 'getRange' | 'load'> {
  protected _readers() {
    return {
      index: (r: RowEntity) => r.index,
      values: (r: RowEntity) => {
        const body = bodyRect(r.table);
        return readValues(r.table.sheet, { ...body, top: body.top + r.index, bottom: body.top + r.index });
      },
    };
  }

  get index(): number { return this._read('index'); }
  get values(): any[][] { return this._read('values'); } // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js types it so

  getRange(): Excel.Range {
    return new FakeRange(this._context, `${this._path}.getRange()`, (b) => {
      const row = this._resolve(b);
      if (!row) return null;
      const body = bodyRect(row.table);
      return { sheet: row.table.sheet, rect: { ...body, top: body.top + row.index, bottom: body.top + row.index } };
    }) as unknown as Excel.Range;
  }

  load(option?: LoadArgument): Excel.TableRow {
    return this._load(option) as unknown as Excel.TableRow;
  }
}

export class FakeTableRowCollection extends FakeCollection<RowEntity, FakeTableRow>
  implements Pick<Excel.TableRowCollection, 'add' | 'getCount' | 'items' | 'load'> {
  constructor(context: FakeRequestContext, path: string, private readonly _table: FakeTable) {
    super(context, path, 'TableRowCollection', (b) => {
      const table = _table._resolve(b);
      return table === null ? null : Array.from({ length: rowCount(bodyRect(table)) }, (_, index) => ({ table, index }));
    }, false);
  }

  get items(): Excel.TableRow[] {
    return this._items() as unknown as Excel.TableRow[];
  }

  protected _item(path: string, locate: (batch: Batch) => RowEntity | null): FakeTableRow {
    return new FakeTableRow(this._context, path, 'TableRow', locate);
  }

  /** New data rows at `index` (at the end when absent); calculated columns fill themselves. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, alwaysInsert?: boolean): Excel.TableRow {
    let added: RowEntity | undefined;
    this._queue('add', { index: index ?? null, values: values ?? null, alwaysInsert: alwaysInsert ?? null }, (b) => {
      const table = this._table._require(b, 'TableRowCollection.add');
      checkEditable(table.sheet, 'TableRowCollection.add');
      this._host().session.risky(`TableRowCollection.add on ${table.name}`);
      const inserted = addRows(this._state(), table, index, values, 'TableRowCollection.add');
      added = { table, index: inserted.top - bodyRect(table).top };
      this._host().changed(table.sheet, rectAddress(inserted), 'RowInserted', 'ThisLocalAddin');
    });
    return this._item(`${this._path}.add()`, () => {
      if (!added) throw officeError('InvalidObjectPath', undefined, 'TableRow');
      return added;
    }) as unknown as Excel.TableRow;
  }

  load(option?: LoadArgument): Excel.TableRowCollection {
    return this._load(option) as unknown as Excel.TableRowCollection;
  }
}
