/**
 * The few spreadsheet rules the scores depend on, so TypeScript computes exactly what the
 * workbook's formulas compute.
 */
import type { CellValue } from '../schema/rows';

/** ISNUMBER. */
export const isNumber = (value: CellValue | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** How SUMPRODUCT reads a cell passed as its own argument: anything but a number counts as 0. */
export const asNumber = (value: CellValue | undefined): number => (isNumber(value) ? value : 0);

/** Text comparison with `=` and in COUNTIFS: case-insensitive; a blank equals the empty text. */
export function sameText(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isNumber(a) || isNumber(b)) return a === b;
  return String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
}

/** COUNTIFS with "<>": the cell holds anything at all. */
export const isFilled = (value: CellValue | undefined): boolean => value !== null && value !== undefined && value !== '';

/** A whole number between min and max, as `AND(ISNUMBER(x),x=INT(x),x>=min,x<=max)`. */
export const isWholeBetween = (value: CellValue | undefined, min: number, max: number): value is number =>
  isNumber(value) && Number.isInteger(value) && value >= min && value <= max;
