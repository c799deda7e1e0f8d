/**
 * What a value written through `Range.values` or `Range.formulas` becomes, which Excel decides as
 * if a person typed it: `=…` (and `+…`, `-…` that are not numbers) a formula, `'…` text without
 * the apostrophe, number-like text a number, TRUE/FALSE a boolean, ISO dates and percentages
 * numbers with a format, `#N/A` and friends error values.
 */
import { officeError } from '../errors';
import type { CellState } from './state';

export type CellContent =
  /** `null` in a written array leaves its cell as it was. */
  | { kind: 'skip' }
  /** `''` clears the cell's contents. */
  | { kind: 'clear' }
  | { kind: 'set'; cell: CellState; numberFormat?: string };

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export function typedContent(input: unknown, location: string): CellContent {
  if (input === null) return { kind: 'skip' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw officeError('InvalidArgument', undefined, location);
    return set({ value: input });
  }
  if (typeof input === 'boolean') return set({ value: input });
  if (typeof input !== 'string') throw officeError('InvalidArgument', undefined, location);
  return typedText(input);
}

function typedText(text: string): CellContent {
  if (text === '') return { kind: 'clear' };
  if (text.startsWith("'")) return set({ value: text.slice(1) });
  if (text.startsWith('=') && text.length > 1) return set({ value: null, formula: text });
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return set({ value: Number(trimmed) });
  if (GROUPED_NUMBER.test(trimmed)) return set({ value: Number(trimmed.replace(/,/g, '')) });
  const percent = PERCENT.exec(trimmed);
  if (percent) return set({ value: Number(percent[1]) / 100 }, '0%');
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return set({ value: null, formula: `=${text}` });
  if (/^(true|false)$/i.test(trimmed)) return set({ value: trimmed.toLowerCase() === 'true' });
  const serial = isoDateSerial(trimmed);
  if (serial !== undefined) return set({ value: serial }, 'yyyy-mm-dd');
  const error = ERROR_VALUES.find((e) => e === trimmed.toUpperCase());
  if (error) return set({ value: error, error: true });
  return set({ value: text });
}

function set(cell: CellState, numberFormat?: string): CellContent {
  return numberFormat ? { kind: 'set', cell, numberFormat } : { kind: 'set', cell };
}

function isoDateSerial(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}
