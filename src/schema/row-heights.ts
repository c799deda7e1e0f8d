/**
 * The heights of table rows that hold wrapped text: the template's own (criteria, guidance, plan
 * elements, competencies) and the entries our writers put in (the example's risks and evidence,
 * collected actions), from those texts and their columns' widths. What people type by hand is left
 * to Excel, which fits a row as it is edited; LibreOffice keeps whatever height the file says.
 */
import type { RowEntries } from './rows';
import type { TableSchema } from './table';
import { fittedHeight } from './text-height';

/** Consecutive data rows (0 = the first) that get the same height, in points. */
export interface HeightRun {
  first: number;
  count: number;
  height: number;
}

/** A column's width in the workbook (a person may have widened it), by key; the declared width otherwise. */
export type WidthOf = (key: string) => number | undefined;

/**
 * Each row's fitted height over every wrapped column that holds text in it; undefined where one
 * line is enough.
 */
export function wrappedTextHeights(table: TableSchema, rows: RowEntries[], widthOf: WidthOf = () => undefined): Array<number | undefined> {
  const wrapped = table.columns.filter((c) => c.wrap && !c.formula)
    .map((c) => ({ key: c.key, width: widthOf(c.key) ?? c.width }))
    .filter((c): c is { key: string; width: number } => c.width !== undefined && c.width > 0);
  return rows.map((row) => fittedHeight(wrapped.map((c) => ({ text: typeof row[c.key] === 'string' ? row[c.key] as string : '', width: c.width }))));
}

/** The rows that need more than one line, in runs of the same height (one request each in Excel). */
export function wrappedTextRuns(table: TableSchema, rows: RowEntries[]): HeightRun[] {
  return heightRuns(wrappedTextHeights(table, rows));
}

/** Consecutive rows of the same height as one run; rows without a height are left out. */
export function heightRuns(heights: Array<number | undefined>): HeightRun[] {
  const runs: HeightRun[] = [];
  heights.forEach((height, i) => {
    if (height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.first + last.count === i) last.count += 1;
    else runs.push({ first: i, count: 1, height });
  });
  return runs;
}
