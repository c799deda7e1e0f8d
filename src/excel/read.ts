/**
 * Read: one sync recalculates what is dirty and loads every declared table (wherever it is now, with values, formulas and value
 * types, whether it shows a Total Row or no header row, and the rows just below it), the name, sheet
 * and headers of every other table (one of ours a person renamed), the named cells, the lists and
 * the properties, and returns the same WorkbookData the file host reads, so the checks run on it unchanged.
 *
 * Excel on the web refuses a response over 5 MB, and a cell's text may be up to 32,767
 * characters, so reads are sized by the bytes that came back, not by a guess per cell: the first
 * sync loads each table's first rows (enough for any ordinary workbook); a table longer than that
 * is read on in blocks, one sync each, each sized from the largest row read so far to stay under
 * 4 MB. A block Excel still refuses as too large (longer text further down) is read again in
 * halves; if even the first sync is refused, it is made again without the first rows.
 */
import { isEmptyCell, ROWS_READ_BELOW, type CellData, type NamedCell, type RawValue, type TableData, type WorkbookData } from '../data/workbook-data';
import { cellAddress, columnNumber } from '../schema/address';
import { allLists } from '../schema/lists';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import type { WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';

const RANGE_PROPERTIES = 'address, values, formulas, valueTypes';

/** Cells of each table loaded in the first sync: seven ordinary tables together stay far under 4 MB. */
export const FIRST_READ_CELLS = 4000;
/** What one later block of rows may bring back, under Excel on the web's 5 MB. */
export const BLOCK_RESPONSE_BYTES = 3 * 1024 * 1024;

/** Excel's code for a request or response over its payload limit. */
const TOO_LARGE = 'RequestPayloadSizeLimitExceeded';
const isTooLarge = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === TOO_LARGE;

interface LoadedRows {
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

export async function readWorkbook(context: Excel.RequestContext, schema: WorkbookSchema): Promise<WorkbookData> {
  try {
    let first: FirstRead;
    try {
      first = queueFirstRead(context, schema, true);
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      first = queueFirstRead(context, schema, false);
      await context.sync();
    }
    const { sheets, tables, allTables, namedCells, lists, version, id } = first;

    const present = tables.filter((t) => !t.found.isNullObject);
    const read: TableData[] = [];
    for (const { found, whole, firstRows, below } of present) {
      const layout = { ...(found.showTotals ? { totalsRow: true } : {}), ...(found.showHeaders ? {} : { noHeaderRow: true }) };
      if (!found.showHeaders) {
        // Without a header row no column can be found by its header; the checks report the table instead.
        read.push({ name: found.name, sheet: splitAddress(whole.address).sheet, headerRow: splitAddress(whole.address).row, columns: [], rows: [], ...layout });
        continue;
      }
      const rows = await wholeTable(context, whole, firstRows);
      // The Total Row is the range's last row; it holds totals, not entries.
      if (found.showTotals) for (const part of [rows.values, rows.formulas, rows.valueTypes]) part.splice(whole.rowCount - 1);
      const data = tableData(found.name, whole.address, rows);
      read.push({ ...data, below: rowsBelow(data.columns, below), ...layout });
    }
    const declared = new Set(schema.tables.map((p) => p.table.name.toLowerCase()));
    return {
      sheets: sheets.items.map((s) => s.name),
      tables: Object.fromEntries(read.map((t) => [t.name, t])),
      otherTables: allTables.items.filter((t) => !declared.has(t.name.toLowerCase()))
        .map((t) => ({ name: t.name, sheet: t.worksheet.name, headers: t.columns.items.map((c) => c.name) })),
      names: Object.fromEntries(namedCells.filter((n) => !n.range.isNullObject).map((n) => [n.name, namedCell(n.range)])),
      lists: Object.fromEntries(lists.filter((l) => !l.range.isNullObject).map((l) => [l.name, listValues(l.range.values)])),
      templateVersion: version.isNullObject ? undefined : String(version.value),
      workbookId: id.isNullObject ? undefined : String(id.value),
    };
  } catch (error) {
    throw toHostError(error);
  }
}

type FirstRead = ReturnType<typeof queueFirstRead>;

/** What the first sync loads: every table's place and size (and its first rows, when `withRows`), names, lists, properties. */
function queueFirstRead(context: Excel.RequestContext, schema: WorkbookSchema, withRows: boolean) {
  // Writes under suspendApiCalculationUntilNextSync (create, repair, new client) leave formula
  // results stale until recalculated, "the developer's responsibility"; in the same request as the
  // loads, so no sync more, and cheap when nothing is dirty.
  context.application.calculate('Recalculate');
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = schema.tables.map(({ table }) => {
    const found = context.workbook.tables.getItemOrNullObject(table.name);
    found.load('name, showTotals, showHeaders');
    const rows = Math.max(1, Math.floor(FIRST_READ_CELLS / table.columns.length));
    const whole = found.getRange();
    return {
      found,
      whole: whole.load('address, rowCount, columnCount'),
      firstRows: withRows ? found.getHeaderRowRange().getResizedRange(rows, 0).load(RANGE_PROPERTIES) : undefined,
      below: whole.getLastRow().getOffsetRange(1, 0).getResizedRange(ROWS_READ_BELOW - 1, 0).load(RANGE_PROPERTIES),
    };
  });
  // Every table's name, sheet and headers: one of ours a person renamed is recognised by its headers.
  const allTables = context.workbook.tables.load('items/name, items/worksheet/name, items/columns/items/name');
  const namedCells = schema.cells.filter((c) => c.name).map((c) => ({
    name: c.name as string,
    range: context.workbook.names.getItemOrNullObject(c.name as string).getRangeOrNullObject().load(RANGE_PROPERTIES),
  }));
  const lists = allLists.map((list) => ({
    name: list.name,
    range: context.workbook.names.getItemOrNullObject(list.name).getRangeOrNullObject().load('values'),
  }));
  const version = context.workbook.properties.custom.getItemOrNullObject(PROPERTY_VERSION).load('value');
  const id = context.workbook.properties.custom.getItemOrNullObject(PROPERTY_WORKBOOK_ID).load('value');
  return { sheets, tables, allTables, namedCells, lists, version, id };
}

/** The bytes a row of loaded cells comes back as. */
function rowBytes(rows: LoadedRows, index: number): number {
  return JSON.stringify(rows.values[index]).length + JSON.stringify(rows.formulas[index]).length + JSON.stringify(rows.valueTypes[index]).length;
}

/**
 * The table's rows, header first: the rows the first sync loaded (cut to the table; the loaded
 * block may reach below it), then the rest in blocks of whole rows, one sync each, sized by the
 * largest row so far; a block refused as too large is asked for again in half the rows.
 */
async function wholeTable(context: Excel.RequestContext, whole: Excel.Range, first: Excel.Range | undefined): Promise<LoadedRows> {
  const rowCount = whole.rowCount;
  const loaded: LoadedRows = {
    values: first ? first.values.slice(0, rowCount) : [],
    formulas: first ? first.formulas.slice(0, rowCount) : [],
    valueTypes: first ? (first.valueTypes as string[][]).slice(0, rowCount) : [],
  };
  const { sheet, column, row } = splitAddress(whole.address);
  const lastColumn = column + whole.columnCount - 1;
  // Sized by data rows only (the header says nothing of them); until one has come back, the header and one row.
  let largestRow = loaded.values.reduce((most, _, i) => (i === 0 ? most : Math.max(most, rowBytes(loaded, i))), 0);
  let blockRows = largestRow > 0 ? Math.max(1, Math.floor(BLOCK_RESPONSE_BYTES / largestRow)) : loaded.values.length === 0 ? 2 : 1;
  for (let start = loaded.values.length; start < rowCount;) {
    const end = Math.min(rowCount, start + blockRows) - 1;
    const block = context.workbook.worksheets.getItem(sheet)
      .getRange(`${cellAddress(column, row + start)}:${cellAddress(lastColumn, row + end)}`).load(RANGE_PROPERTIES);
    try {
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || blockRows === 1) throw error;
      blockRows = Math.max(1, Math.floor(blockRows / 2));
      continue;
    }
    const from = loaded.values.length;
    loaded.values.push(...block.values);
    loaded.formulas.push(...block.formulas);
    loaded.valueTypes.push(...(block.valueTypes as string[][]));
    for (let i = Math.max(from, 1); i < loaded.values.length; i++) largestRow = Math.max(largestRow, rowBytes(loaded, i));
    blockRows = largestRow === 0 ? 1 : Math.max(1, Math.floor(BLOCK_RESPONSE_BYTES / largestRow));
    start = end + 1;
  }
  return loaded;
}

/** Table data from the table's rows, header row first, standing at `address`. */
function tableData(name: string, address: string, range: LoadedRows): TableData {
  const { sheet, column: firstColumn, row: headerRow } = splitAddress(address);
  const headers = (range.values[0] ?? []).map((h) => String(h));
  const columns = headers.map((header, i) => ({ header, column: firstColumn + i }));
  const rows = range.values.slice(1).map((values, r) => {
    const row = headerRow + 1 + r;
    const cells: Record<string, CellData> = {};
    columns.forEach(({ header, column }, c) => {
      cells[header] = cellData(cellAddress(column, row), values[c], range.formulas[r + 1][c], range.valueTypes[r + 1][c]);
    });
    return { row, cells };
  });
  return { name, sheet, headerRow, columns, rows };
}

/** The rows under a table down to the first empty one, by the header of the column above. */
function rowsBelow(columns: TableData['columns'], range: Excel.Range): NonNullable<TableData['below']> {
  const { column: firstColumn, row: firstRow } = splitAddress(range.address);
  const below: NonNullable<TableData['below']> = [];
  for (let r = 0; r < range.values.length; r++) {
    const row = firstRow + r;
    const cells: Record<string, CellData> = {};
    for (const { header, column } of columns) {
      const c = column - firstColumn;
      cells[header] = cellData(cellAddress(column, row), range.values[r][c], range.formulas[r][c], range.valueTypes[r][c]);
    }
    if (Object.values(cells).every(isEmptyCell)) break;
    below.push({ row, cells });
  }
  return below;
}

function namedCell(range: Excel.Range): NamedCell {
  const { sheet, column, row } = splitAddress(range.address);
  const cell = cellData(cellAddress(column, row), range.values[0][0], range.formulas[0][0], range.valueTypes[0][0]);
  return { sheet, address: cell.address, value: cell.value, ...(cell.formula !== undefined ? { formula: cell.formula } : {}) };
}

/** Office.js gives '' for an empty cell, error values as text with the Error type, formulas with '='. */
function cellData(address: string, value: unknown, formula: unknown, type: Excel.RangeValueType | string): CellData {
  const raw: RawValue = type === 'Error' ? { error: String(value) }
    : type === 'Empty' || value === '' || value === undefined ? null
      : typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  return isFormula ? { address, value: raw, formula: formula.slice(1) } : { address, value: raw };
}

function listValues(values: unknown[][]): Array<string | number> {
  return values.flat().filter((v): v is string | number => (typeof v === 'string' && v !== '') || typeof v === 'number');
}

/** `'My sheet'!A4:L64` → sheet `My sheet`, column 1, row 4. */
export function splitAddress(address: string): { sheet: string; column: number; row: number } {
  const bang = address.lastIndexOf('!');
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(bang + 1));
  return { sheet, column: match ? columnNumber(match[1]) : 1, row: match ? Number(match[2]) : 1 };
}
