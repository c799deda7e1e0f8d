import { checkText } from '../../domain/strings/en/checks';
import { planStatuses, riskStatuses } from '../../domain/strings/en/workbook';
import { planTable } from '../../schema/plan';
import { risksTable } from '../../schema/risks';
import type { TableSchema } from '../../schema/table';
import { defineRule, type RuleContext } from '../define-rule';
import type { Located, RowView } from '../../data/table-view';
import { dateText, isDateSerial } from './shared/cell-values';
import { tableWith } from './shared/found-tables';
import { planElementLabel, riskLabel } from './shared/row-labels';

const text = checkText['overdue-review'];

/** A table with a next review, the status that needs no more reviews, and how a row is named. */
function overdueReviews<K extends string>(declared: TableSchema<K | 'nextReview' | 'status'>, finished: string,
  label: (r: RowView<K | 'nextReview' | 'status'>) => string) {
  return (context: RuleContext): Located[] => (tableWith(context, declared, ['nextReview', 'status'])?.rows ?? []).flatMap((r) => {
    const next = r.value('nextReview');
    return isDateSerial(next) && next < context.todaySerial && r.text('status').toLowerCase() !== finished.toLowerCase()
      ? [r.finding('nextReview', text.message(label(r), dateText(next)), text.fix)] : [];
  });
}

const reviewed = [
  overdueReviews(planTable, planStatuses.notApplicable, planElementLabel),
  overdueReviews(risksTable, riskStatuses.closed, riskLabel),
];

export default defineRule({
  id: 'overdue-review',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => reviewed.flatMap((inTable) => inTable(context)),
});
