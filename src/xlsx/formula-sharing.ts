/**
 * A shared formula is stored once, in its first cell, and the other cells of its range only point
 * at it; each of them means the formula with its relative references moved by the cell's offset,
 * as Excel fills a formula down (ECMA-376 Part 1, 18.3.1.40 `f`, attribute `t="shared"`).
 */
import { tokenise, type A1Reference, type CellPart, type FormulaToken } from '../data/formula-tokens';
import { columnLetter } from '../schema/address';

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

export class SharedFormula {
  private readonly tokens: FormulaToken[];

  constructor(private readonly text: string, private readonly row: number, private readonly column: number) {
    this.tokens = tokenise(text);
  }

  /** The formula as it reads in the cell at that row and column. */
  at(row: number, column: number): string {
    const rows = row - this.row;
    const columns = column - this.column;
    if (rows === 0 && columns === 0) return this.text;
    let out = '';
    for (const token of this.tokens) out += token.kind === 'ref' && token.ref ? moved(token.ref, rows, columns) : token.text;
    return out;
  }
}

function moved(ref: A1Reference, rows: number, columns: number): string {
  const parts = [ref.start, ...(ref.end ? [ref.end] : [])].map((p) => movedPart(p, rows, columns));
  if (parts.some((p) => p === undefined)) return '#REF!';
  return ref.prefix + parts.join(':');
}

function movedPart(part: CellPart, rows: number, columns: number): string | undefined {
  let text = '';
  if (part.column !== undefined) {
    const column = part.absoluteColumn ? part.column : part.column + columns;
    if (column < 1 || column > MAX_COLUMN) return undefined;
    text += `${part.absoluteColumn ? '$' : ''}${columnLetter(column)}`;
  }
  if (part.row !== undefined) {
    const row = part.absoluteRow ? part.row : part.row + rows;
    if (row < 1 || row > MAX_ROW) return undefined;
    text += `${part.absoluteRow ? '$' : ''}${row}`;
  }
  return text;
}
