/** Risk figures: the same numbers as the workbook's Score, Rating, RiskHeatMap and summaries. */
import { scaleBounds, scaleValues } from '../domain/scale';
import { content } from '../domain/strings/en';
import { riskStatuses } from '../domain/strings/en/workbook';
import type { CellValue, RowEntries } from '../schema/rows';
import { isNumber, isWholeBetween, sameText } from './excel-semantics';

const [MIN, MAX] = scaleBounds(content.likelihood);
const highBand = content.riskBands.find((b) => b.name === 'High');
const HIGH_FROM = highBand ? highBand.min : 10;

/** Likelihood × Impact when both are whole numbers 1–5, else null. */
export function riskScore(likelihood: CellValue | undefined, impact: CellValue | undefined): number | null {
  return isWholeBetween(likelihood, MIN, MAX) && isWholeBetween(impact, MIN, MAX) ? likelihood * impact : null;
}

/** The band name for a score (Low, Medium, High, Critical), or '' for no score. */
export function riskRating(score: number | null): string {
  if (score === null) return '';
  const bands = [...content.riskBands].sort((a, b) => b.min - a.min);
  return (bands.find((b) => score >= b.min) ?? bands[bands.length - 1]).name;
}

const isOpen = (row: RowEntries) => !sameText(row.status, riskStatuses.closed);

/** Counts of open risks: rows Likelihood 5 (top) to 1, columns Impact 1 to 5. */
export function riskHeatMap(risks: RowEntries[]): number[][] {
  const likelihoods = scaleValues(content.likelihood, 'descending');
  const impacts = scaleValues(content.impact);
  return likelihoods.map((l) => impacts.map((i) => risks.filter((r) => isOpen(r) && r.likelihood === l && r.impact === i).length));
}

/** Open risks scoring High or above. */
export function openHighRisks(risks: RowEntries[]): number {
  return risks.filter((r) => {
    const score = riskScore(r.likelihood, r.impact);
    return isOpen(r) && isNumber(score) && score >= HIGH_FROM;
  }).length;
}

/** Open risks per band name, in band order. */
export function risksByRating(risks: RowEntries[]): Array<{ band: string; count: number }> {
  return content.riskBands.map((band) => ({
    band: band.name,
    count: risks.filter((r) => isOpen(r) && riskRating(riskScore(r.likelihood, r.impact)) === band.name).length,
  }));
}
