/** A plan element's row, found by its Ref wherever it stands. */
import type { RowView, TableView } from '../../../data/table-view';
import type { planTable } from '../../../schema/plan';
import type { KeyOf } from '../../../schema/table';

type PlanKey = KeyOf<typeof planTable>;

export function planElementRow(plan: TableView<PlanKey>, ref: string): RowView<PlanKey> | undefined {
  return plan.rows.find((r) => r.text('ref').trim().toUpperCase() === ref.toUpperCase());
}
