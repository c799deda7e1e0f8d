/**
 * Inserting and deleting cells: the cells below (or to the right) move, and so do the tables,
 * validations, highlights and named ranges that lie wholly in the moving band. Anything the
 * band cuts through is refused, by Excel for tables and by the fake for the rest.
 */
import { columnLetter } from '../../../../src/schema/address';
import {
  cellKey, isWholeColumns, isWholeRows, MAX_COLUMNS, MAX_ROWS, parseCellKey, parseRect, rectAddress, splitSheet, tryParseRect, type Rect,
} from '../address';
import { notModelled, officeError } from '../errors';
import { sameName, tableRect, type CellState, type FakeWorkbookState, type SheetState } from './state';

/** `rows`: cells move down or up; `columns`: right or left. */
export type Axis = 'rows' | 'columns';

type Moved = Rect | 'removed' | 'cut';

const flip = (r: Rect): Rect => ({ top: r.left, left: r.top, bottom: r.right, right: r.bottom });

export function insertCells(state: FakeWorkbookState, sheet: SheetState, rect: Rect, axis: Axis, location: string): void {
  const along = axis === 'rows' ? rect : flip(rect);
  const count = along.bottom - along.top + 1;
  const limit = axis === 'rows' ? MAX_ROWS : MAX_COLUMNS;
  moveCells(sheet, axis, along, (main) => (main >= along.top ? main + count : main), limit, location);
  moveEntities(state, sheet, axis, location, (r) => {
    if (r.right < along.left || r.left > along.right || r.bottom < along.top) return r;
    if (r.left < along.left || r.right > along.right) return 'cut';
    return r.top >= along.top ? { ...r, top: r.top + count, bottom: r.bottom + count } : { ...r, bottom: r.bottom + count };
  });
  if (axis === 'rows' && isWholeRows(rect)) sheet.rowHeights = shiftKeys(sheet.rowHeights, (row) => (row - 1 >= rect.top ? row + count : row));
  if (axis === 'columns' && isWholeColumns(rect)) sheet.columnWidths = shiftLetters(sheet.columnWidths, (c) => (c >= rect.left ? c + count : c));
}

export function deleteCells(state: FakeWorkbookState, sheet: SheetState, rect: Rect, axis: Axis, location: string): void {
  const along = axis === 'rows' ? rect : flip(rect);
  const count = along.bottom - along.top + 1;
  const limit = axis === 'rows' ? MAX_ROWS : MAX_COLUMNS;
  moveCells(sheet, axis, along, (main) => (main < along.top ? main : main > along.bottom ? main - count : undefined), limit, location);
  moveEntities(state, sheet, axis, location, (r) => {
    if (r.right < along.left || r.left > along.right || r.bottom < along.top) return r;
    if (r.left < along.left || r.right > along.right) return 'cut';
    if (r.top > along.bottom) return { ...r, top: r.top - count, bottom: r.bottom - count };
    const overlap = Math.min(r.bottom, along.bottom) - Math.max(r.top, along.top) + 1;
    const remaining = r.bottom - r.top + 1 - overlap;
    if (remaining === 0) return 'removed';
    const top = Math.min(r.top, along.top);
    return { ...r, top, bottom: top + remaining - 1 };
  });
  if (axis === 'rows' && isWholeRows(rect)) {
    sheet.rowHeights = shiftKeys(sheet.rowHeights, (row) => (row - 1 < rect.top ? row : row - 1 > rect.bottom ? row - count : undefined));
  }
  if (axis === 'columns' && isWholeColumns(rect)) {
    sheet.columnWidths = shiftLetters(sheet.columnWidths, (c) => (c < rect.left ? c : c > rect.right ? c - count : undefined));
  }
}

/** Moves the cells of the band; `to` gives the new main coordinate, or undefined when the cell goes. */
function moveCells(sheet: SheetState, axis: Axis, along: Rect, to: (main: number) => number | undefined, limit: number, location: string): void {
  const moved = new Map<string, CellState>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = parseCellKey(key);
    const [main, cross] = axis === 'rows' ? [row, column] : [column, row];
    if (cross < along.left || cross > along.right) {
      moved.set(key, cell);
      continue;
    }
    const next = to(main);
    if (next === undefined) continue;
    if (next >= limit) throw officeError('NonBlankCellOffSheet', "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.", location);
    moved.set(axis === 'rows' ? cellKey(next, cross) : cellKey(cross, next), cell);
  }
  sheet.cells = moved;
}

function moveEntities(state: FakeWorkbookState, sheet: SheetState, axis: Axis, location: string, move: (r: Rect) => Moved): void {
  const apply = (rect: Rect): Moved => {
    const result = move(axis === 'rows' ? rect : flip(rect));
    return typeof result === 'string' ? result : axis === 'rows' ? result : flip(result);
  };
  for (const table of state.tablesOn(sheet)) {
    const result = apply(tableRect(table));
    if (result === 'cut') {
      throw officeError('InvalidOperation', 'This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.', location);
    }
    if (result === 'removed') state.tables = state.tables.filter((t) => t !== table);
    else table.address = rectAddress(result);
  }
  sheet.dataValidations = sheet.dataValidations.flatMap((validation) => {
    const result = apply(parseRect(validation.address, location));
    if (result === 'cut') throw notModelled(`shifting cells through part of a data validation (${validation.address})`);
    return result === 'removed' ? [] : [{ ...validation, address: rectAddress(result) }];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => {
    const areas = format.address.split(',').flatMap((area) => {
      const result = apply(parseRect(area, location));
      if (result === 'cut') throw notModelled(`shifting cells through part of a conditional format (${format.address})`);
      return result === 'removed' ? [] : [rectAddress(result)];
    });
    format.address = areas.join(',');
    return areas.length > 0;
  });
  for (const name of state.names.filter((n) => n.type === 'Range')) {
    const { sheet: target, address } = splitSheet(name.formula);
    const rect = tryParseRect(address);
    if (!target || !rect || !sameName(target, sheet.name)) continue;
    const result = apply(rect);
    if (result === 'cut') continue;
    const absolute = address.includes('$');
    name.formula = result === 'removed' ? '=#REF!' : `=${name.formula.slice(1, name.formula.lastIndexOf('!') + 1)}${rectAddress(result, absolute)}`;
    if (result === 'removed') name.type = 'Error';
  }
}

function shiftKeys(record: Record<number, number>, to: (row: number) => number | undefined): Record<number, number> {
  const next: Record<number, number> = {};
  for (const [row, value] of Object.entries(record)) {
    const moved = to(Number(row));
    if (moved !== undefined) next[moved] = value;
  }
  return next;
}

function shiftLetters(record: Record<string, number>, to: (column: number) => number | undefined): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [letter, value] of Object.entries(record)) {
    const moved = to(parseCellKey(`${letter}1`).column);
    if (moved !== undefined) next[columnLetter(moved + 1)] = value;
  }
  return next;
}
