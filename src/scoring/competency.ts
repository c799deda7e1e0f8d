/** The Gap column of tblCompetencies: how far below the required level, never negative. */
import type { CellValue } from '../schema/rows';
import { isNumber } from '../data/excel-semantics';

export function competencyGap(level: CellValue | undefined, required: CellValue | undefined): number | null {
  return isNumber(level) && isNumber(required) ? Math.max(0, required - level) : null;
}
