/**
 * A1 addresses as Excel writes and reads them: rectangles of cells, whole rows and columns,
 * and sheet prefixes quoted only where Excel quotes them.
 */
import { columnLetter, columnNumber } from '../../../src/schema/address';
import { officeError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Zero-based, inclusive rows and columns. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;
const COLUMN = /^\$?([A-Z]{1,3})$/i;
const ROW = /^\$?(\d{1,7})$/;

/** Addresses already read: the property tests read the same few thousand addresses again and again. */
const parsed = new Map<string, Rect | undefined>();

/** `A1`, `A1:B2`, `A:C` or `4:4` (with or without `$`); undefined when it is not an address. */
export function tryParseRect(address: string): Rect | undefined {
  if (!parsed.has(address)) {
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(address, readRect(address));
  }
  const rect = parsed.get(address);
  return rect && { ...rect };
}

function readRect(address: string): Rect | undefined {
  const parts = address.trim().split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return undefined;
  const [first, last = first] = parts;
  const cells = [CELL.exec(first), CELL.exec(last)];
  if (cells[0] && cells[1]) {
    return normalise(Number(cells[0][2]) - 1, columnNumber(cells[0][1]) - 1, Number(cells[1][2]) - 1, columnNumber(cells[1][1]) - 1);
  }
  if (parts.length === 2) {
    const columns = [COLUMN.exec(first), COLUMN.exec(last)];
    if (columns[0] && columns[1]) return normalise(0, columnNumber(columns[0][1]) - 1, MAX_ROWS - 1, columnNumber(columns[1][1]) - 1);
    const rows = [ROW.exec(first), ROW.exec(last)];
    if (rows[0] && rows[1]) return normalise(Number(rows[0][1]) - 1, 0, Number(rows[1][1]) - 1, MAX_COLUMNS - 1);
  }
  return undefined;
}

function normalise(r1: number, c1: number, r2: number, c2: number): Rect | undefined {
  const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < MAX_ROWS && rect.right < MAX_COLUMNS ? rect : undefined;
}

export function parseRect(address: string, location: string): Rect {
  const rect = tryParseRect(address);
  if (!rect) throw officeError('InvalidArgument', `The address '${address}' is not a valid range address.`, location);
  return rect;
}

/** `Sheet1!A1:B2` or `'My sheet'!A1` split into the sheet name and the rest. */
export function splitSheet(reference: string): { sheet?: string; address: string } {
  const text = reference.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { address: text };
  const raw = text.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length > 1 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: text.slice(bang + 1) };
}

export const isWholeColumns = (rect: Rect): boolean => rect.top === 0 && rect.bottom === MAX_ROWS - 1;
export const isWholeRows = (rect: Rect): boolean => rect.left === 0 && rect.right === MAX_COLUMNS - 1;
/** Office.js returns no cell data for whole rows or columns and refuses to write it. */
export const isUnbounded = (rect: Rect): boolean => isWholeColumns(rect) || isWholeRows(rect);

/** Column letters by zero-based column, filled as they are asked for. */
const letters: string[] = [];

export function cellKey(row: number, column: number): string {
  return `${letters[column] ??= columnLetter(column + 1)}${row + 1}`;
}

export function parseCellKey(key: string): { row: number; column: number } {
  const match = CELL.exec(key);
  if (!match) throw new Error(`Not a cell address: ${key}`);
  return { row: Number(match[2]) - 1, column: columnNumber(match[1]) - 1 };
}

/** `A1:B2`, `A1`, `C:C` or `4:4` as Excel writes them; with `$` signs when absolute. */
export function rectAddress(rect: Rect, absolute = false): string {
  const $ = absolute ? '$' : '';
  if (isWholeColumns(rect) && !isWholeRows(rect)) {
    return `${$}${columnLetter(rect.left + 1)}:${$}${columnLetter(rect.right + 1)}`;
  }
  if (isWholeRows(rect)) return `${$}${rect.top + 1}:${$}${rect.bottom + 1}`;
  const start = `${$}${columnLetter(rect.left + 1)}${$}${rect.top + 1}`;
  const end = `${$}${columnLetter(rect.right + 1)}${$}${rect.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes a sheet name in a reference only when it would not read as a name on its own. */
export function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Z]{1,3}\d+$/i.test(sheet) && !/^R\d*C?\d*$/i.test(sheet)
    && !/^C\d*$/i.test(sheet) && !/^(TRUE|FALSE)$/i.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export function qualifiedAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${sheetPrefix(sheet)}${rectAddress(rect, absolute)}`;
}

export const rowCount = (rect: Rect): number => rect.bottom - rect.top + 1;
export const columnCount = (rect: Rect): number => rect.right - rect.left + 1;

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** What is left of `a` once `b` is taken out, as at most four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const parts: Rect[] = [];
  if (a.top < b.top) parts.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) parts.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) parts.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) parts.push({ top, bottom, left: b.right + 1, right: a.right });
  return parts;
}

/** Every cell of a bounded rectangle, row by row. */
export function* cellsOf(rect: Rect): Generator<{ row: number; column: number; key: string }> {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) yield { row, column, key: cellKey(row, column) };
  }
}

/** Rewrites references to a renamed sheet inside formula text, as Excel does. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const quoted = new RegExp(`'${escapeRegExp(from.replace(/'/g, "''"))}'!`, 'gi');
  const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'])${escapeRegExp(from)}!`, 'giu');
  return formula.replace(quoted, sheetPrefix(to)).replace(bare, (_match, before: string) => `${before}${sheetPrefix(to)}`);
}

/** Quotes around sheet names that need none are dropped, as Excel re-renders a formula it has parsed. */
export function normaliseSheetQuotes(formula: string): string {
  return formula.replace(/'((?:[^']|'')+)'!/g, (_match, name: string) => sheetPrefix(name.replace(/''/g, "'")));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
