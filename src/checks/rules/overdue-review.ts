import { checkText } from '../../domain/strings/en/checks';
import { planStatuses, riskStatuses } from '../../domain/strings/en/workbook';
import { planTable } from '../../schema/plan';
import { risksTable } from '../../schema/risks';
import type { TableSchema } from '../../schema/table';
import { defineRule } from '../define-rule';
import type { RowView } from '../../data/table-view';
import { dateText, isDateSerial } from './shared/cell-values';
import { tableWith } from './shared/found-tables';
import { planElementLabel, riskLabel } from './shared/row-labels';

const text = checkText['overdue-review'];

/** Tables with a next review, the status that needs no more reviews, and how a row is named. */
const reviewed: Array<{ table: TableSchema; finished: string; label: (r: RowView) => string }> = [
  { table: planTable, finished: planStatuses.notApplicable, label: planElementLabel },
  { table: risksTable, finished: riskStatuses.closed, label: riskLabel },
];

export default defineRule({
  id: 'overdue-review',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => reviewed.flatMap(({ table: declared, finished, label }) => {
    const view = tableWith(context, declared.name, ['nextReview', 'status']);
    return (view?.rows ?? []).flatMap((r) => {
      const next = r.value('nextReview');
      return isDateSerial(next) && next < context.todaySerial && r.text('status').toLowerCase() !== finished.toLowerCase()
        ? [r.finding('nextReview', text.message(label(r), dateText(next)), text.fix)] : [];
    });
  }),
});
