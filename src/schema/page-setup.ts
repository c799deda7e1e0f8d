/**
 * How each sheet prints, declared once for both hosts: orientation, how many pages across, the
 * rows (and columns) repeated on every page, margins, a footer naming the sheet, and the paper.
 */

export type Paper = 'a4' | 'letter';

/** The paper every workbook prints on unless the person asks for another. */
export const DEFAULT_PAPER: Paper = 'a4';

/**
 * Each paper's code in a file (`paperSize` of CT_PageSetup: 1 Letter, 9 A4, ECMA-376 Part 1,
 * 18.3.1.64) and its name in Office.js (Excel.PaperType).
 */
export const PAPERS: Record<Paper, { fileCode: number; officeName: 'A4' | 'Letter' }> = {
  a4: { fileCode: 9, officeName: 'A4' },
  letter: { fileCode: 1, officeName: 'Letter' },
};

export const paperNames = Object.keys(PAPERS) as Paper[];

export function isPaper(name: string): name is Paper {
  return (paperNames as string[]).includes(name);
}

/**
 * Regions that print on US Letter (CLDR's supplemental measurement data, paperSize "US-Letter");
 * everywhere else uses A4.
 */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'BZ', 'CL', 'CO', 'CR', 'GT', 'NI', 'PA', 'PH', 'PR', 'SV', 'VE']);

/** The paper for a language tag such as Office's display language (`en-US`, `fr-CA`, `de-DE`); A4 when it names no Letter region. */
export function paperForLanguage(tag: string | undefined): Paper {
  const region = (tag ?? '').split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : DEFAULT_PAPER;
}

/** Margins in inches; Excel's "Narrow" set, which leaves the most room for wide tables. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export const NARROW_MARGINS: Margins = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  /** The sheet is scaled to this many pages across; its length runs on over as many pages as the rows need. */
  pagesWide: number;
  /** Rows printed at the top of every page (a table's header), 1-based, first and last. */
  titleRows?: [number, number];
  /** Columns printed at the left of every page across (what names a row), as letters, first and last. */
  titleColumns?: [string, string];
  margins: Margins;
}

/** A footer on every page: the sheet's name and the page number (Excel's header and footer codes). */
export const PAGE_FOOTER = '&A, page &P of &N';

/** `$4:$4` for rows 4 to 4. */
export const rowsReference = ([first, last]: [number, number]) => `$${first}:$${last}`;

/** `$A:$B` for columns A to B. */
export const columnsReference = ([first, last]: [string, string]) => `$${first}:$${last}`;

/** Office.js and Excel take margins in points. */
export const POINTS_PER_INCH = 72;
