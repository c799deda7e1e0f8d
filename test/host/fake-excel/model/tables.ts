/**
 * Tables as Excel keeps them: header cells and column names stay the same text, a formula filled
 * down a whole column becomes its calculated formula, and new rows get that formula.
 */
import { cellKey, columnCount, contains, intersects, parseCellKey, parseRect, rectAddress, rowCount, type Rect } from '../address';
import { officeError } from '../errors';
import { writeContents } from './cells';
import { checkNewIdentifier } from './names';
import { insertCells } from './shift';
import { tableRect, type CellState, type FakeWorkbookState, type SheetState, type TableState } from './state';
import { typedContent } from './typing';

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[0-8])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export function createTable(state: FakeWorkbookState, sheet: SheetState, rect: Rect, hasHeaders: boolean, location: string): TableState {
  if (state.tablesOn(sheet).some((t) => intersects(tableRect(t), rect))) {
    throw officeError('InvalidOperation', "A table can't overlap another table.", location);
  }
  let area = rect;
  if (!hasHeaders) {
    // Excel puts generated headers above the data and moves the data down a row.
    insertCells(state, sheet, { ...rect, bottom: rect.top }, 'rows', location);
    area = { ...rect, bottom: rect.bottom + 1 };
  } else if (rowCount(rect) === 1) {
    area = { ...rect, bottom: rect.bottom + 1 };
  }
  let n = state.tables.length + 1;
  while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`) || state.names.some((x) => x.name.toLowerCase() === `table${n}`)) n += 1;
  const table: TableState = {
    id: state.nextId(), name: `Table${n}`, sheet, address: rectAddress(area), style: 'TableStyleMedium2', showBandedRows: true,
    columns: Array.from({ length: columnCount(area) }, () => ({ id: state.nextId(), name: '' })),
  };
  state.tables.push(table);
  syncHeaders(table);
  return table;
}

export function headerRect(table: TableState): Rect {
  const rect = tableRect(table);
  return { ...rect, bottom: rect.top };
}

/** The data rows, the Total Row left out (Table.getDataBodyRange); a table always has at least one. */
export function bodyRect(table: TableState): Rect {
  const rect = tableRect(table);
  return { ...rect, top: rect.top + 1, bottom: table.showTotals ? rect.bottom - 1 : rect.bottom };
}

export function columnRect(table: TableState, index: number, part: 'all' | 'header' | 'body'): Rect {
  const rect = part === 'all' ? tableRect(table) : part === 'header' ? headerRect(table) : bodyRect(table);
  return { ...rect, left: rect.left + index, right: rect.left + index };
}

/** Header cells hold unique text; blanks become Column1, Column2 …; column names follow the cells. */
export function syncHeaders(table: TableState): void {
  const header = headerRect(table);
  const used = new Set<string>();
  table.columns.forEach((column, i) => {
    const key = cellKey(header.top, header.left + i);
    const cell = table.sheet.cells.get(key);
    const raw = cell?.value === null || cell?.value === undefined || cell.value === '' ? `Column${i + 1}` : String(cell.value);
    let name = raw;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${raw}${n}`;
    used.add(name.toLowerCase());
    column.name = name;
    const stored: CellState = { ...cell, value: name };
    delete stored.formula;
    delete stored.error;
    table.sheet.cells.set(key, stored);
  });
}

/**
 * After cells of `written` changed: grow a table that was written directly below, rename columns
 * whose header changed, and note calculated columns (only while the AutoCorrect option "Fill
 * formulas in tables to create calculated columns" is on, as Excel does).
 */
export function afterCellsWritten(state: FakeWorkbookState, sheet: SheetState, written: Rect): void {
  for (const table of state.tablesOn(sheet)) {
    growOver(state, table, written);
    if (intersects(headerRect(table), written)) syncHeaders(table);
    table.columns.forEach((column, i) => {
      const body = columnRect(table, i, 'body');
      if (!contains(written, body)) return;
      const formulas = new Set<string | undefined>();
      for (let row = body.top; row <= body.bottom; row++) formulas.add(sheet.cells.get(cellKey(row, body.left))?.formula);
      const [only] = [...formulas];
      if (formulas.size === 1 && only !== undefined && state.autoCorrect.fillFormulasInTables) column.calculatedFormula = only;
      else delete column.calculatedFormula;
    });
  }
}

/**
 * "Setting the Range values directly below the table automatically expands the table … The table
 * only automatically expands if data is present in the cells directly below the table" (Coauthoring
 * in Excel add-ins, learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins). The
 * rows taken in get the validations and highlights of the rows above, and, while AutoCorrect fills
 * formulas in tables, the calculated columns' formulas in cells left empty.
 */
