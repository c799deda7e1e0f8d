/**
 * Which cells hold dates and what day they mean. A file stores a date as a serial day number and
 * says it is a date only through the cell's number format; a Mac workbook may count its serials
 * from 1904 (`<workbookPr date1904="1"/>`, ECMA-376 Part 1, 18.2.28), 1,462 days apart from the
 * 1900 system the checks and scores use. Cells of type `t="d"` hold an ISO 8601 date instead
 * (18.18.11).
 */
import { isoToSerial } from '../schema/dates';
import { descendants, type XmlElement } from './xml-tree';

export type DateSystem = 1900 | 1904;

/** Days from 1900-01-00 (serial 0 of the 1900 system, as Excel counts) to 1904-01-01. */
export const DAYS_1900_TO_1904 = 1462;

/** `2026-03-31` as the serial a workbook of that date system stores; undefined for text that is no date. */
export function serialIn(dateSystem: DateSystem, iso: string): number | undefined {
  const serial = isoToSerial(iso);
  if (serial === undefined) return undefined;
  return dateSystem === 1904 ? serial - DAYS_1900_TO_1904 : serial;
}

/** Built-in number formats that show a date (ECMA-376 Part 1, 18.8.30), pure times left out. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quoted text, escapes and [brackets], it has a day, month name or year. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]|mmm/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** The indexes of the cell formats (`s` attributes) that show dates, from xl/styles.xml. */
export function dateStyles(styles: XmlElement | undefined): Set<number> {
  const found = new Set<number>();
  if (!styles) return found;
  const custom = new Map(descendants(styles, 'numFmt').map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? '']));
  const cellXfs = styles.children.find((c) => c.name === 'cellXfs');
  (cellXfs?.children.filter((c) => c.name === 'xf') ?? []).forEach((xf, index) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id)) found.add(index);
  });
  return found;
}

const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** `2026-03-31` or `2026-03-31T14:30:00` (a `t="d"` cell) as a 1900-system serial; undefined when it is no such date. */
export function isoDateTimeToSerial(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day, Number(match[4] ?? 0), Number(match[5] ?? 0), 0) + Number(match[6] ?? 0) * 1000;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return (ms - EPOCH_1900_MS) / DAY_MS;
}
