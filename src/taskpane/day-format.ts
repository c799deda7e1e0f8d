/**
 * Dates as the person reads them: in the language Office shows its own words in
 * (Office.context.displayLanguage, e.g. "de-DE"), else the browser's, else the runtime's default.
 */
import { serialToIso } from '../schema/dates';

export function personLocale(): string | undefined {
  const office = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  if (office) return office;
  return typeof navigator === 'undefined' ? undefined : navigator.language || undefined;
}

/** An Excel day number as a date in that locale ("1 Dec 2026", "01.12.2026"); an unknown locale falls back to the default. */
export function formatDay(serial: number, locale = personLocale()): string {
  const day = new Date(`${serialToIso(serial)}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(day);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return new Intl.DateTimeFormat(undefined, options).format(day);
  }
}
