/** A plan element's row, found by its Ref wherever it stands. */
import type { RowView, TableView } from '../../../data/table-view';

export function planElementRow(plan: TableView, ref: string): RowView | undefined {
  return plan.rows.find((r) => r.text('ref').trim().toUpperCase() === ref.toUpperCase());
}
