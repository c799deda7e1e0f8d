/**
 * Reading and writing the cells of a rectangle the way Office.js's Range does: 2-D arrays of
 * exactly the range's shape (or one value for every cell), `null` entries left alone, and
 * non-uniform formats read back as null.
 */
import { cellKey, cellsOf, columnCount, isUnbounded, isWholeColumns, isWholeRows, parseCellKey, rowCount, type Rect } from '../address';
import { columnLetter } from '../../../../src/schema/address';
import { notModelled, officeError } from '../errors';
import type { CellBorder, CellEdge, CellFormat, CellState, CellValue, SheetState } from './state';
import { typedContent } from './typing';

export const SHAPE_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export const FORMAT_DEFAULTS: Required<CellFormat> = {
  bold: false, italic: false, fontColor: '#000000', fontSize: 11, fillColor: '#FFFFFF', horizontalAlignment: 'General', verticalAlignment: 'Bottom',
  wrapText: false, borders: {},
};

/** What RangeBorder reads on an edge no border was drawn on. */
export const BORDER_DEFAULTS: CellBorder = { style: 'None', weight: 'Thin', color: '#000000' };

/** An outer edge, or the lines between the rows of a range. */
export type BorderItem = CellEdge | 'InsideHorizontal';

/**
 * The cells along one edge of a rectangle: EdgeBottom of A1:C3 is the bottom edge of A3:C3. The
 * lines between rows (InsideHorizontal) are kept as the bottom edge of every row but the last,
 * which is how a file stores the same lines; a single row has none, and Excel ignores it there.
 */
function edgeCells(rect: Rect, edge: BorderItem): { rect: Rect; edge: CellEdge } | undefined {
  switch (edge) {
    case 'EdgeTop': return { rect: { ...rect, bottom: rect.top }, edge };
    case 'EdgeBottom': return { rect: { ...rect, top: rect.bottom }, edge };
    case 'EdgeLeft': return { rect: { ...rect, right: rect.left }, edge };
    case 'EdgeRight': return { rect: { ...rect, left: rect.right }, edge };
    case 'InsideHorizontal': return rect.bottom > rect.top ? { rect: { ...rect, bottom: rect.bottom - 1 }, edge: 'EdgeBottom' } : undefined;
  }
}

/** One property of the border on an edge of the range, or null when its cells differ. */
export function readBorder<K extends keyof CellBorder>(sheet: SheetState, rect: Rect, item: BorderItem, key: K, location: string): CellBorder[K] | null {
  if (isUnbounded(rect)) throw notModelled(`cell formats of whole rows or columns (${location})`);
  const along = edgeCells(rect, item);
  if (!along) return BORDER_DEFAULTS[key];
  let seen: CellBorder[K] | undefined;
  for (const { key: cell } of cellsOf(along.rect)) {
    const value = sheet.cells.get(cell)?.format?.borders?.[along.edge]?.[key] ?? BORDER_DEFAULTS[key];
    if (seen !== undefined && seen !== value) return null;
    seen = value;
  }
  return seen ?? null;
}

export function writeBorder<K extends keyof CellBorder>(sheet: SheetState, rect: Rect, item: BorderItem, key: K, value: CellBorder[K], location: string): void {
  if (isUnbounded(rect)) throw notModelled(`cell formats of whole rows or columns (${location})`);
  const along = edgeCells(rect, item);
  if (!along) return;
  const edge = along.edge;
  for (const { key: cell } of cellsOf(along.rect)) {
    const state = sheet.cells.get(cell) ?? { value: null };
    const borders = state.format?.borders ?? {};
    state.format = { ...state.format, borders: { ...borders, [edge]: { ...BORDER_DEFAULTS, ...borders[edge], [key]: value } } };
    store(sheet, cell, state);
  }
}

