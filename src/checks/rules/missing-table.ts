import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';

const text = checkText['missing-table'];

export default defineRule({
  id: 'missing-table',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ schema, table }) => schema.tables
    .filter((placed) => table(placed.table) === undefined)
    .map(({ table: declared }) => ({ sheet: declared.sheet, cell: '', message: text.message(declared.sheet, declared.name), fix: text.fix })),
});
