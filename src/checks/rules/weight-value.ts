import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { errorIn, isBlankValue, shown } from './shared/cell-values';
import { foundTables } from './shared/found-tables';

const text = checkText['weight-value'];

/** Decimal columns people type in are the weights; the snapshot figures are written by the add-in. */
export default defineRule({
  id: 'weight-value',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => foundTables(context).flatMap((view) => view.schema.columns
    .filter((c) => c.type === 'decimal' && !c.readOnly && view.hasColumn(c.key))
    .flatMap((column) => {
      const min = column.min ?? 0;
      return view.rows
        .filter((r) => {
          const value = r.value(column.key);
          if (isBlankValue(value) || errorIn(value) !== undefined) return false;
          return typeof value !== 'number' || !Number.isFinite(value) || value < min;
        })
        .map((r) => r.finding(column.key, text.message(column.header, min, shown(r.value(column.key))), text.fix));
    })),
});