/** Calls `write` with each cell and its entry; one non-array value is written to every cell. */
export function eachEntry(rect: Rect, input: unknown, location: string, write: (key: string, entry: unknown) => void): void {
  if (isUnbounded(rect)) throw officeError('InvalidArgument', 'Cell data cannot be written to whole rows or columns.', location);
  if (!Array.isArray(input)) {
    for (const { key } of cellsOf(rect)) write(key, input);
    return;
  }
  const rows = rowCount(rect);
  const columns = columnCount(rect);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw officeError('InvalidArgument', SHAPE_MISMATCH, location);
  }
  for (const { row, column, key } of cellsOf(rect)) write(key, (input as unknown[][])[row - rect.top][column - rect.left]);
}

/** Values or formulas written as typing: validates the whole input before changing any cell. */
export function writeContents(sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  const changes: Array<[string, ReturnType<typeof typedContent>]> = [];
  eachEntry(rect, input, location, (key, entry) => changes.push([key, typedContent(entry, location)]));
  for (const [key, content] of changes) {
    const existing = sheet.cells.get(key);
    if (content.kind === 'skip') continue;
    if (content.kind === 'clear') {
      if (existing) keepFormatting(sheet, key, existing);
      continue;
    }
    const numberFormat = content.numberFormat && (existing?.numberFormat ?? 'General') === 'General' ? content.numberFormat : existing?.numberFormat;
    sheet.cells.set(key, { ...content.cell, ...(numberFormat ? { numberFormat } : {}), ...(existing?.format ? { format: existing.format } : {}) });
  }
}

export function writeNumberFormat(sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  const changes: Array<[string, string | null]> = [];
  eachEntry(rect, input, location, (key, entry) => {
    if (entry !== null && typeof entry !== 'string') throw officeError('InvalidArgument', undefined, location);
    changes.push([key, entry]);
  });
  for (const [key, format] of changes) {
    if (format === null) continue;
    const cell = sheet.cells.get(key) ?? { value: null };
    if (format === '' || format === 'General') delete cell.numberFormat;
    else cell.numberFormat = format;
    store(sheet, key, cell);
  }
}

/** Office.js gives '' for an empty cell; a formula the fake has no cached result for reads null. */
export function readValues(sheet: SheetState, rect: Rect): CellValue[][] | null {
  return matrix(sheet, rect, (cell) => (cell === undefined || (cell.value === null && !cell.formula) ? '' : cell.value));
}

export function readFormulas(sheet: SheetState, rect: Rect): CellValue[][] | null {
  return matrix(sheet, rect, (cell) => cell?.formula ?? (cell === undefined || cell.value === null ? '' : cell.value));
}

export function readValueTypes(sheet: SheetState, rect: Rect): string[][] | null {
  return matrix(sheet, rect, (cell) => {
    if (cell === undefined || cell.value === null) return 'Empty';
    if (cell.error) return 'Error';
    return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
  });
}

export function readNumberFormat(sheet: SheetState, rect: Rect): string[][] | null {
  return matrix(sheet, rect, (cell) => cell?.numberFormat ?? 'General');
}

function matrix<T>(sheet: SheetState, rect: Rect, read: (cell: CellState | undefined) => T): T[][] | null {
  if (isUnbounded(rect)) return null;
  return Array.from({ length: rowCount(rect) }, (_, r) => Array.from({ length: columnCount(rect) },
    (_c, c) => read(sheet.cells.get(cellKey(rect.top + r, rect.left + c)))));
}

/** One format property of every cell, or null when the cells differ (as Office.js reports it). */
export function readFormat<K extends keyof CellFormat>(sheet: SheetState, rect: Rect, key: K, location: string): Required<CellFormat>[K] | null {
  if (isUnbounded(rect)) throw notModelled(`cell formats of whole rows or columns (${location})`);
  let seen: Required<CellFormat>[K] | undefined;
  for (const { key: cell } of cellsOf(rect)) {
    const value = sheet.cells.get(cell)?.format?.[key] ?? FORMAT_DEFAULTS[key];
    if (seen !== undefined && seen !== value) return null;
    seen = value as Required<CellFormat>[K];
  }
  return seen ?? null;
}

