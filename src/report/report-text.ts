/**
 * How the report writes what a workbook holds: every cell as the text a person typed (never a
 * formula, never markup), dates as "6 Dec 2026", scores as the Dashboard shows them.
 */
import { reportText } from '../domain/strings/en/report';
import { isNumber } from '../data/excel-semantics';
import { isCellError, type RawValue } from '../data/workbook-data';
import { serialToIso } from '../schema/dates';

/** "2026-12-06" as "6 Dec 2026". */
export function dayText(iso: string): string {
  const [year, month, date] = iso.split('-').map(Number);
  return reportText.day(year, month, date);
}

/** A cell as text: a number as it is, an error value as its code, a blank as ''. */
export function cellText(value: RawValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/** A date cell: a serial number as a date; text someone typed there stays as they typed it. */
export function dateCellText(value: RawValue | undefined): string {
  return isNumber(value as number) ? dayText(serialToIso(value as number)) : cellText(value);
}

/**
 * Rounded as Excel's number formats round: the value to 15 significant digits, then half away
 * from zero (so 2.675 shows as 2.68, where JavaScript's toFixed gives 2.67).
 */
function excelRounded(value: number, decimals: number): string {
  const shown = Number(value.toPrecision(15));
  const scale = 10 ** decimals;
  return (Math.sign(shown) * Math.round(Math.abs(shown) * scale + 1e-9) / scale).toFixed(decimals);
}

/** A score as the Dashboard's 0.00 format shows it. */
export const scoreText = (score: number | null): string => (score === null ? reportText.none : excelRounded(score, 2));

/** A share as the Dashboard's 0% format shows it. */
export const percentText = (share: number | null): string => (share === null ? reportText.none : `${excelRounded(share * 100, 0)}%`);
