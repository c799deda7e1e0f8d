import { checkText } from '../../domain/strings/en/checks';
import { quoteSheet } from '../../schema/address';
import type { WorkbookSchema } from '../../schema/workbook';
import { defineRule } from '../define-rule';
import type { WorkbookData } from '../../data/workbook-data';
import { ownList } from './shared/list-values';
import { namedCell } from './shared/named-cells';

const text = checkText['missing-sheet'];

/** A renamed sheet still carries its named cells and lists, so it is not missing. */
function foundByItsNames(data: WorkbookData, schema: WorkbookSchema, sheet: string): boolean {
  const names = [
    ...schema.cells.filter((c) => c.sheet === sheet && c.name).map((c) => c.name as string),
    ...schema.definedNames.filter((n) => n.refersTo.startsWith(`${quoteSheet(sheet)}!`)).map((n) => n.name),
  ];
  return names.some((name) => namedCell(data, name) !== undefined || ownList(data, name) !== undefined);
}

export default defineRule({
  id: 'missing-sheet',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ data, schema }) => {
    const present = new Set(data.sheets.map((s) => s.toLowerCase()));
    const tableSheets = new Set(schema.tables.map((p) => p.table.sheet));
    return schema.sheets
      .filter((s) => !tableSheets.has(s.name) && !present.has(s.name.toLowerCase()) && !foundByItsNames(data, schema, s.name))
      .map((s) => ({ sheet: s.name, cell: '', message: text.message(s.name), fix: text.fix }));
  },
});