export function writeFormat<K extends keyof CellFormat>(sheet: SheetState, rect: Rect, key: K, value: CellFormat[K], location: string): void {
  if (isUnbounded(rect)) throw notModelled(`cell formats of whole rows or columns (${location})`);
  for (const { key: cell } of cellsOf(rect)) {
    const state = sheet.cells.get(cell) ?? { value: null };
    state.format = { ...state.format, [key]: value };
    store(sheet, cell, state);
  }
}

export function readColumnWidth(sheet: SheetState, rect: Rect): number | null {
  const widths = new Set<number>();
  let explicit = 0;
  for (const [letter, width] of Object.entries(sheet.columnWidths)) {
    const column = parseCellKey(`${letter}1`).column;
    if (column >= rect.left && column <= rect.right) {
      widths.add(width);
      explicit += 1;
    }
  }
  if (explicit < columnCount(rect)) widths.add(sheet.standardWidth);
  return widths.size === 1 ? [...widths][0] : null;
}

export function writeColumnWidth(sheet: SheetState, rect: Rect, width: number): void {
  if (isWholeRows(rect)) {
    sheet.standardWidth = width;
    sheet.columnWidths = {};
    return;
  }
  for (let column = rect.left; column <= rect.right; column++) sheet.columnWidths[columnLetter(column + 1)] = width;
}

export function readRowHeight(sheet: SheetState, rect: Rect): number | null {
  const heights = new Set<number>();
  let explicit = 0;
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    if (Number(row) - 1 >= rect.top && Number(row) - 1 <= rect.bottom) {
      heights.add(height);
      explicit += 1;
    }
  }
  if (explicit < rowCount(rect)) heights.add(sheet.standardHeight);
  return heights.size === 1 ? [...heights][0] : null;
}

export function writeRowHeight(sheet: SheetState, rect: Rect, height: number): void {
  if (isWholeColumns(rect)) {
    sheet.standardHeight = height;
    sheet.rowHeights = {};
    return;
  }
  for (let row = rect.top; row <= rect.bottom; row++) sheet.rowHeights[row + 1] = height;
}

export type ClearWhat = 'All' | 'Formats' | 'Contents';

/** Range.clear: contents, formats (number formats included) or both. */
export function clearCells(sheet: SheetState, rect: Rect, what: ClearWhat): void {
  for (const [key, cell] of [...sheet.cells]) {
    const { row, column } = parseCellKey(key);
    if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
    if (what === 'All') sheet.cells.delete(key);
    else if (what === 'Contents') keepFormatting(sheet, key, cell);
    else if (cell.value === null && !cell.formula) sheet.cells.delete(key);
    else sheet.cells.set(key, { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}), ...(cell.error ? { error: true } : {}) });
  }
}

function keepFormatting(sheet: SheetState, key: string, cell: CellState): void {
  store(sheet, key, { value: null, ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}), ...(cell.format ? { format: cell.format } : {}) });
}

/** Keeps the map sparse: a cell with nothing in it is no entry at all. */
function store(sheet: SheetState, key: string, cell: CellState): void {
  const empty = cell.value === null && !cell.formula && !cell.numberFormat && (!cell.format || Object.keys(cell.format).length === 0);
  if (empty) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

/** `#abc` → `#AABBCC`, `red` → `#FF0000`, as Excel gives colours back. */
export function normaliseColour(colour: unknown, location: string): string {
  const named: Record<string, string> = {
    black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00',
    orange: '#FFA500', purple: '#800080', gray: '#808080', grey: '#808080',
  };
  if (typeof colour !== 'string') throw officeError('InvalidArgument', undefined, location);
  const text = colour.trim();
  if (named[text.toLowerCase()]) return named[text.toLowerCase()];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  throw officeError('InvalidArgument', undefined, location);
}
