import { checkText } from '../../domain/strings/en/checks';
import { defineRule, type RuleContext } from '../define-rule';
import type { Located } from '../../data/table-view';
import type { RawValue } from '../../data/workbook-data';
import { errorIn, isBlankValue, shown } from './shared/cell-values';
import { foundTables } from './shared/found-tables';
import { isInList, listValues } from './shared/list-values';
import { findingAt, namedCell, namedInputs } from './shared/named-cells';

const text = checkText['list-value'];

const isOffList = (value: RawValue, values: Array<string | number>) =>
  !isBlankValue(value) && errorIn(value) === undefined && !isInList(value, values);

function tableLists(context: RuleContext): Located[] {
  return foundTables(context).flatMap((view) => view.schema.columns
    .filter((c) => c.type === 'list' && c.list && view.hasColumn(c.key))
    .flatMap((column) => {
      const values = listValues(context.data, column.list as string);
      if (!values) return [];
      return view.rows
        .filter((r) => isOffList(r.value(column.key), values))
        .map((r) => r.finding(column.key, text.message(column.header, shown(r.value(column.key))), text.fix));
    }));
}

function startLists({ data, schema }: RuleContext): Located[] {
  return namedInputs(schema).filter((n) => n.input.type === 'list' && n.input.list).flatMap((n) => {
    const cell = namedCell(data, n.name);
    const values = listValues(data, n.input.list as string);
    return cell && values && isOffList(cell.value, values)
      ? [findingAt(cell, text.message(n.input.header, shown(cell.value)), text.fix)] : [];
  });
}

export default defineRule({
  id: 'list-value',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => [...tableLists(context), ...startLists(context)],
});
