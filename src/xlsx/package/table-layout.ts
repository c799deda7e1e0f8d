/**
 * One of our tables laid out again where it stands: its columns in the order wanted (ours, then
 * the person's own), as many data rows as wanted, calculated formulas in every row, headers and
 * the table part (ref, columns, calculated-column formulas) to match. Cells move with their
 * column, so a person's entries, formats and formulas go where their column goes; nothing beside
 * or below the table is touched, and a table that would grow over a person's cells is left alone.
 */
import { FoundColumns, type HeaderAt } from '../../data/found-columns';
import type { Element } from '@xmldom/xmldom';
import { cellAddress } from '../../schema/address';
import type { Column } from '../../schema/columns';
import { serialIn, type DateSystem } from '../date-cells';
import type { CellValue, RowEntries } from '../../schema/rows';
import type { ColumnMove } from './reference-moves';
import { splitCell, type SheetCells } from './sheet-cells';
import { childNamed, childrenNamed, createChild, insertInSequence, setText, textOf } from './xml';

export interface ColumnPlan {
  header: string;
  /** The declared column, for ours; undefined for a column of the person's own. */
  column?: Column;
  /** Sheet column the column stands in now; undefined for a column being added. */
  from?: number;
  /** Calculated-column formula, for ours that have one. */
  formula?: string;
}

export interface TablePlan {
  columns: ColumnPlan[];
  rowCount: number;
  /** Keys of our columns whose entries are cleared (a new-client copy) to the column's initial value. */
  clear: Set<string>;
  /** Every entry cleared, the person's own columns too (a client's risks, actions, history). */
  clearAll: boolean;
  /** Values to write by row and key (the example), over what the rows hold. */
  values?: RowEntries[];
  /** How the workbook counts its date serials: a date given as ISO text is written in the file's own system. */
  dateSystem: DateSystem;
}

export interface TableArea {
  firstColumn: number;
  headerRow: number;
  /** Last data row (the header row when there are none). */
  lastRow: number;
  /** Sheet column of each of our columns by key. */
  columnOf: Map<string, number>;
  /** Sheet column of each of the person's own columns by header. */
  ownColumnOf: Map<string, number>;
}

export interface LaidTable {
  before: TableArea;
  after: TableArea;
  /** A person's cells that moved with their column: old address → new address. */
  moves: Map<string, string>;
  /** Cells (old addresses) that are ours to rewrite or clear. */
  ours: Set<string>;
  headersRestored: string[];
  columnsAdded: string[];
  formulasRestored: number;
  /** The table part itself changed (its range, columns or calculated-column formulas). */
  partChanged: boolean;
  changed: boolean;
}

const TABLE_SEQUENCE = ['autoFilter', 'sortState', 'tableColumns', 'tableStyleInfo', 'extLst'];

export function tableRange(ref: string): { first: { column: number; row: number }; last: { column: number; row: number } } {
  const [from, to] = ref.split(':');
  const first = splitCell(from);
  return { first, last: to ? splitCell(to) : first };
}

/** Where the table stands now, its columns matched to ours by `keyOf` (header → key). */
export function currentArea(table: Element, columnsOf: (headers: HeaderAt[]) => FoundColumns): TableArea {
  const { first, last } = tableRange(table.getAttribute('ref') ?? 'A1');
  const columns = childNamed(table, 'tableColumns');
  const headers = (columns ? childrenNamed(columns, 'tableColumn') : [])
    .map((c, i): HeaderAt => ({ header: c.getAttribute('name') ?? '', column: first.column + i }));
  const found = columnsOf(headers);
  const columnOf = new Map<string, number>();
  const ownColumnOf = new Map<string, number>();
  for (const { header, column } of headers) {
    const key = found.keyOf(header);
    if (key !== undefined && found.column(key) === column) columnOf.set(key, column);
    else ownColumnOf.set(header, column);
  }
  return { firstColumn: first.column, headerRow: first.row, lastRow: last.row, columnOf, ownColumnOf };
}

/**
 * Lays the table out as planned. Returns the cell that stands in the way when the table would
 * grow over a person's cells (and changes nothing then).
 */
