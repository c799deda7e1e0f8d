/**
 * Formula builders shared by the declarations. Classic functions and structured references only
 * (docs/architecture.md), so Excel 2016+, the web, Mac and LibreOffice compute the same values. Formulas are
 * in file form, without the leading '='.
 */
import { scaleBounds, scaleValues } from '../domain/scale';
import { content } from '../domain/strings/en';
import { workbookText } from '../domain/strings/en/workbook';

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * True when the cell holds a whole number from min to max. AND evaluates every argument, so INT of
 * pasted text would turn the whole test into #VALUE!: the number check guards the rest.
 */
export function wholeBetween(cell: string, min: number, max: number): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}=INT(${cell}),${cell}>=${min},${cell}<=${max}),FALSE)`;
}

/**
 * 1 for each cell of a column that holds a maturity rating on the scale, else 0, as an array term for
 * SUMPRODUCT. Comparisons never fail on text (INT would), and ISNUMBER keeps blanks, which equal 0, out.
 */
export function validRatings(column: string): string {
  return `ISNUMBER(${column})*(${scaleValues(content.maturityLevels).map((v) => `(${column}=${v})`).join('+')})`;
}

/** 1 for each cell of a column that holds a weight (a number from 0), else 0, as an array term for SUMPRODUCT. */
export function validWeights(column: string): string {
  return `ISNUMBER(${column})*(${column}>=0)`;
}

/** True for a cell someone filled with a rating the scores leave out (not blank, not N/A, not on the scale). */
export function badRating(cell: string): string {
  const [min, max] = scaleBounds(content.maturityLevels);
  return `AND(${cell}<>"",${cell}<>${q(content.notApplicable.code)},NOT(${wholeBetween(cell, min, max)}))`;
}

/** True for a filled weight that is not a number from 0. */
export function badWeight(cell: string): string {
  return `AND(${cell}<>"",NOT(IF(ISNUMBER(${cell}),${cell}>=0,FALSE)))`;
}

/** True for a filled likelihood or impact that is not a whole number on the scale. */
export function badRiskValue(cell: string): string {
  const [min, max] = scaleBounds(content.likelihood);
  return `AND(${cell}<>"",NOT(${wholeBetween(cell, min, max)}))`;
}

/** Likelihood × Impact when both are whole numbers 1–5, otherwise blank. */
export function riskScoreFormula(likelihood: string, impact: string): string {
  const [min, max] = scaleBounds(content.likelihood);
  return `IF(AND(${wholeBetween(likelihood, min, max)},${wholeBetween(impact, min, max)}),${likelihood}*${impact},"")`;
}

/**
 * The band name for a score, from the highest band down; blank while Likelihood and Impact are both
 * blank, and the reason when either holds something the Score leaves out. The Score already says
 * whether both are on the scale, so the reason needs only COUNTA (which counts error values too,
 * where a test of the cells would pass the error on): this formula is in every risk row twice,
 * and its length counts against the bytes of each request the add-in sends and reads.
 */
export function riskRatingFormula(score: string, likelihood: string, impact: string): string {
  const bands = [...content.riskBands].sort((a, b) => b.min - a.min);
  const lowest = bands[bands.length - 1];
  const nested = bands.slice(0, -1).reduceRight(
    (otherwise, band) => `IF(${score}>=${band.min},${q(band.name)},${otherwise})`,
    q(lowest.name),
  );
  const [min, max] = scaleBounds(content.likelihood);
  return `IF(ISNUMBER(${score}),${nested},IF(COUNTA(${likelihood},${impact})=0,"",${q(workbookText.notCounted.risk(min, max))}))`;
}

/**
 * The maturity level name for a rating: a name for 0–4, "Not applicable" for N/A, blank for a blank,
 * and the reason for anything the scores leave out: a rating off the scale, or a rating on it whose
 * weight is not a number from 0 (a blank weight included, as the scores count it zero).
 */
export function levelNameFormula(rating: string, weight: string, levelList: string): string {
  const [min, max] = scaleBounds(content.maturityLevels);
  const reason = q(workbookText.notCounted.rating(min, max, content.notApplicable.code));
  const weightReason = q(workbookText.notCounted.weight(0));
  const counted = `IF(ISNUMBER(${weight}),${weight}>=0,FALSE)`;
  return `IF(${rating}=${q(content.notApplicable.code)},${q(content.notApplicable.name)},` +
    `IF(${wholeBetween(rating, min, max)},IF(${counted},INDEX(${levelList},${rating}-${min}+1),${weightReason}),IF(${rating}="","",${reason})))`;
}

/** How far a person is below the required level; blank unless both are numbers. */
export function shortfallFormula(level: string, required: string): string {
  return `IF(AND(ISNUMBER(${level}),ISNUMBER(${required})),MAX(0,${required}-${level}),"")`;
}

export { q as quoteText };
