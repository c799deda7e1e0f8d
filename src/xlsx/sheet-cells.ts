/**
 * A worksheet part streamed through an XML parser into its cells: value as stored (text stays
 * text, numbers stay numbers, booleans and error values are kept), formula with shared formulas
 * expanded, dates brought to the 1900 system. Elements are matched by local name, so any
 * namespace prefix reads the same.
 */
import { SaxesParser } from 'saxes';
import type { CellData, RawValue } from '../data/workbook-data';
import { cellAddress } from '../schema/address';
import { DAYS_1900_TO_1904, isoDateTimeToSerial, type DateSystem } from './date-cells';
import { SharedFormula } from './shared-formula';

export type SheetCells = Map<string, CellData>;

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
  const cells: SheetCells = new Map();
  const shared = new Map<string, SharedFormula>();
  const parser = new SaxesParser({ position: false });

  let row = 0;
  let column = 0;
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

  parser.on('opentag', (tag) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    const attrs = tag.attributes as Record<string, string>;
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
        } else column += 1;
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
  });

  const onText = (text: string) => {
    if (reading === 'v') value += text;
    else if (reading === 'f') formula += text;
    else if (reading === 't') inline += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    switch (name) {
      case 'v': case 'f': case 't': reading = ''; break;
      case 'is': inInline = false; break;
      case 'rPh': phonetic--; break;
      case 'c': {
        inCell = false;
        const address = cellAddress(column, row);
        const cellFormula = formulaOf(formula, formulaType, sharedIndex, shared, row, column);
        const cellValue = valueOf(type, hasValue ? value : undefined, inline, style, context);
        if (cellValue === null && cellFormula === undefined) break;
        cells.set(address, cellFormula === undefined ? { address, value: cellValue } : { address, value: cellValue, formula: cellFormula });
        break;
      }
      default: break;
    }
  });

  parser.write(xml).close();
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
