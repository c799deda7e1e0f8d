import { renamedTable } from '../../data/renamed-table';
import { findTable } from '../../data/workbook-data';
import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';

const text = checkText['missing-table'];

export default defineRule({
  id: 'missing-table',
  severity: 'error',
  description: text.description,
  why: text.why,
  // A table renamed or with its header row turned off is there: renamed-table and table-header-row say so.
  check: ({ data, schema }) => schema.tables
    .filter((placed) => findTable(data, placed.table.name) === undefined
      && renamedTable(data, placed.table, schema.tables.map((p) => p.table.name)) === undefined)
    .map(({ table: declared }) => ({ sheet: declared.sheet, cell: '', message: text.message(declared.sheet, declared.name), fix: text.fix })),
});
