/** Maturity scores: the same numbers as the workbook's tblScores formulas and OverallMaturity. */
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import type { RowEntries } from '../schema/rows';
import { asNumber, isNumber, isWholeBetween, sameText } from '../data/excel-semantics';

const [MIN_LEVEL, MAX_LEVEL] = scaleBounds(content.maturityLevels);

export interface PrincipleScore {
  ref: string;
  principle: string;
  weight: number;
  target: number | null;
  /** Weighted mean of the rated criteria; null when none is rated. */
  score: number | null;
  percent: number | null;
  gap: number | null;
  /** Criteria with a numeric rating or N/A. */
  rated: number;
  criteria: number;
}

/** One score per row of tblScores, from the criteria rows of tblPrinciples (rows keyed by column key). */
export function principleScores(criteria: RowEntries[], scoreRows: RowEntries[]): PrincipleScore[] {
  return scoreRows.map((row) => {
    const mine = criteria.filter((c) => sameText(c.principle, row.principle));
    const ratedWeight = mine.filter((c) => isNumber(c.rating)).reduce((sum, c) => sum + asNumber(c.weight), 0);
    const weighted = mine.reduce((sum, c) => sum + asNumber(c.weight) * asNumber(c.rating), 0);
    const score = ratedWeight === 0 ? null : weighted / ratedWeight;
    const target = isNumber(row.target) ? row.target : null;
    return {
      ref: String(row.ref ?? ''),
      principle: String(row.principle ?? ''),
      weight: asNumber(row.weight),
      target,
      score,
      percent: score === null ? null : score / MAX_LEVEL,
      gap: score === null || target === null ? null : target - score,
      rated: mine.filter((c) => isNumber(c.rating) || sameText(c.rating, content.notApplicable.code)).length,
      criteria: mine.length,
    };
  });
}

/** Weighted mean of the principle scores that exist; null when no principle has a score. */
export function overallMaturity(scores: PrincipleScore[]): number | null {
  const scored = scores.filter((s) => s.score !== null);
  const totalWeight = scored.reduce((sum, s) => sum + s.weight, 0);
  if (totalWeight === 0) return null;
  return scored.reduce((sum, s) => sum + s.weight * (s.score as number), 0) / totalWeight;
}

/** The Level column: the level name for a whole rating 0–4, "Not applicable" for N/A, else blank. */
export function levelName(rating: RowEntries[string]): string {
  if (sameText(rating, content.notApplicable.code)) return content.notApplicable.name;
  if (!isWholeBetween(rating, MIN_LEVEL, MAX_LEVEL)) return '';
  return content.maturityLevels.find((l) => l.value === rating)?.name ?? '';
}
