/** Reading raw cell values the way a person sees them: errors, dates, and text fit for a message. */
import { isoToSerial, serialToIso } from '../../../schema/dates';
import { FIRST_DATE_SERIAL, LAST_DATE_SERIAL } from '../../../schema/validation';
import { isCellError, type RawValue } from '../../../data/workbook-data';

const SHOWN_LENGTH = 40;

/** Some hosts hand error values over as text, so the text forms count as errors too. */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/i;

/** The error code in the cell, such as `#REF!`, or undefined when it holds no error. */
export function errorIn(value: RawValue): string | undefined {
  if (isCellError(value)) return String(value.error);
  // Every error text starts with #: most cells are told apart without trimming or a regular expression.
  if (typeof value === 'string' && value.indexOf('#') >= 0 && ERROR_TEXT.test(value.trim())) return value.trim().toUpperCase();
  return undefined;
}

/** Empty, or nothing but spaces. */
export function isBlankValue(value: RawValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** A serial number Excel shows as a calendar date; a time of day on that date (the fraction) keeps it a date. */
export function isDateSerial(value: RawValue): value is number {
  return typeof value === 'number' && value >= FIRST_DATE_SERIAL && Math.floor(value) <= LAST_DATE_SERIAL;
}

/** A date serial as the workbook shows it, e.g. `2026-03-31`. */
export function dateText(serial: number): string {
  return serialToIso(serial);
}

/** The same day twelve months later; 29 February becomes 28 February. Past 9999 it is never reached. */
export function yearAfter(serial: number): number {
  const [year, month, day] = serialToIso(serial).split('-');
  const next = String(Number(year) + 1);
  return isoToSerial(`${next}-${month}-${day}`) ?? isoToSerial(`${next}-${month}-28`) ?? Number.POSITIVE_INFINITY;
}

/** A value as it would read in a message: long text cut short, TRUE and FALSE as Excel shows them. */
export function shown(value: RawValue): string {
  const error = errorIn(value);
  if (error !== undefined) return error;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return clipped(String(value));
}

export function clipped(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}
