/**
 * Risk score and band, from the likelihood and impact scales and the band table: the one place
 * that says what a score is and where "serious" starts, for the workbook's formulas, the scores
 * and the checks alike.
 */
import { scaleBounds } from './scale';
import { content } from './strings/en';

const [LOWEST, HIGHEST] = scaleBounds(content.likelihood);
const bandsFromTop = [...content.riskBands].sort((a, b) => b.min - a.min);

/** The band a risk counts as serious from (High): escalation, mitigation and the dashboard figure start here. */
export const SERIOUS_BAND = 'High';

function seriousBandMin(): number {
  const band = content.riskBands.find((b) => b.name === SERIOUS_BAND);
  if (!band) throw new Error(`The risk bands have no "${SERIOUS_BAND}" band.`);
  return band.min;
}

/** The lowest score that counts as serious (High or Critical). */
export const seriousRiskFrom = seriousBandMin();

const onScale = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= LOWEST && value <= HIGHEST;

/** Likelihood × Impact when both are whole numbers on the scale, else null. */
export function riskScore(likelihood: unknown, impact: unknown): number | null {
  return onScale(likelihood) && onScale(impact) ? likelihood * impact : null;
}

/** The band name for a score (Low, Medium, High, Critical), or '' for no score. */
export function riskRating(score: number | null): string {
  if (score === null) return '';
  return (bandsFromTop.find((b) => score >= b.min) ?? bandsFromTop[bandsFromTop.length - 1]).name;
}

/** True for a score in the serious bands. */
export const isSeriousRisk = (score: number | null): boolean => score !== null && score >= seriousRiskFrom;
