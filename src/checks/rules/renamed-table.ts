import { renamedTable } from '../../data/renamed-table';
import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';

const text = checkText['renamed-table'];

export default defineRule({
  id: 'renamed-table',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ data, schema }) => {
    const declared = schema.tables.map((p) => p.table.name);
    return schema.tables.flatMap(({ table }) => {
      const found = renamedTable(data, table, declared);
      return found ? [{ sheet: found.sheet, cell: '', message: text.message(found.sheet, found.name, table.name), fix: text.fix }] : [];
    });
  },
});
