/**
 * The joint assessment's formulas: tblRatings consolidated per criterion (tblPrinciples) and per
 * principle (tblScores). SUMPRODUCT computes every array without array entry in Excel 2016 and
 * LibreOffice alike; MAXIFS/MINIFS would need Excel 2019.
 */
import { scaleBounds, scaleValues } from '../domain/scale';
import { content } from '../domain/strings/en';
import { raterSides } from '../domain/strings/en/workbook';
import { quoteText, validRatings, validWeights } from './formulas';
import { ratingsTable } from './ratings';

const ratings = ratingsTable.refs;
const [, MAX_LEVEL] = scaleBounds(content.maturityLevels);
const levels = scaleValues(content.maturityLevels);

export type RaterSide = (typeof raterSides)[keyof typeof raterSides];

/**
 * 1 for each row of tblRatings that rates the criterion `ref` with a rating on the scale, from one side
 * or (no side given) from either, else 0. A criterion without a Ref has no ratings, so rows left
 * without one never count for it.
 */
function counted(ref: string, side?: RaterSide): string {
  const sides = side === undefined
    ? `((${ratings.column('side')}=${quoteText(raterSides.ours)})+(${ratings.column('side')}=${quoteText(raterSides.partner)}))`
    : `(${ratings.column('side')}=${quoteText(side)})`;
  return `(${ratings.column('ref')}=${ref})*(${ref}<>"")*${sides}*${validRatings(ratings.column('rating'))}`;
}

/**
 * The rating as a number built from comparisons, level × (rating = level), so that text such as N/A
 * gives 0 where multiplying it would give #VALUE!; `from` turns it into the distance from that level.
 */
function levelTerms(valueOf: (level: number) => number): string {
  return levels.filter((l) => valueOf(l) !== 0).map((l) => `${valueOf(l)}*(${ratings.column('rating')}=${l})`).join('+');
}

/** Mean of the valid Ratings of one side for the criterion; blank when there are none. */
export function sideMeanFormula(ref: string, side: RaterSide): string {
  const rows = counted(ref, side);
  return `IF(SUMPRODUCT(${rows})=0,"",SUMPRODUCT(${rows},${ratings.column('rating')})/SUMPRODUCT(${rows}))`;
}

/** How many valid Ratings the criterion has, both sides. */
export function ratersFormula(ref: string): string {
  return `SUMPRODUCT(${counted(ref)})`;
}

/**
 * Highest minus lowest of those Ratings; blank when fewer than two. The lowest is the top of the scale
 * minus the largest distance below it, so both terms are maxima over numbers that are 0 for rows that
 * do not count, and never below 0 for the rows that do.
 */
export function spreadFormula(ref: string, raters: string): string {
  const rows = counted(ref);
  const highest = `SUMPRODUCT(MAX(${rows}*(${levelTerms((l) => l)})))`;
  const belowTop = `SUMPRODUCT(MAX(${rows}*(${levelTerms((l) => MAX_LEVEL - l)})))`;
  return `IF(${raters}<2,"",${highest}+${belowTop}-${MAX_LEVEL})`;
}

/**
 * Σ(Weight × mean) / Σ(Weight) over the principle's criteria that have a mean of this side, with the
 * criterion weights that Score counts (numbers from 0); blank when none has one or they weigh 0.
 */
export function sideScoreFormula(principle: string, criteria: { principle: string; weight: string; mean: string }): string {
  const rows = `--(${criteria.principle}=${principle}),--ISNUMBER(${criteria.mean}),${validWeights(criteria.weight)},${criteria.weight}`;
  return `IF(SUMPRODUCT(${rows})=0,"",SUMPRODUCT(${rows},${criteria.mean})/SUMPRODUCT(${rows}))`;
}

/** Ours − Partner; blank when either is blank. */
export function perceptionGapFormula(ours: string, partner: string): string {
  return `IF(AND(ISNUMBER(${ours}),ISNUMBER(${partner})),${ours}-${partner},"")`;
}
