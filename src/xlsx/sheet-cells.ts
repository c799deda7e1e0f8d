/**
 * A worksheet part read with the worksheet scanner into its cells: value as stored (text stays
 * text, numbers stay numbers, booleans and error values are kept), formula with shared formulas
 * expanded, dates brought to the 1900 system. Elements are matched by local name, so any
 * namespace prefix reads the same. Numbers, shared-string indexes and addresses are read straight
 * from the part's bytes, and a formula the cell above already had in its column is not decoded
 * again: on a large sheet those are nearly all of its cells.
 */
import type { CellData, RawValue } from '../data/workbook-data';
import { cellAddress } from '../schema/address';
import { unescapeCellText } from './cell-text';
import { DAYS_1900_TO_1904, isoDateTimeToSerial, type DateSystem } from './date-cells';
import { SharedFormula } from './formula-sharing';
import { Buffer } from 'buffer';
import { sameBytes, scanXml, textOf, utf8, type TagAttributes } from './xml-scanner';

const CELL_ADDRESS = /^([A-Z]{1,3})(\d+)$/;

/** A sheet's cells by row and column; blank cells the sheet wrote are kept, with their address. */
export class SheetCells {
  private readonly rows = new Map<number, Array<CellData | undefined>>();

  set(row: number, column: number, cell: CellData): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    cells[column] = cell;
  }

  at(row: number, column: number): CellData | undefined {
    return this.rows.get(row)?.[column];
  }

  get(address: string): CellData | undefined {
    const match = CELL_ADDRESS.exec(address);
    return match ? this.at(Number(match[2]), columnOf(match[1])) : undefined;
  }
}

/** The shared string table as the cells point into it. */
export interface StringTable {
  at(index: number): string | undefined;
}

export interface SheetContext {
  sharedStrings: StringTable;
  /** Indexes of the cell formats that show dates. */
  dateStyles: Set<number>;
  dateSystem: DateSystem;
  /** Called once per cell element, so the cell limit stops a huge sheet early. */
  countCell: () => void;
}

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x5f) - 64;
  return n;
}

const DOLLAR = 36;
const MINUS = 45;
const isDigit = (byte: number) => byte >= 48 && byte <= 57;
const isLetter = (byte: number) => (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122);
/** Digits a double holds exactly, so a run of them read digit by digit is the number Number() reads. */
const EXACT_DIGITS = 15;

/** A whole number written as plain digits from `start` to `end`, or undefined for anything else. */
function plainInteger(bytes: Uint8Array, start: number, end: number): number | undefined {
  const negative = bytes[start] === MINUS;
  const from = negative ? start + 1 : start;
  if (from === end || end - from > EXACT_DIGITS) return undefined;
  let n = 0;
  for (let i = from; i < end; i++) {
    const byte = bytes[i];
    if (!isDigit(byte)) return undefined;
    n = n * 10 + byte - 48;
  }
  return negative ? -n : n;
}

/**
 * Where a cell's text (its value, formula or inline string) stands: one run of the part's bytes,
 * or the text itself once it came in more than one piece (around a comment or a CDATA section).
 */
class TextRun {
  start = -1;
  end = -1;
  encoded = true;
  joined: string | undefined;

  reset(): void {
    this.start = -1;
    this.joined = undefined;
  }

  get empty(): boolean {
    return this.start < 0 && this.joined === undefined;
  }

  get single(): boolean {
    return this.start >= 0 && this.joined === undefined;
  }

  add(bytes: Uint8Array, start: number, end: number, encoded: boolean): void {
    if (this.joined !== undefined) {
      this.joined += textOf(bytes, start, end, encoded);
    } else if (this.start >= 0) {
      this.joined = textOf(bytes, this.start, this.end, this.encoded) + textOf(bytes, start, end, encoded);
    } else {
      this.start = start;
      this.end = end;
      this.encoded = encoded;
    }
  }

  text(bytes: Uint8Array): string {
    if (this.joined !== undefined) return this.joined;
    return this.start < 0 ? '' : textOf(bytes, this.start, this.end, this.encoded);
  }
}

/**
 * The formulas of a calculated column repeat on every row: the last formula read in each column,
 * by where its bytes stand, so the next row's same bytes reuse its text.
 */
class ColumnFormulas {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: string[] = [];
  private readonly buffer: Buffer;

  constructor(private readonly bytes: Uint8Array) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  of(column: number, run: TextRun): string {
    const { bytes } = this;
    if (!run.single || !run.encoded) return run.text(bytes);
    const start = this.starts[column];
    if (start !== undefined && sameBytes(this.buffer, start, this.ends[column], run.start, run.end)) return this.texts[column];
    const text = run.text(bytes);
    this.starts[column] = run.start;
    this.ends[column] = run.end;
    this.texts[column] = text;
    return text;
  }
}

