/** Snapshots of the scores in tblHistory: the row a snapshot adds, and the latest one's scores as the Dashboard shows them. */
import type { WorkbookData } from '../data/workbook-data';
import type { CellValue, RowEntries } from '../schema/rows';
import { isNumber } from '../data/excel-semantics';
import { workbookScores } from './workbook-scores';

/**
 * The row Save snapshot (the pane) and `partnering snapshot` add to tblHistory, by column key:
 * the day, the person's label, each principle's score, overall maturity, plan completeness and
 * the open High and Critical risks, as the Dashboard computes them today.
 */
export function snapshotRow(data: WorkbookData, todaySerial: number, label: string): RowEntries {
  const scores = workbookScores(data);
  return {
    date: todaySerial, label,
    ...Object.fromEntries(scores.principles.map((p) => [p.ref, p.score])),
    overall: scores.overall, planCompleteness: scores.planCompleteness, openHighRisks: scores.openHighRisks,
  };
}

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
