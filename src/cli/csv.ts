/**
 * CSV that is safe to open in a spreadsheet: a field a person typed that starts with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe, so it can never run as a formula (CSV
 * injection). Numbers are written as numbers.
 */
import type { CellValue } from '../schema/rows';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLines(header: string[], rows: CellValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
