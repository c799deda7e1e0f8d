/** Risk figures: the same numbers as the workbook's Score, Rating, RiskHeatMap and summaries. */
import { isSeriousRisk, riskRating, riskScore } from '../domain/risk-bands';
import { scaleBounds, scaleValues } from '../domain/scale';
import { content } from '../domain/strings/en';
import { riskStatuses, workbookText } from '../domain/strings/en/workbook';
import type { RowEntries } from '../schema/rows';
import { sameText } from '../data/excel-semantics';

export { riskRating, riskScore };

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/**
 * What the Rating (or Residual rating) column shows: the band of the score, blank while both
 * values are blank, and the reason when either holds something the score leaves out.
 */
export function ratingShown(likelihood: RowEntries[string], impact: RowEntries[string]): string {
  const score = riskScore(likelihood, impact);
  if (score !== null) return riskRating(score);
  if (isBlank(likelihood) && isBlank(impact)) return '';
  const [min, max] = scaleBounds(content.likelihood);
  return workbookText.notCounted.risk(min, max);
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
    return isOpen(r) && isSeriousRisk(riskScore(r.likelihood, r.impact));
  }).length;
}

/** Open risks per band name, in band order. */
export function risksByRating(risks: RowEntries[]): Array<{ band: string; count: number }> {
  return content.riskBands.map((band) => ({
    band: band.name,
    count: risks.filter((r) => isOpen(r) && riskRating(riskScore(r.likelihood, r.impact)) === band.name).length,
  }));
}
