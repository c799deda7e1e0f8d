export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/** One thing the checks found: where it is, what is wrong, and what to do. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address as the workbook is now; empty when the finding is about the workbook as a whole. */
  cell: string;
  message: string;
  fix: string;
  /** The text that names the finding's row (its criterion, risk or item), when it is on a row that has one. */
  row?: string;
}

/**
 * Most severe first, then by sheet and position. A large workbook has thousands of findings on
 * one sheet, so equal names are told apart without asking the locale, and addresses without a
 * regular expression.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
    || (a.sheet === b.sheet ? 0 : a.sheet.localeCompare(b.sheet))
    || cellOrder(a.cell) - cellOrder(b.cell)
    || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule));
}

/** `B7` as a number that orders cells by row, then column; -1 for anything else, such as ''. */
function cellOrder(address: string): number {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i === address.length) return -1;
  let row = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + code - 48;
  }
  return row * 20000 + column;
}
