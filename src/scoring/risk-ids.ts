/** Numbering risks: …; the next free number after the highest in use, never renumbering. */
import type { RowEntries } from '../schema/rows';
import { isFilled } from '../data/excel-semantics';

const PREFIX = 'R-';
const DIGITS = 3;

/** The rows (by index) that need an ID — Risk filled, ID empty — and the ID each gets. */
export function newRiskIds(rows: RowEntries[]): Array<{ index: number; id: string }> {
  let highest = 0;
  for (const row of rows) {
    const match = /^R-(\d+)$/i.exec(String(row.id ?? '').trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const assigned: Array<{ index: number; id: string }> = [];
  rows.forEach((row, index) => {
    if (isFilled(row.risk) && !isFilled(row.id)) {
      highest += 1;
      assigned.push({ index, id: `${PREFIX}${String(highest).padStart(DIGITS, '0')}` });
    }
  });
  return assigned;
}
