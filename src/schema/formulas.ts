/**
 * Formula builders shared by the declarations. Classic functions and structured references only
 * (docs/architecture.md), so Excel 2016+, the web, Mac and LibreOffice compute the same values. Formulas are
 * in file form, without the leading '='.
 */
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * True when the cell holds a whole number from min to max. AND evaluates every argument, so INT of
 * pasted text would turn the whole test into #VALUE!: the number check guards the rest.
 */
export function wholeBetween(cell: string, min: number, max: number): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}=INT(${cell}),${cell}>=${min},${cell}<=${max}),FALSE)`;
}

/** Likelihood × Impact when both are whole numbers 1–5, otherwise blank. */
export function riskScoreFormula(likelihood: string, impact: string): string {
  const [min, max] = scaleBounds(content.likelihood);
  return `IF(AND(${wholeBetween(likelihood, min, max)},${wholeBetween(impact, min, max)}),${likelihood}*${impact},"")`;
}

/** The band name for a score, from the highest band down; blank for a blank score. */
export function riskRatingFormula(score: string): string {
  const bands = [...content.riskBands].sort((a, b) => b.min - a.min);
  const lowest = bands[bands.length - 1];
  const nested = bands.slice(0, -1).reduceRight(
    (otherwise, band) => `IF(${score}>=${band.min},${q(band.name)},${otherwise})`,
    q(lowest.name),
  );
  return `IF(ISNUMBER(${score}),${nested},"")`;
}

/** The maturity level name for a rating: a name for 0–4, "Not applicable" for N/A, else blank. */
export function levelNameFormula(rating: string, levelList: string): string {
  const [min, max] = scaleBounds(content.maturityLevels);
  return `IF(${rating}=${q(content.notApplicable.code)},${q(content.notApplicable.name)},` +
    `IF(${wholeBetween(rating, min, max)},INDEX(${levelList},${rating}-${min}+1),""))`;
}

/** How far a person is below the required level; blank unless both are numbers. */
export function shortfallFormula(level: string, required: string): string {
  return `IF(AND(ISNUMBER(${level}),ISNUMBER(${required})),MAX(0,${required}-${level}),"")`;
}

export { q as quoteText };
