import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { foundTables } from './shared/found-tables';

const text = checkText['required-value'];

export default defineRule({
  id: 'required-value',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => foundTables(context).flatMap((view) => {
    const inputs = view.schema.columns.filter((c) => !c.formula && !c.readOnly);
    return view.schema.columns
      .filter((c) => c.required && view.hasColumn(c.key))
      .flatMap((column) => view.rows
        .filter((r) => r.isBlank(column.key) && inputs.some((c) => c.key !== column.key && !r.isBlank(c.key)))
        .map((r) => r.finding(column.key, text.message(column.header), text.fix)));
  }),
});
