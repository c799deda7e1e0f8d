/** Maturity scores: the same numbers as the workbook's tblScores formulas and OverallMaturity. */
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { workbookText } from '../domain/strings/en/workbook';
import type { RowEntries } from '../schema/rows';
import { isNumber, isWholeBetween, sameText } from '../data/excel-semantics';
import type { ScalePoint } from '../domain/types';

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
  /** Criteria with a rating on the scale or N/A. */
  rated: number;
  criteria: number;
  /** Criteria whose Rating holds something other than a rating or N/A, so the score leaves them out. */
  unreadable: number;
}

/** A rating the scores count: a whole number on the maturity scale (N/A and anything else are left out). */
const isRating = (value: RowEntries[string]): value is number => isWholeBetween(value, MIN_LEVEL, MAX_LEVEL);

/** Anything but blank or spaces, as the Check tab's rating rule sees it. */
const isTyped = (value: RowEntries[string]): boolean => String(value ?? '').trim() !== '';

/** A weight the scores count: a number from 0; anything else weighs 0, as a blank does. */
const weightOf = (value: RowEntries[string]): number => (isNumber(value) && value >= 0 ? value : 0);

/** One score per row of tblScores, from the criteria rows of tblPrinciples (rows keyed by column key). */
export function principleScores(criteria: RowEntries[], scoreRows: RowEntries[]): PrincipleScore[] {
  return scoreRows.map((row) => {
    const mine = criteria.filter((c) => sameText(c.principle, row.principle));
    const rated = mine.filter((c) => isRating(c.rating));
    const ratedWeight = rated.reduce((sum, c) => sum + weightOf(c.weight), 0);
    const weighted = rated.reduce((sum, c) => sum + weightOf(c.weight) * (c.rating as number), 0);
    const score = ratedWeight === 0 ? null : weighted / ratedWeight;
    const target = isNumber(row.target) ? row.target : null;
    return {
      ref: String(row.ref ?? ''),
      principle: String(row.principle ?? ''),
      weight: weightOf(row.weight),
      target,
      score,
      percent: score === null ? null : score / MAX_LEVEL,
      gap: score === null || target === null ? null : target - score,
      rated: mine.filter((c) => isRating(c.rating) || sameText(c.rating, content.notApplicable.code)).length,
      criteria: mine.length,
      unreadable: mine.filter((c) => isTyped(c.rating) && !isRating(c.rating) && !sameText(c.rating, content.notApplicable.code)).length,
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

/**
 * The Level column: the level name for a whole rating 0–4, "Not applicable" for N/A, blank for a
 * blank, and the reason for any entry the scores leave out: a rating off the scale, or one on it
 * whose weight (left out when not given) is not a number from 0.
 */
export function levelName(rating: RowEntries[string], weight: RowEntries[string] = 1): string {
  if (sameText(rating, content.notApplicable.code)) return content.notApplicable.name;
  if (rating === null || rating === undefined || rating === '') return '';
  if (!isRating(rating)) return workbookText.notCounted.rating(MIN_LEVEL, MAX_LEVEL, content.notApplicable.code);
  if (!(isNumber(weight) && weight >= 0)) return workbookText.notCounted.weight(0);
  return content.maturityLevels.find((l) => l.value === rating)?.name ?? '';
}

/** The maturity level a score has reached: the highest level at or below it (2.7 is still Developing). */
export function levelReached(score: number): ScalePoint {
  const reached = content.maturityLevels.filter((l) => l.value <= score);
  return reached.length === 0 ? content.maturityLevels[0] : reached.reduce((a, b) => (b.value > a.value ? b : a));
}
