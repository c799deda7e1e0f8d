/** The rows of tblRatings, tblPrinciples and tblScores as the joint-assessment figures take them. */
import { isCellError, type RawValue } from '../../../data/workbook-data';
import type { RowView } from '../../../data/table-view';
import type { CellValue, RowEntries } from '../../../schema/rows';

/** An error value counts as a blank, as the figures read it. */
const plain = (value: RawValue): CellValue => (isCellError(value) ? null : value);

export function entriesOf<K extends string>(rows: Array<RowView<K>>, keys: K[]): RowEntries[] {
  return rows.map((r) => Object.fromEntries(keys.map((key) => [key, plain(r.value(key))])));
}

/** A figure as the workbook shows it, with at most two decimals. */
export const shownFigure = (value: number): string => String(Number(value.toFixed(2)));
