import { findTable } from '../../data/workbook-data';
import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';

const text = checkText['table-header-row'];

export default defineRule({
  id: 'table-header-row',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ data, schema }) => schema.tables.flatMap(({ table }) => {
    const found = findTable(data, table.name);
    return found?.noHeaderRow ? [{ sheet: found.sheet, cell: '', message: text.message(found.name), fix: text.fix }] : [];
  }),
});
