/** Plan completeness: the same number as the workbook's PlanCompleteness. */
import { planStatuses } from '../domain/strings/en/workbook';
import type { RowEntries } from '../schema/rows';
import { isFilled, sameText } from '../data/excel-semantics';

const COMPLETE = [planStatuses.agreed, planStatuses.notApplicable];

/** Share (0–1) of plan elements that are Agreed or Not applicable; null when the plan has no elements. */
export function planCompleteness(plan: RowEntries[]): number | null {
  const elements = plan.filter((row) => isFilled(row.element));
  if (elements.length === 0) return null;
  return elements.filter((row) => COMPLETE.some((status) => sameText(row.status, status))).length / elements.length;
}
