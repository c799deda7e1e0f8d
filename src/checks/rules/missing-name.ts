import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { namedCell } from './shared/named-cells';

const text = checkText['missing-name'];

export default defineRule({
  id: 'missing-name',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ data, schema }) => schema.cells
    .filter((c) => c.name !== undefined && namedCell(data, c.name) === undefined)
    .map((c) => ({ sheet: c.sheet, cell: c.cell, message: text.message(c.name as string), fix: text.fix })),
});