export function readSheetCells(bytes: Uint8Array, context: SheetContext): SheetCells {
  const cells = new SheetCells();
  const formulas = new ColumnFormulas(bytes);
  const shared = new Map<string, SharedFormula>();
  const value = new TextRun();
  const formulaText = new TextRun();
  const inlineText = new TextRun();

  let row = 0;
  let column = 0;
  let inCell = false;
  let type = '';
  let style = -1;
  let hasValue = false;
  let hasFormula = false;
  let formulaType = '';
  let sharedIndex = '';
  /** What the text being read belongs to: the value, the formula, or a run of inline text. */
  let reading: TextRun | undefined;
  let inInline = false;
  let phonetic = 0;

  /** Reads `r="G7"` (or `$G$7`, `g7`) from its bytes; false when it is no such address. */
  const readReference = (attrs: TagAttributes, i: number): boolean => {
    const end = attrs.valueEnd(i);
    let at = attrs.valueStart(i);
    if (bytes[at] === DOLLAR) at++;
    const lettersStart = at;
    while (at < end && isLetter(bytes[at])) at++;
    const letters = at - lettersStart;
    if (letters < 1 || letters > 3) return false;
    if (bytes[at] === DOLLAR) at++;
    const digitsStart = at;
    while (at < end && isDigit(bytes[at])) at++;
    if (at !== end || at === digitsStart) return false;
    let n = 0;
    for (let k = lettersStart; k < lettersStart + letters; k++) n = n * 26 + (bytes[k] & 0x5f) - 64;
    column = n;
    row = plainInteger(bytes, digitsStart, end) ?? Number(utf8(bytes, digitsStart, end));
    return true;
  };

  const open = (name: string, attrs: TagAttributes, empty: boolean) => {
    switch (name) {
      case 'row': {
        const r = attrs.index('r');
        row = r >= 0 ? (plainInteger(bytes, attrs.valueStart(r), attrs.valueEnd(r)) ?? Number(attrs.value(r))) : row + 1;
        column = 0;
        break;
      }
      case 'c': {
        context.countCell();
        const r = attrs.index('r');
        if (r < 0 || !readReference(attrs, r)) column += 1;
        inCell = true;
        const t = attrs.index('t');
        type = t < 0 ? '' : attrs.value(t);
        const s = attrs.index('s');
        style = s < 0 ? -1 : (plainInteger(bytes, attrs.valueStart(s), attrs.valueEnd(s)) ?? Number(attrs.value(s)));
        value.reset();
        hasValue = false;
        hasFormula = false;
        inlineText.reset();
        break;
      }
      case 'v':
        if (inCell) {
          reading = value;
          hasValue = true;
        }
        break;
      case 'f':
        if (inCell) {
          reading = formulaText;
          formulaText.reset();
          hasFormula = true;
          formulaType = attrs.get('t') ?? '';
          sharedIndex = attrs.get('si') ?? '';
        }
        break;
      case 'is':
        inInline = true;
        hasValue = true;
        break;
      case 'rPh': phonetic++; break;
      case 't': if (inInline && phonetic === 0) reading = inlineText; break;
      default: break;
    }
    if (empty) close(name);
  };

  const onText = (start: number, end: number, encoded: boolean) => {
    reading?.add(bytes, start, end, encoded);
  };
  function close(name: string): void {
    switch (name) {
      case 'v': case 'f': case 't': reading = undefined; break;
      case 'is': inInline = false; break;
      case 'rPh': phonetic--; break;
      case 'c': {
        inCell = false;
        const address = cellAddress(column, row);
        const formula = hasFormula ? formulaOf(formulas.of(column, formulaText), formulaType, sharedIndex, shared, row, column) : undefined;
        const cellValue = hasValue ? valueOf(bytes, type, value, inlineText, style, context) : null;
        cells.set(row, column, formula === undefined ? { address, value: cellValue } : { address, value: cellValue, formula });
        break;
      }
      default: break;
    }
  }

  scanXml(bytes, { open, close, text: onText, wantsText: () => reading !== undefined });
  return cells;
}

const withoutEquals = (text: string) => (text.charCodeAt(0) === 61 /* = */ ? text.slice(1) : text);

function formulaOf(text: string, type: string, index: string, shared: Map<string, SharedFormula>, row: number, column: number): string | undefined {
  if (type === 'shared' && index !== '') {
    if (text !== '') {
      const master = new SharedFormula(withoutEquals(text), row, column);
      shared.set(index, master);
      return master.at(row, column);
    }
    return shared.get(index)?.at(row, column);
  }
  return withoutEquals(text);
}

function valueOf(bytes: Uint8Array, type: string, v: TextRun, inline: TextRun, style: number, context: SheetContext): RawValue {
  if (type === 'inlineStr') return unescapeCellText(inline.text(bytes));
  const fast = v.single && type !== 'str' && type !== 'd' && type !== 'e' && type !== 'b' ? plainInteger(bytes, v.start, v.end) : undefined;
  if (type === 's') return context.sharedStrings.at(fast ?? Number(v.text(bytes))) ?? '';
  if (fast !== undefined) return dateInSystem(fast, style, context);
  const text = v.text(bytes);
  switch (type) {
    case 'str': return unescapeCellText(text);
    case 'b': return text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'e': return { error: text };
    case 'd': return isoDateTimeToSerial(text) ?? text;
    default: {
      const number = Number(text);
      if (text.trim() === '') return null;
      if (!Number.isFinite(number)) return text;
      return dateInSystem(number, style, context);
    }
  }
}

function dateInSystem(number: number, style: number, context: SheetContext): number {
  return context.dateSystem === 1904 && style >= 0 && context.dateStyles.has(style) ? number + DAYS_1900_TO_1904 : number;
}
