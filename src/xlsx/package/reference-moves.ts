/**
 * Columns of a table that an upgrade puts in a new order, and what that does to an A1 reference:
 * a reference into the moved cells points where those cells went, as Excel moves references when
 * cells are cut and pasted. A reference whose cells would not move together (it reaches past the
 * table's rows, or its columns are split up or reordered) cannot follow; it is kept as written and
 * named, so a person can look at it. Formulas are read with the formula tokenizer, so text in
 * strings and sheet names is never touched.
 */
import { tokenise, type A1Reference, type CellPart } from '../../data/formula-tokens';
import { columnLetter } from '../../schema/address';

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

export interface ColumnMove {
  sheet: string;
  firstRow: number;
  lastRow: number;
  /** Sheet column before → sheet column after, for every column of the table. */
  columns: Map<number, number>;
}

export interface MovedFormula {
  formula: string;
  /** References that point into moved cells but could not follow them, as written. */
  unmovable: string[];
}

export class ColumnMoves {
  private readonly moves: ColumnMove[];

  constructor(moves: ColumnMove[]) {
    this.moves = moves.filter((m) => [...m.columns].some(([from, to]) => from !== to));
  }

  get any(): boolean {
    return this.moves.length > 0;
  }

  /** The sheet column a cell stands in after the move. */
  columnAfter(sheet: string, column: number, row: number): number {
    const move = this.moves.find((m) => same(m.sheet, sheet) && row >= m.firstRow && row <= m.lastRow && m.columns.has(column));
    return move?.columns.get(column) ?? column;
  }

  /**
   * The formula with its references following the moved cells. `sheet` is the sheet a reference
   * without a sheet name points into (undefined where such references are left alone: names, charts).
   */
  move(formula: string, sheet: string | undefined): MovedFormula {
    if (!this.any) return { formula, unmovable: [] };
    const unmovable: string[] = [];
    let changed = false;
    const text = tokenise(formula).map((token) => {
      if (token.kind !== 'ref' || !token.ref) return token.text;
      const target = token.ref.sheet ?? (token.ref.prefix === '' ? sheet : undefined);
      if (target === undefined) return token.text;
      const moved = this.moveReference(token.ref, target, token.text);
      if (moved === undefined) {
        unmovable.push(token.text);
        return token.text;
      }
      if (moved !== token.text) changed = true;
      return moved;
    }).join('');
    // The text of an unchanged formula is kept exactly, a leading '=' included.
    return { formula: changed ? (formula.startsWith('=') ? `=${text}` : text) : formula, unmovable };
  }

  /** The reference after the move; undefined when its cells do not move together. */
  private moveReference(ref: A1Reference, sheet: string, written: string): string | undefined {
    const { start, end = ref.start } = ref;
    // Whole rows hold the same cells whichever way columns move within them.
    if (start.column === undefined || end.column === undefined) return written;
    const rows = [start.row ?? 1, end.row ?? MAX_ROW];
    const columns = [Math.min(start.column, end.column), Math.max(start.column, end.column)];
    for (const move of this.moves.filter((m) => same(m.sheet, sheet))) {
      const touched = [...move.columns].some(([from, to]) => from !== to && from >= columns[0] && from <= columns[1])
        && rows[0] <= move.lastRow && rows[1] >= move.firstRow;
      if (!touched) continue;
      if (rows[0] < move.firstRow || rows[1] > move.lastRow) return undefined;
      const after: number[] = [];
      for (let column = columns[0]; column <= columns[1]; column++) {
        const to = move.columns.get(column);
        if (to === undefined) return undefined;
        after.push(to);
      }
      if (after.some((to, i) => to !== after[0] + i)) return undefined;
      const shift = after[0] - columns[0];
      return shift === 0 ? written : textOf(ref, { ...start, column: start.column + shift }, { ...end, column: end.column + shift });
    }
    return written;
  }
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function textOf(ref: A1Reference, start: CellPart, end: CellPart): string {
  const part = (p: CellPart) => `${p.column !== undefined ? `${p.absoluteColumn ? '$' : ''}${columnLetter(Math.min(p.column, MAX_COLUMN))}` : ''}`
    + `${p.row !== undefined ? `${p.absoluteRow ? '$' : ''}${p.row}` : ''}`;
  return ref.prefix + part(start) + (ref.end ? `:${part(end)}` : '');
}
