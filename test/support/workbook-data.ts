/**
 * WorkbookData as a freshly written workbook reads back, built in code so a test shows the
 * mistake it makes: start from `workbookDataFrom(...)`, then damage it the way a person would
 * (type over a cell, rename a sheet, delete or move a column, insert a row).
 * Every helper returns a new WorkbookData and leaves its input alone.
 */
import type { CellData, NamedCell, RawValue, TableData, WorkbookData } from '../../src/data/workbook-data';
import { cellAddress, parseCell } from '../../src/schema/address';
import type { Column } from '../../src/schema/columns';
import { isoToSerial } from '../../src/schema/dates';
import { allLists } from '../../src/schema/lists';
import { initialRows, type CellValue, type RowEntries } from '../../src/schema/rows';
import { TEMPLATE_VERSION } from '../../src/schema/version';
import { workbookSchema } from '../../src/schema/workbook';

export interface WorkbookEntries {
  /** Rows by table name, laid over the template's rows by position as the writer does. */
  rows?: Record<string, RowEntries[]>;
  /** Start details by the key of their input (`organisation`, `assessmentDate` …). */
  start?: Record<string, CellValue>;
  version?: string;
}

export interface WorkbookOptions {
  workbookId?: string;
}

/** A named cell with the formula a host reads for the Dashboard figures. */

/** A value as the writer stores it: dates as serial numbers, text as text, nothing for blanks. */
function stored(value: CellValue | undefined, column?: Column): RawValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && column?.type === 'date') return isoToSerial(value) ?? value;
  return value;
}

export function workbookDataFrom(entries: WorkbookEntries = {}, options: WorkbookOptions = {}): WorkbookData {
  const tables: Record<string, TableData> = {};
  for (const { table, headerRow, firstColumn } of workbookSchema.tables) {
    const columns = table.columns.map((c, i) => ({ header: c.header, column: firstColumn + i }));
    const rows = initialRows(table, entries.rows?.[table.name]).map((entry, r) => {
      const row = headerRow + 1 + r;
      const cells: Record<string, CellData> = {};
      table.columns.forEach((column, i) => {
        const address = cellAddress(firstColumn + i, row);
        cells[column.header] = column.formula
          ? { address, value: null, formula: table.formulas[column.key] }
          : { address, value: stored(entry[column.key], column) };
      });
      return { row, cells };
    });
    tables[table.name] = { name: table.name, sheet: table.sheet, headerRow, columns, rows };
  }
  const names: Record<string, NamedCell> = {};
  for (const cell of workbookSchema.cells) {
    if (!cell.name) continue;
    names[cell.name] = cell.formula
      ? { sheet: cell.sheet, address: cell.cell, value: null, formula: cell.formula }
      : { sheet: cell.sheet, address: cell.cell, value: cell.input ? stored(entries.start?.[cell.input.key], cell.input) : null };
  }
  return {
    sheets: workbookSchema.sheets.map((s) => s.name),
    tables,
    names,
    lists: Object.fromEntries(allLists.map((l) => [l.name, [...l.values]])),
    templateVersion: entries.version ?? TEMPLATE_VERSION,
    workbookId: options.workbookId ?? 'test-workbook',
  };
}

function copy(data: WorkbookData): WorkbookData {
  return structuredClone(data);
}

function tableIn(data: WorkbookData, name: string): TableData {
  const table = data.tables[name];
  if (!table) throw new Error(`The test workbook has no table ${name}.`);
  return table;
}

function headerOf(tableName: string, key: string): string {
  const declared = workbookSchema.tables.find((p) => p.table.name === tableName)?.table;
  if (!declared) throw new Error(`No table ${tableName} is declared.`);
  return declared.col(key).header;
}

function cellIn(table: TableData, header: string, index: number): CellData {
  const row = table.rows[index];
  const cell = row?.cells[header];
  if (!cell) throw new Error(`${table.name} has no ${header} cell on data row ${index}.`);
  return cell;
}

/** Types a value into a table cell (0 is the first data row); typing over a formula removes it. */
export function setCell(data: WorkbookData, tableName: string, key: string, index: number, value: RawValue): WorkbookData {
  const next = copy(data);
  const cell = cellIn(tableIn(next, tableName), headerOf(tableName, key), index);
  cell.value = value;
  delete cell.formula;
  return next;
}

/** Puts another formula into a table cell. */
export function setFormula(data: WorkbookData, tableName: string, key: string, index: number, formula: string): WorkbookData {
  const next = copy(data);
  cellIn(tableIn(next, tableName), headerOf(tableName, key), index).formula = formula;
  return next;
}

/** Types a value into a named cell such as Organisation or LifecycleStage; typing over a formula removes it. */
export function setNamed(data: WorkbookData, name: string, value: RawValue): WorkbookData {
  const next = copy(data);
  const cell = next.names[name] as NamedCell | undefined;
  if (!cell) throw new Error(`The test workbook has no cell named ${name}.`);
  cell.value = value;
  delete cell.formula;
  return next;
}

export function renameSheet(data: WorkbookData, from: string, to: string): WorkbookData {
  const next = copy(data);
  next.sheets = next.sheets.map((s) => (s === from ? to : s));
  for (const table of Object.values(next.tables)) if (table.sheet === from) table.sheet = to;
  for (const cell of Object.values(next.names)) if (cell.sheet === from) cell.sheet = to;
  return next;
}

export function removeTable(data: WorkbookData, tableName: string): WorkbookData {
  const next = copy(data);
  delete next.tables[tableName];
  return next;
}

