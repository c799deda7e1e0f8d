import { checkText } from '../../domain/strings/en/checks';
import { defineRule, type RuleContext } from '../define-rule';
import type { Located } from '../../data/table-view';
import { errorIn } from './shared/cell-values';
import { foundTables } from './shared/found-tables';
import { findingAt, namedCell, namedInputs } from './shared/named-cells';

const text = checkText['error-value'];

/** Errors in calculated cells follow from their inputs, which is where this points. */
function tableErrors(context: RuleContext): Located[] {
  const found: Located[] = [];
  // Every input cell of every row is looked at, so plain loops: no array per cell that holds nothing.
  for (const view of foundTables(context)) {
    for (const column of view.schema.columns.filter((c) => !c.formula && view.hasColumn(c.key))) {
      for (const r of view.rows) {
        const error = errorIn(r.value(column.key));
        if (error !== undefined) found.push(r.finding(column.key, text.message(column.header, error), text.fix));
      }
    }
  }
  return found;
}

function startErrors({ data, schema }: RuleContext): Located[] {
  return namedInputs(schema).flatMap((n) => {
    const cell = namedCell(data, n.name);
    const error = cell && errorIn(cell.value);
    return cell && error ? [findingAt(cell, text.message(n.input.header, error), text.fix)] : [];
  });
}

export default defineRule({
  id: 'error-value',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => [...tableErrors(context), ...startErrors(context)],
});
