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

/** Most severe first, then by sheet and position. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
    || a.sheet.localeCompare(b.sheet)
    || cellOrder(a.cell) - cellOrder(b.cell)
    || a.rule.localeCompare(b.rule);
}

function cellOrder(address: string): number {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return -1;
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return Number(match[2]) * 20000 + column;
}