export function layTable(cells: SheetCells, table: Element, area: TableArea, plan: TablePlan,
  styleFor: (key: string | undefined, part: 'header' | 'data') => string | undefined): LaidTable | { inTheWay: string } {
  const width = plan.columns.length;
  const { firstColumn, headerRow } = area;
  const oldWidth = tableRange(table.getAttribute('ref') ?? 'A1').last.column - firstColumn + 1;
  const oldRows = area.lastRow - headerRow;
  const lastRow = headerRow + plan.rowCount;
  const inTheWay = cellInTheWay(cells, table, area, plan);
  if (inTheWay !== undefined) return { inTheWay };

  const laid: LaidTable = {
    before: area,
    after: { firstColumn, headerRow, lastRow, columnOf: new Map(), ownColumnOf: new Map() },
    moves: new Map(), ours: new Set(), headersRestored: [], columnsAdded: [], formulasRestored: 0, partChanged: false, changed: false,
  };
  const taken = new Map<string, Element>();
  for (let row = headerRow; row <= area.lastRow; row++) {
    for (let column = firstColumn; column < firstColumn + oldWidth; column++) {
      const address = cellAddress(column, row);
      if (!cells.element(address)) continue;
      const from = plan.columns.findIndex((c) => c.from === column);
      const stays = from >= 0 && firstColumn + from === column && row <= lastRow;
      if (!stays) taken.set(address, cells.take(address) as Element);
    }
  }
  const moved = (address: string) => taken.get(address);

  plan.columns.forEach((planned, j) => {
    const column = firstColumn + j;
    const key = planned.column?.key;
    if (key !== undefined) laid.after.columnOf.set(key, column);
    else laid.after.ownColumnOf.set(planned.header, column);
    const cleared = plan.clearAll || (key !== undefined && plan.clear.has(key));
    const header = cellAddress(column, headerRow);
    if (planned.from !== undefined) {
      const source = cellAddress(planned.from, headerRow);
      const cell = moved(source);
      if (cell) cells.place(header, cell);
      if (key !== undefined) laid.ours.add(source);
      else if (source !== header) laid.moves.set(source, header);
    } else {
      laid.columnsAdded.push(planned.header);
    }
    const currentHeader = cells.read(header);
    if (currentHeader?.value !== planned.header || currentHeader.formula !== undefined) {
      cells.setValue(header, planned.header, currentHeader?.style ?? styleFor(key, 'header'));
      if (planned.from !== undefined) laid.headersRestored.push(planned.header);
      laid.changed = true;
    }
    let aboveStyle: string | undefined;
    for (let i = 0; i < plan.rowCount; i++) {
      const row = headerRow + 1 + i;
      const address = cellAddress(column, row);
      const source = planned.from !== undefined && i < oldRows ? cellAddress(planned.from, row) : undefined;
      if (source !== undefined) {
        const cell = moved(source);
        if (cell) cells.place(address, cell);
        if (key !== undefined && (planned.formula || cleared)) laid.ours.add(source);
        else if (plan.clearAll) laid.ours.add(source);
        else if (source !== address) laid.moves.set(source, address);
      }
      const style = cells.read(address)?.style ?? aboveStyle ?? styleFor(key, 'data');
      aboveStyle = style;
      if (planned.formula) {
        const now = cells.read(address);
        if (now?.formula !== planned.formula) {
          cells.setFormula(address, planned.formula, style);
          if (source !== undefined) laid.formulasRestored += 1;
          laid.changed = true;
        }
        continue;
      }
      const wanted = plan.values?.[i]?.[key ?? ''];
      if (cleared || wanted !== undefined) {
        const value = wanted !== undefined ? typed(wanted, planned.column, plan.dateSystem) : initialOf(planned.column);
        const now = cells.read(address);
        if (now?.formula !== undefined || !same(now?.value ?? null, value)) {
          cells.setValue(address, value, style);
          laid.changed = true;
        }
      } else if (!cells.element(address) && style !== undefined) {
        cells.ensure(address, style);
      }
    }
  });

  // Cells not put back stood in rows a cleared table no longer has: they were client entries.
  for (const [address, cell] of taken) if (!cell.parentNode) laid.ours.add(address);

  laid.partChanged = updateTablePart(table, plan, cellAddress(firstColumn, headerRow), cellAddress(firstColumn + width - 1, lastRow), firstColumn);
  if (laid.partChanged) laid.changed = true;
  if (width !== oldWidth || plan.rowCount !== oldRows || laid.moves.size > 0) laid.changed = true;
  return laid;
}

