import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import type { RawValue } from '../../data/workbook-data';
import { errorIn, isBlankValue, shown } from './shared/cell-values';
import { foundTables } from './shared/found-tables';

const text = checkText['whole-number-range'];

const isWholeBetween = (value: RawValue, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export default defineRule({
  id: 'whole-number-range',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => foundTables(context).flatMap((view) => view.schema.columns
    .filter((c) => c.type === 'whole' && view.hasColumn(c.key))
    .flatMap((column) => {
      // The same bounds the data validation falls back to (schema/validation.ts).
      const [min, max] = [column.min ?? 0, column.max ?? 1e9];
      return view.rows
        .filter((r) => {
          const value = r.value(column.key);
          return !isBlankValue(value) && errorIn(value) === undefined && !isWholeBetween(value, min, max);
        })
        .map((r) => r.finding(column.key, text.message(column.header, min, max, shown(r.value(column.key))), text.fix));
    })),
});
