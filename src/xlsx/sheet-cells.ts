/**
 * A worksheet part read with the worksheet scanner into its cells: value as stored (text stays
 * text, numbers stay numbers, booleans and error values are kept), formula with shared formulas
 * expanded, dates brought to the 1900 system. Elements are matched by local name, so any
 * namespace prefix reads the same.
 */
import type { CellData, RawValue } from '../data/workbook-data';
import { cellAddress } from '../schema/address';
import { DAYS_1900_TO_1904, isoDateTimeToSerial, type DateSystem } from './date-cells';
import { SharedFormula } from './shared-formula';
import { decodeText, scanXml } from './xml-scanner';

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

/**
 * The formulas of a calculated column repeat on every row, so each written form is decoded once;
 * bounded so a sheet of all-different formulas cannot grow it without end.
 */
class DecodedTexts {
  private readonly decoded = new Map<string, string>();

  of(encoded: string): string {
    let text = this.decoded.get(encoded);
    if (text === undefined) {
      text = decodeText(encoded);
      if (this.decoded.size >= 1000) this.decoded.clear();
      this.decoded.set(encoded, text);
    }
    return text;
  }
}

export interface SheetContext {
  sharedStrings: string[];
  /** Indexes of the cell formats that show dates. */
  dateStyles: Set<number>;
  dateSystem: DateSystem;
  /** Called once per cell element, so the cell limit stops a huge sheet early. */
  countCell: () => void;
}

const CELL_REFERENCE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x5f) - 64;
  return n;
}

/** Excel writes control characters in cell text as `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19). */
export function unescapeCellText(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function readSheetCells(xml: string, context: SheetContext): SheetCells {
  const cells = new SheetCells();
  const formulas = new DecodedTexts();
  const shared = new Map<string, SharedFormula>();

  let row = 0;
  let column = 0;
  /** The cell's own `r` when it is already a plain address such as `G7`, saving one string per cell. */
  let written: string | undefined;
  let inCell = false;
  let type = '';
  let style = -1;
  let value = '';
  let hasValue = false;
  let formula: string | undefined;
  let formulaType = '';
  let sharedIndex = '';
  let inline = '';
  /** What the text being read belongs to: the value, the formula, or a run of inline text. */
  let reading: 'v' | 'f' | 't' | '' = '';
  let inInline = false;
  let phonetic = 0;

  const open = (name: string, attrs: Record<string, string>, empty: boolean) => {
    switch (name) {
      case 'row': {
        const r = attrs.r;
        row = r !== undefined ? Number(r) : row + 1;
        column = 0;
        break;
      }
      case 'c': {
        context.countCell();
        const reference = attrs.r !== undefined ? CELL_REFERENCE.exec(attrs.r) : null;
        if (reference) {
          column = columnOf(reference[1]);
          row = Number(reference[2]);
          written = reference[0].length === reference[1].length + reference[2].length && reference[1] === reference[1].toUpperCase() && reference[2][0] !== '0' ? reference[0] : undefined;
        } else {
          column += 1;
          written = undefined;
        }
        inCell = true;
        type = attrs.t ?? '';
        style = attrs.s !== undefined ? Number(attrs.s) : -1;
        value = '';
        hasValue = false;
        formula = undefined;
        inline = '';
        break;
      }
      case 'v':
        if (inCell) {
          reading = 'v';
          hasValue = true;
        }
        break;
      case 'f':
        if (inCell) {
          reading = 'f';
          formula = '';
          formulaType = attrs.t ?? '';
          sharedIndex = attrs.si ?? '';
        }
        break;
      case 'is':
        inInline = true;
        hasValue = true;
        break;
      case 'rPh': phonetic++; break;
      case 't': if (inInline && phonetic === 0) reading = 't'; break;
      default: break;
    }
    if (empty) close(name);
  };

  const onText = (text: string, encoded: boolean) => {
    if (reading === 'f') formula += formula === '' && encoded ? formulas.of(text) : (encoded ? decodeText(text) : text);
    else if (reading === 'v') value += encoded ? decodeText(text) : text;
    else if (reading === 't') inline += encoded ? decodeText(text) : text;
  };
  function close(name: string): void {
    switch (name) {
      case 'v': case 'f': case 't': reading = ''; break;
      case 'is': inInline = false; break;
      case 'rPh': phonetic--; break;
      case 'c': {
        inCell = false;
        const address = written ?? cellAddress(column, row);
        const cellFormula = formulaOf(formula, formulaType, sharedIndex, shared, row, column);
        const cellValue = valueOf(type, hasValue ? value : undefined, inline, style, context);
        cells.set(row, column, cellFormula === undefined ? { address, value: cellValue } : { address, value: cellValue, formula: cellFormula });
        break;
      }
      default: break;
    }
  }

  scanXml(xml, { open, close, text: onText, wantsText: () => reading !== '' });
  return cells;
}

function formulaOf(text: string | undefined, type: string, index: string, shared: Map<string, SharedFormula>, row: number, column: number): string | undefined {
  if (text === undefined) return undefined;
  if (type === 'shared' && index !== '') {
    if (text !== '') {
      const master = new SharedFormula(text.replace(/^=/, ''), row, column);
      shared.set(index, master);
      return master.at(row, column);
    }
    return shared.get(index)?.at(row, column);
  }
  return text.replace(/^=/, '');
}

function valueOf(type: string, v: string | undefined, inline: string, style: number, context: SheetContext): RawValue {
  if (v === undefined) return null;
  if (type === 'inlineStr') return unescapeCellText(inline);
  switch (type) {
    case 's': return context.sharedStrings[Number(v)] ?? '';
    case 'str': return unescapeCellText(v);
    case 'b': return v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'e': return { error: v };
    case 'd': return isoDateTimeToSerial(v) ?? v;
    default: {
      const number = Number(v);
      if (v.trim() === '') return null;
      if (!Number.isFinite(number)) return v;
      return context.dateSystem === 1904 && style >= 0 && context.dateStyles.has(style) ? number + DAYS_1900_TO_1904 : number;
    }
  }
}