/** The first of a person's cells the table would grow over as planned; undefined when none. */
export function cellInTheWay(cells: SheetCells, table: Element, area: TableArea, plan: TablePlan): string | undefined {
  const { firstColumn, headerRow } = area;
  const oldWidth = tableRange(table.getAttribute('ref') ?? 'A1').last.column - firstColumn + 1;
  const lastRow = headerRow + plan.rowCount;
  for (let row = headerRow; row <= lastRow; row++) {
    for (let column = firstColumn; column < firstColumn + plan.columns.length; column++) {
      const inOld = row <= area.lastRow && column < firstColumn + oldWidth;
      if (!inOld && cells.holdsSomething(cellAddress(column, row))) return cellAddress(column, row);
    }
  }
  return undefined;
}

/** Where the table's cells go when it is laid out as planned: its columns, over the rows it has now. */
export function columnMove(sheet: string, area: TableArea, plan: TablePlan): ColumnMove {
  const columns = new Map<number, number>();
  plan.columns.forEach((planned, j) => {
    if (planned.from !== undefined) columns.set(planned.from, area.firstColumn + j);
  });
  return { sheet, firstRow: area.headerRow, lastRow: Math.min(area.lastRow, area.headerRow + plan.rowCount), columns };
}

function updateTablePart(table: Element, plan: TablePlan, topLeft: string, bottomRight: string, firstColumn: number): boolean {
  let changed = false;
  const ref = `${topLeft}:${bottomRight}`;
  if (table.getAttribute('ref') !== ref) {
    table.setAttribute('ref', ref);
    changed = true;
  }
  const filter = childNamed(table, 'autoFilter');
  if (filter && filter.getAttribute('ref') !== ref) filter.setAttribute('ref', ref);
  let list = childNamed(table, 'tableColumns');
  if (!list) list = insertInSequence(table, createChild(table, 'tableColumns'), TABLE_SEQUENCE);
  const existing = childrenNamed(list, 'tableColumn');
  let nextId = Math.max(0, ...existing.map((c) => Number(c.getAttribute('id')) || 0)) + 1;
  const ordered = plan.columns.map((planned) => {
    const element = planned.from !== undefined ? existing[planned.from - firstColumn] : undefined;
    const column = element ?? createChild(list as Element, 'tableColumn', { id: nextId++ });
    if (column.getAttribute('name') !== planned.header) {
      column.setAttribute('name', planned.header);
      changed = true;
    }
    if (planned.formula) {
      const formula = childNamed(column, 'calculatedColumnFormula');
      if (textOf(formula) !== planned.formula) {
        const element = formula ?? createChild(column, 'calculatedColumnFormula');
        setText(element, planned.formula);
        if (!formula) column.insertBefore(element, column.firstChild);
        changed = true;
      }
    }
    return column;
  });
  if (ordered.some((c, i) => existing[i] !== c) || existing.length !== ordered.length) {
    for (const column of existing) list.removeChild(column);
    for (const column of ordered) list.appendChild(column);
    changed = true;
  }
  list.setAttribute('count', String(ordered.length));
  return changed;
}

function initialOf(column: Column | undefined): CellValue {
  return (column?.initial as CellValue | undefined) ?? null;
}

/** Dates given as ISO text become serial numbers of the file's date system in date columns; everything else stays as given. */
function typed(value: CellValue, column: Column | undefined, dateSystem: DateSystem): CellValue {
  if (column?.type !== 'date' || typeof value !== 'string') return value;
  return serialIn(dateSystem, value) ?? value;
}

function same(a: unknown, b: CellValue): boolean {
  return (a ?? null) === (b ?? null) || ((a === null || a === '') && (b === null || b === ''));
}
