/** Workbooks the check tests start from, and what a test compares: the findings a mistake adds. */
import { runChecks, type Finding } from '../../../src/checks';
import type { WorkbookData } from '../../../src/data/workbook-data';
import { exampleEntries } from '../../../src/schema/example';
import { principlesTable } from '../../../src/schema/principles';
import { workbookDataFrom } from '../../support/workbook-data';

export const TODAY = '2026-04-01';

/** A workbook as `partnering new` writes it, nothing typed yet. */
export const blank = workbookDataFrom();

/** The fictional joinery firm of `partnering new --example`. */
export const example = workbookDataFrom(exampleEntries('2026-03-31'));

/**
 * The example with every unrated criterion rated 1, so the progress figure stays put while a
 * test makes its one mistake.
 */
export const assessed = (() => {
  const entries = exampleEntries('2026-03-31');
  const principles = entries.rows[principlesTable.name].map((row) => (row.rating === undefined ? { ...row, rating: 1 } : row));
  return workbookDataFrom({ ...entries, rows: { ...entries.rows, [principlesTable.name]: principles } });
})();

export const check = (data: WorkbookData, today = TODAY): Finding[] => runChecks(data, { today });

const same = (a: Finding, b: Finding) => JSON.stringify(a) === JSON.stringify(b);

/** The findings the changed workbook has that the original did not. */
export function addedFindings(before: WorkbookData, after: WorkbookData, today = TODAY): Finding[] {
  const earlier = check(before, today);
  return check(after, today).filter((f) => !earlier.some((e) => same(e, f)));
}

/** A finding as a person sees it: `Risks!G7`, the rule and its severity, and the message. */
export function findingAt(where: string, rule: string, severity: Finding['severity'], message: string) {
  const [sheet, cell] = where.includes('!') ? where.split('!') : [where, ''];
  return expect.objectContaining({ rule, severity, sheet, cell, message });
}
