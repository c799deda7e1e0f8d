import { checkText } from '../../domain/strings/en/checks';
import { allLists } from '../../schema/lists';
import { defineRule } from '../define-rule';
import type { Located } from '../../data/table-view';

const text = checkText['empty-list'];

/** `Lists!$C$2:$C$9` → sheet and first cell, where a finding about the list points. */
function firstCell(refersTo: string): { sheet: string; cell: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Z]+)\$?(\d+)/.exec(refersTo);
  return match ? { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: `${match[3]}${match[4]}` } : undefined;
}

/**
 * A list the workbook has by name but with no values: every dropdown that uses it then refuses
 * every entry. A list missing altogether reads as the template's (and the missing name is reported
 * where names are checked), so only lists found empty count.
 */
export default defineRule({
  id: 'empty-list',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ data, schema }) => {
    const found = Object.fromEntries(Object.entries(data.lists).map(([name, values]) => [name.toLowerCase(), values]));
    const empty = allLists.filter((list) => found[list.name.toLowerCase()]?.length === 0);
    const located = empty.flatMap((list): Located[] => {
      const where = firstCell(schema.definedNames.find((n) => n.name === list.name)?.refersTo ?? '');
      return where ? [{ ...where, message: text.message(list.header), fix: text.fix }] : [];
    });
    if (located.length > 1 && empty.length === allLists.length) {
      return [{ sheet: located[0].sheet, cell: located[0].cell, message: text.messageAll(located[0].sheet), fix: text.fix }];
    }
    return located;
  },
});
