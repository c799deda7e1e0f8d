/**
 * Formulas compared as Excel means them. The file form spells a row reference
 * `tbl[[#This Row],[Header]]`; Excel shows the same as `[@Header]`, `[@[Two words]]` or
 * `tbl[@Header]`, and may space or capitalise it differently.
 */
const NAME = '([A-Za-z_\\\\][\\w.]*)?';
const BRACKETED_SHORTHAND = new RegExp(`${NAME}\\[@\\[((?:'.|[^\\]'])+)\\]\\]`, 'g');
const PLAIN_SHORTHAND = new RegExp(`${NAME}\\[@((?:'.|[^\\]\\['])+)\\]`, 'g');
const UNNAMED_THIS_ROW = /(^|[^\w.\]])\[\[\s*#This Row\s*\]/gi;

export function normalFormula(formula: string, ownTable?: string): string {
  const own = ownTable ?? '';
  const thisRow = (table: string | undefined, header: string) => `${table ?? own}[[#This Row],[${header.trim()}]]`;
  return formula.trim().replace(/^=/, '')
    .replace(BRACKETED_SHORTHAND, (_, table: string | undefined, header: string) => thisRow(table, header))
    .replace(PLAIN_SHORTHAND, (_, table: string | undefined, header: string) => thisRow(table, header))
    .replace(UNNAMED_THIS_ROW, (_, before: string) => `${before}${own}[[#This Row]`)
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Intact cells hold the template's text exactly, so most comparisons need no normalising. */
export function sameFormula(found: string, expected: string, ownTable?: string): boolean {
  return found === expected || normalFormula(found, ownTable) === normalFormula(expected, ownTable);
}