/** Deletes a defined name, as Name Manager does; the cell stays but is no longer found by its name. */
export function removeName(data: WorkbookData, name: string): WorkbookData {
  const next = copy(data);
  delete next.names[name];
  return next;
}

/** Renames a table column's header, as a person editing the header cell does. */
export function renameColumn(data: WorkbookData, tableName: string, key: string, header: string): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  const old = headerOf(tableName, key);
  table.columns = table.columns.map((c) => (c.header === old ? { ...c, header } : c));
  for (const row of table.rows) {
    row.cells[header] = row.cells[old];
    delete row.cells[old];
  }
  return next;
}

/** Deletes a sheet column through the table: the columns to its right move one to the left. */
export function removeColumn(data: WorkbookData, tableName: string, key: string): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  const header = headerOf(tableName, key);
  const gone = table.columns.find((c) => c.header === header);
  if (!gone) throw new Error(`${tableName} has no ${header} column.`);
  table.columns = table.columns.filter((c) => c !== gone);
  for (const row of table.rows) delete row.cells[header];
  return placeColumns(next, tableName, table.columns.map((c) => c.header));
}

/** Drags a column to another position in the table (0 is the first). */
export function moveColumn(data: WorkbookData, tableName: string, key: string, toIndex: number): WorkbookData {
  const table = tableIn(data, tableName);
  const header = headerOf(tableName, key);
  const order = table.columns.map((c) => c.header).filter((h) => h !== header);
  order.splice(toIndex, 0, header);
  return placeColumns(data, tableName, order);
}

/** Lays the headers out from the table's first column in the given order, moving each cell with its column. */
function placeColumns(data: WorkbookData, tableName: string, order: string[]): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  const first = Math.min(...table.columns.map((c) => c.column));
  table.columns = order.map((header, i) => ({ header, column: first + i }));
  for (const row of table.rows) {
    for (const { header, column } of table.columns) {
      const cell = row.cells[header];
      if (cell) cell.address = cellAddress(column, row.row);
    }
  }
  return next;
}

/**
 * Inserts a table row before data row `index`, as "Insert table row above" does: the rows below
 * move down one, and calculated columns fill the new row with their formula.
 */
export function insertRow(data: WorkbookData, tableName: string, index: number, values: Record<string, RawValue> = {}): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  const declared = workbookSchema.tables.find((p) => p.table.name === tableName)?.table;
  const at = table.rows[index]?.row ?? table.headerRow + 1 + table.rows.length;
  for (const row of table.rows.slice(index)) {
    row.row += 1;
    for (const cell of Object.values(row.cells)) cell.address = cellAddress(parseCell(cell.address).column, row.row);
  }
  const cells: Record<string, CellData> = {};
  for (const { header, column } of table.columns) {
    const declaredColumn = declared?.columns.find((c) => c.header === header);
    const key = declaredColumn?.key;
    const formula = declaredColumn?.formula && key ? declared?.formulas[key] : undefined;
    cells[header] = formula
      ? { address: cellAddress(column, at), value: null, formula }
      : { address: cellAddress(column, at), value: key !== undefined && key in values ? values[key] : null };
  }
  table.rows.splice(index, 0, { row: at, cells });
  return next;
}

/** Deletes data row `index` of a table, as "Delete table rows" does: the rows below move up one. */
export function removeRow(data: WorkbookData, tableName: string, index: number): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  if (!table.rows[index]) throw new Error(`${tableName} has no data row ${index}.`);
  table.rows.splice(index, 1);
  for (const row of table.rows.slice(index)) {
    row.row -= 1;
    for (const cell of Object.values(row.cells)) cell.address = cellAddress(parseCell(cell.address).column, row.row);
  }
  return next;
}

/**
 * Renames a table under Table Design: it is no longer found by its name, and a host lists it with
 * the other tables that are none of ours by name.
 */
export function renameTable(data: WorkbookData, from: string, to: string): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, from);
  delete next.tables[from];
  next.otherTables = [...(next.otherTables ?? []), { name: to, sheet: table.sheet, headers: table.columns.map((c) => c.header) }];
  return next;
}

/** Adds a table of the person's own, listed as a host lists tables that are none of ours by name. */
export function addOwnTable(data: WorkbookData, name: string, sheet: string, headers: string[]): WorkbookData {
  const next = copy(data);
  next.otherTables = [...(next.otherTables ?? []), { name, sheet, headers }];
  return next;
}

/**
 * Types entries into the rows just below a table that did not grow to take them in (pasted, or
 * typed where AutoCorrect does not expand tables): one record per row, by column key.
 */
export function typeBelow(data: WorkbookData, tableName: string, rows: Array<Record<string, RawValue>>): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  const last = table.rows.length > 0 ? table.rows[table.rows.length - 1].row : table.headerRow;
  table.below = rows.map((values, i) => {
    const row = last + 1 + i;
    const cells: Record<string, CellData> = {};
    for (const { header, column } of table.columns) cells[header] = { address: cellAddress(column, row), value: null };
    for (const [key, value] of Object.entries(values)) cells[headerOf(tableName, key)].value = value;
    return { row, cells };
  });
  return next;
}

/** Turns Table Design > Total Row on: the last row holds totals, and a host leaves it out of the rows. */
export function showTotalRow(data: WorkbookData, tableName: string): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  table.rows = table.rows.slice(0, -1);
  table.totalsRow = true;
  return next;
}

/** Turns Table Design > Header Row off: a host finds no column by its header and reads no rows. */
export function hideHeaderRow(data: WorkbookData, tableName: string): WorkbookData {
  const next = copy(data);
  const table = tableIn(next, tableName);
  table.rows = [];
  table.noHeaderRow = true;
  return next;
}
