/** The latest snapshot's scores, as the Dashboard's Previous column shows them beside today's. */
import type { CellValue, RowEntries } from '../schema/rows';
import { isNumber } from '../data/excel-semantics';

/**
 * A principle's score in the last snapshot: the row at the position given by how many rows have a
 * date (snapshots are appended in order), as `INDEX(column, COUNT(dates))` reads it; null when
 * there is none or it is not a number.
 */
export function previousScore(history: RowEntries[], ref: string): number | null {
  const dated = history.filter((row) => isNumber(row.date)).length;
  if (dated === 0) return null;
  const value: CellValue | undefined = history[dated - 1]?.[ref];
  return isNumber(value) ? value : null;
}
