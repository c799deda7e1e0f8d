import { checkText } from '../../domain/strings/en/checks';
import { defineRule, type RuleContext } from '../define-rule';
import type { Located } from '../../data/table-view';
import type { RawValue } from '../../data/workbook-data';
import { errorIn, isBlankValue, isDateSerial, shown } from './shared/cell-values';
import { foundTables } from './shared/found-tables';
import { findingAt, namedCell, namedInputs } from './shared/named-cells';

const text = checkText['date-value'];

/** Text, a time of day or a number no calendar has; blanks and error values are other rules' to report. */
const isNotADate = (value: RawValue) => !isBlankValue(value) && errorIn(value) === undefined && !isDateSerial(value);

function tableDates(context: RuleContext): Located[] {
  return foundTables(context).flatMap((view) => view.schema.columns
    .filter((c) => c.type === 'date' && view.hasColumn(c.key))
    .flatMap((column) => view.rows
      .filter((r) => isNotADate(r.value(column.key)))
      .map((r) => r.finding(column.key, text.message(column.header, shown(r.value(column.key))), text.fix))));
}

function startDates({ data, schema }: RuleContext): Located[] {
  return namedInputs(schema).filter((n) => n.input.type === 'date').flatMap((n) => {
    const cell = namedCell(data, n.name);
    return cell && isNotADate(cell.value) ? [findingAt(cell, text.message(n.input.header, shown(cell.value)), text.fix)] : [];
  });
}

export default defineRule({
  id: 'date-value',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => [...tableDates(context), ...startDates(context)],
});
