/**
 * The joint assessment's figures from plain rows: the same numbers as the joint-assessment columns
 * of tblPrinciples (per criterion) and tblScores (per principle). Below both src/scoring, which
 * shows them, and src/checks, whose rules on disagreeing raters and perception gaps use them.
 */
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { raterSides } from '../domain/strings/en/workbook';
import type { RowEntries } from '../schema/rows';
import { isFilled, isNumber, isWholeBetween, sameText } from './excel-semantics';

const [MIN_LEVEL, MAX_LEVEL] = scaleBounds(content.maturityLevels);
const sides = Object.values(raterSides);

export interface CriterionRatings {
  ref: string;
  /** Mean of the valid Ratings of our side; null when there are none. */
  oursMean: number | null;
  partnerMean: number | null;
  /** Valid Ratings of either side. */
  raters: number;
  /** Highest minus lowest of those; null when fewer than two. */
  spread: number | null;
}

export interface PrincipleSides {
  ref: string;
  principle: string;
  /** Σ(Weight × Ours mean) / Σ(Weight) over the criteria with an Ours mean; null when none counts. */
  ours: number | null;
  partner: number | null;
  /** Ours − Partner; null when either is null. */
  perceptionGap: number | null;
}

/** A rating the joint figures count: a whole number on the maturity scale (N/A and anything else are left out). */
const isRating = (value: RowEntries[string]): value is number => isWholeBetween(value, MIN_LEVEL, MAX_LEVEL);

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length);

/**
 * The rows of tblRatings that count for the criterion with that Ref: a rating on the scale from one of
 * the two sides. A criterion without a Ref has none, so rows left without one count for nothing.
 */
export function countedRatings(ratings: RowEntries[], ref: RowEntries[string]): RowEntries[] {
  if (!isFilled(ref)) return [];
  return ratings.filter((r) => isRating(r.rating) && sides.some((side) => sameText(r.side, side)) && sameText(r.ref, ref));
}

/** One entry per criterion row of tblPrinciples. */
export function criterionRatings(criteria: RowEntries[], ratings: RowEntries[]): CriterionRatings[] {
  return criteria.map((criterion) => {
    const mine = countedRatings(ratings, criterion.ref);
    const of = (side: string) => mine.filter((r) => sameText(r.side, side)).map((r) => r.rating as number);
    const all = mine.map((r) => r.rating as number);
    return {
      ref: String(criterion.ref ?? ''),
      oursMean: mean(of(raterSides.ours)),
      partnerMean: mean(of(raterSides.partner)),
      raters: all.length,
      spread: all.length < 2 ? null : Math.max(...all) - Math.min(...all),
    };
  });
}

/** A weight Score counts: a number from 0. */
const weightOf = (value: RowEntries[string]): number | null => (isNumber(value) && value >= 0 ? value : null);

function weightedMean(pairs: Array<{ weight: number | null; mean: number | null }>): number | null {
  const counted = pairs.filter((p): p is { weight: number; mean: number } => p.weight !== null && p.mean !== null);
  const total = counted.reduce((sum, p) => sum + p.weight, 0);
  return total === 0 ? null : counted.reduce((sum, p) => sum + p.weight * p.mean, 0) / total;
}

/** One entry per row of tblScores, from the criteria rows and their consolidated ratings (same order). */
export function principleSides(criteria: RowEntries[], rated: CriterionRatings[], scoreRows: RowEntries[]): PrincipleSides[] {
  return scoreRows.map((row) => {
    const mine = criteria.map((c, i) => ({ c, r: rated[i] })).filter(({ c }) => sameText(c.principle, row.principle));
    const ours = weightedMean(mine.map(({ c, r }) => ({ weight: weightOf(c.weight), mean: r.oursMean })));
    const partner = weightedMean(mine.map(({ c, r }) => ({ weight: weightOf(c.weight), mean: r.partnerMean })));
    return {
      ref: String(row.ref ?? ''),
      principle: String(row.principle ?? ''),
      ours,
      partner,
      perceptionGap: ours === null || partner === null ? null : ours - partner,
    };
  });
}
