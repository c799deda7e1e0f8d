/**
 * The heights of table rows that hold the template's own wrapped texts (criteria, guidance, plan
 * elements, competencies), from those texts and their columns' widths. What people type is left
 * to Excel, which fits a row as it is edited.
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

export function fixedTextHeights(table: TableSchema, rows: RowEntries[]): HeightRun[] {
  const fixed = table.columns.filter((c) => c.wrap && !c.clientEntry && !c.readOnly && c.width);
  const runs: HeightRun[] = [];
  rows.forEach((row, i) => {
    const height = fittedHeight(fixed.map((c) => ({ text: typeof row[c.key] === 'string' ? row[c.key] as string : '', width: c.width as number })));
    if (height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.first + last.count === i) last.count += 1;
    else runs.push({ first: i, count: 1, height });
  });
  return runs;
}