function growOver(state: FakeWorkbookState, table: TableState, written: Rect): void {
  const before = tableRect(table);
  if (written.top !== before.bottom + 1 || written.left < before.left || written.right > before.right) return;
  const sheet = table.sheet;
  let last = before.bottom;
  for (let row = written.top; row <= written.bottom; row++) {
    let hasData = false;
    for (let column = before.left; column <= before.right && !hasData; column++) {
      const cell = sheet.cells.get(cellKey(row, column));
      hasData = cell !== undefined && (cell.value !== null || cell.formula !== undefined);
    }
    if (!hasData) break;
    last = row;
  }
  if (last === before.bottom) return;
  const count = last - before.bottom;
  table.address = rectAddress({ ...before, bottom: last });
  extendBelow(sheet, before, count);
  if (!state.autoCorrect.fillFormulasInTables) return;
  table.columns.forEach((column, i) => {
    if (!column.calculatedFormula) return;
    for (let row = before.bottom + 1; row <= last; row++) {
      const key = cellKey(row, before.left + i);
      const cell = sheet.cells.get(key);
      if (cell === undefined || (cell.value === null && cell.formula === undefined)) sheet.cells.set(key, { ...cell, value: null, formula: column.calculatedFormula });
    }
  });
}

export function renameTable(state: FakeWorkbookState, table: TableState, name: string, location: string): void {
  if (table.name === name) return;
  checkNewIdentifier(state, name, location, table);
  table.name = name;
}

export function setTableStyle(table: TableState, style: string, location: string): void {
  if (style !== '' && !TABLE_STYLE.test(style)) throw officeError('InvalidArgument', undefined, location);
  table.style = style;
}

/** TableRowCollection.add: rows inserted at `index` of the data (at the end when absent). */
export function addRows(state: FakeWorkbookState, table: TableState, index: number | undefined | null, values: unknown, location: string): Rect {
  const body = bodyRect(table);
  const at = index ?? rowCount(body);
  const rows = Array.isArray(values) ? values : [Array.from({ length: table.columns.length }, () => values ?? null)];
  if (!Number.isInteger(at) || at < 0 || at > rowCount(body) || rows.length === 0
    || rows.some((r) => !Array.isArray(r) || r.length !== table.columns.length)) {
    throw officeError('InvalidArgument', undefined, location);
  }
  const inserted: Rect = { top: body.top + at, bottom: body.top + at + rows.length - 1, left: body.left, right: body.right };
  const sheet = table.sheet;
  const before = tableRect(table);
  insertCells(state, sheet, inserted, 'rows', location);
  if (at === rowCount(body)) {
    table.address = rectAddress({ ...before, bottom: before.bottom + rows.length });
    extendBelow(sheet, before, rows.length);
  }
  const entries = (rows as unknown[][]).map((row) => row.map((entry, c) => {
    const formula = state.autoCorrect.fillFormulasInTables ? table.columns[c].calculatedFormula : undefined;
    return formula && (entry === null || entry === undefined || entry === '') ? formula : entry ?? null;
  }));
  writeContents(sheet, inserted, entries, location);
  return inserted;
}

/** Validations and highlights that reach a table's last row reach the rows added below it. */
function extendBelow(sheet: SheetState, before: Rect, count: number): void {
  const grows = (area: Rect) => area.bottom === before.bottom && area.left >= before.left && area.right <= before.right && area.top > before.top;
  sheet.dataValidations = sheet.dataValidations.map((v) => {
    const area = parseArea(v.address);
    return grows(area) ? { ...v, address: rectAddress({ ...area, bottom: area.bottom + count }) } : v;
  });
  for (const format of sheet.conditionalFormats) {
    format.address = format.address.split(',').map((a) => {
      const area = parseArea(a);
      return rectAddress(grows(area) ? { ...area, bottom: area.bottom + count } : area);
    }).join(',');
  }
}

function parseArea(address: string): Rect {
  return parseRect(address, 'Table');
}

/** TableColumnCollection.add: a column at `index` (at the end when absent); `values` include the header. */
export function addColumn(state: FakeWorkbookState, table: TableState, index: number | undefined | null, values: unknown,
  name: string | undefined, location: string): number {
  const rect = tableRect(table);
  const at = index ?? table.columns.length;
  if (!Number.isInteger(at) || at < 0 || at > table.columns.length) throw officeError('InvalidArgument', undefined, location);
  const column: Rect = { top: rect.top, bottom: rect.bottom, left: rect.left + at, right: rect.left + at };
  let entries: unknown[][] | undefined;
  if (values !== undefined && values !== null) {
    entries = Array.isArray(values) ? values as unknown[][] : Array.from({ length: rowCount(rect) }, () => [values]);
    if (entries.length !== rowCount(rect) || entries.some((r) => !Array.isArray(r) || r.length !== 1)) {
      throw officeError('InvalidArgument', undefined, location);
    }
    entries.forEach((r) => typedContent(r[0], location));
  }
  insertCells(state, table.sheet, column, 'columns', location);
  if (at === table.columns.length) table.address = rectAddress({ ...rect, right: rect.right + 1 });
  table.columns.splice(at, 0, { id: state.nextId(), name: '' });
  if (entries) writeContents(table.sheet, column, entries, location);
  if (name !== undefined) table.sheet.cells.set(cellKey(rect.top, column.left), { value: name });
  syncHeaders(table);
  return at;
}

/** Table.delete removes the table with its cells' contents and formats. */
export function deleteTable(state: FakeWorkbookState, table: TableState): void {
  const rect = tableRect(table);
  for (const key of [...table.sheet.cells.keys()]) {
    const { row, column } = parseCellKey(key);
    if (contains(rect, { top: row, bottom: row, left: column, right: column })) table.sheet.cells.delete(key);
  }
  state.tables = state.tables.filter((t) => t !== table);
}
