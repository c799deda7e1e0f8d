/**
 * The cells of one worksheet part: read as stored (shared strings, inline strings, numbers,
 * booleans, errors, formulas) and written in place, keeping rows and cells in the order the
 * schema demands. Text is always written as an inline string, never as a formula.
 */
import type { Element } from '@xmldom/xmldom';
import type { RawValue } from '../../data/workbook-data';
import { cellAddress, columnNumber } from '../../schema/address';
import type { CellValue } from '../../schema/rows';
import { inlineText } from './workbook-parts';
import { childNamed, childrenNamed, createChild, removeElement, setText, textOf } from './xml';

export interface StoredCell {
  value: RawValue;
  formula?: string;
  style?: string;
}

interface Place {
  column: number;
  row: number;
}

/** Text as an inline string (`t="inlineStr"`), so it is stored as text and never read as a formula. */
export function appendInlineString(cell: Element, text: string): void {
  cell.setAttribute('t', 'inlineStr');
  const is = createChild(cell, 'is');
  const t = createChild(is, 't');
  setText(t, text);
  is.appendChild(t);
  cell.appendChild(is);
}

export function splitCell(address: string): Place {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

export class SheetCells {
  readonly sheetData: Element;
  private readonly rows = new Map<number, Element>();
  private readonly cells = new Map<string, Element>();
  /** The highest row number present: rows added below it are appended without a search (a merge adds thousands). */
  private lastRow = 0;

  /** `changed` is told of every write, so a part nobody wrote to is saved as it came. */
  constructor(readonly root: Element, private readonly sharedStrings: string[], private readonly changed: () => void = () => undefined) {
    let data = childNamed(root, 'sheetData');
    if (!data) {
      data = createChild(root, 'sheetData');
      root.appendChild(data);
      changed();
    }
    this.sheetData = data;
    let implicitRow = 0;
    for (const row of childrenNamed(data, 'row')) {
      const r = Number(row.getAttribute('r')) || implicitRow + 1;
      implicitRow = r;
      row.setAttribute('r', String(r));
      this.rows.set(r, row);
      this.lastRow = Math.max(this.lastRow, r);
      let implicitColumn = 0;
      for (const cell of childrenNamed(row, 'c')) {
        const address = cell.getAttribute('r');
        const column = address ? splitCell(address).column : implicitColumn + 1;
        implicitColumn = column;
        const normal = cellAddress(column, r);
        if (address !== normal) cell.setAttribute('r', normal);
        this.cells.set(normal, cell);
      }
    }
  }

  addresses(): string[] {
    return [...this.cells.keys()];
  }

  element(address: string): Element | undefined {
    return this.cells.get(address.toUpperCase());
  }

  read(address: string): StoredCell | undefined {
    const cell = this.element(address);
    return cell ? this.stored(cell) : undefined;
  }

  /** True when the cell holds a value or a formula (a cell that only carries a format is empty). */
  holdsSomething(address: string): boolean {
    const cell = this.read(address);
    return cell !== undefined && (cell.formula !== undefined || (cell.value !== null && cell.value !== ''));
  }

  stored(cell: Element): StoredCell {
    const formula = childNamed(cell, 'f');
    const style = cell.getAttribute('s') || undefined;
    const result: StoredCell = { value: this.valueOf(cell), ...(style ? { style } : {}) };
    if (formula) result.formula = textOf(formula) || (formula.getAttribute('t') === 'shared' ? `shared:${formula.getAttribute('si')}` : '');
    return result;
  }

  private valueOf(cell: Element): RawValue {
    const type = cell.getAttribute('t');
    if (type === 'inlineStr') {
      const is = childNamed(cell, 'is');
      return is ? inlineText(is) : null;
    }
    const v = childNamed(cell, 'v');
    if (!v) return null;
    const text = textOf(v);
    switch (type) {
      case 's': return this.sharedStrings[Number(text)] ?? '';
      case 'str': return text;
      case 'b': return text === '1' || text === 'true';
      case 'e': return { error: text };
      default: {
        const number = Number(text);
        return text.trim() !== '' && Number.isFinite(number) ? number : text;
      }
    }
  }

  /** The cell at an address, made if missing (in row and column order). */
  ensure(address: string, style?: string): Element {
    const existing = this.element(address);
    if (existing) return existing;
    const { column, row } = splitCell(address);
    this.changed();
    const rowElement = this.ensureRow(row);
    const cell = createChild(rowElement, 'c', { r: cellAddress(column, row), s: style });
    rowElement.insertBefore(cell, cellAfter(rowElement, column));
    this.cells.set(cellAddress(column, row), cell);
    return cell;
  }

  private ensureRow(row: number): Element {
    const existing = this.rows.get(row);
    if (existing) return existing;
    const element = createChild(this.sheetData, 'row', { r: row });
    const next = row > this.lastRow ? undefined : childrenNamed(this.sheetData, 'row').find((r) => Number(r.getAttribute('r')) > row);
    this.sheetData.insertBefore(element, next ?? null);
    this.rows.set(row, element);
    this.lastRow = Math.max(this.lastRow, row);
    return element;
  }

  /** Writes a value as its type: numbers as numbers, booleans as booleans, text always as text. */
  setValue(address: string, value: CellValue, style?: string): void {
    const cell = this.ensure(address, style);
    this.changed();
    clearContent(cell);
    if (style !== undefined) cell.setAttribute('s', style);
    if (value === null || value === '') return;
    if (typeof value === 'number') {
      cell.appendChild(createChild(cell, 'v'));
      setText(childNamed(cell, 'v') as Element, String(value));
    } else if (typeof value === 'boolean') {
      cell.setAttribute('t', 'b');
      const v = createChild(cell, 'v');
      setText(v, value ? '1' : '0');
      cell.appendChild(v);
    } else {
      appendInlineString(cell, value);
    }
  }

  /** A formula (file form, no leading '='), with no cached value so every application computes it. */
  setFormula(address: string, formula: string, style?: string): void {
    const cell = this.ensure(address, style);
    this.changed();
    clearContent(cell);
    if (style !== undefined) cell.setAttribute('s', style);
    const f = createChild(cell, 'f');
    setText(f, formula);
    cell.appendChild(f);
  }

  /** Takes a cell out of the sheet (to put it elsewhere with `place`). */
  take(address: string): Element | undefined {
    const cell = this.element(address);
    if (!cell) return undefined;
    this.changed();
    removeElement(cell);
    this.cells.delete(address.toUpperCase());
    return cell;
  }

  /** Puts a taken cell at an address, replacing whatever stood there. */
  place(address: string, cell: Element): void {
    this.changed();
    this.take(address);
    const { column, row } = splitCell(address);
    cell.setAttribute('r', cellAddress(column, row));
    const rowElement = this.ensureRow(row);
    rowElement.insertBefore(cell, cellAfter(rowElement, column));
    this.cells.set(cellAddress(column, row), cell);
  }
}

/** The first cell of a row right of a column; none when the column goes last, found without a search. */
function cellAfter(row: Element, column: number): Element | null {
  const cells = childrenNamed(row, 'c');
  const last = cells[cells.length - 1];
  if (!last || splitCell(last.getAttribute('r') as string).column < column) return null;
  return cells.find((c) => splitCell(c.getAttribute('r') as string).column > column) ?? null;
}

function clearContent(cell: Element): void {
  while (cell.firstChild) cell.removeChild(cell.firstChild);
  cell.removeAttribute('t');
}
