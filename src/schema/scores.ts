import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { defaultTarget } from '../domain/thresholds';
import { workbookText } from '../domain/strings/en/workbook';
import { calculated, decimal, text, whole } from './columns';
import { quoteText, validRatings, validWeights } from './formulas';
import { historyTable } from './history';
import { perceptionGapFormula, sideScoreFormula } from './joint-formulas';
import { principlesTable } from './principles';
import { table } from './table';

const criteria = principlesTable.refs;
const [, MAX_LEVEL] = scaleBounds(content.maturityLevels);

/**
 * SUMPRODUCT over the criteria of this row's principle. Only a rating on the scale with a weight from 0
 * counts; the values themselves are arguments of their own, where anything but a number counts as zero.
 */
const samePrinciple = (principle: string) => `--(${criteria.column('principle')}=${principle})`;
const counted = `${validRatings(criteria.column('rating'))},${validWeights(criteria.column('weight'))}`;
const ratedWeight = (principle: string) =>
  `SUMPRODUCT(${samePrinciple(principle)},${counted},${criteria.column('weight')})`;
const weightedRatings = (principle: string) =>
  `SUMPRODUCT(${samePrinciple(principle)},${counted},${criteria.column('weight')},${criteria.column('rating')})`;

/**
 * This principle's score in the latest snapshot (the last dated row of tblHistory), for the radar.
 * CHOOSE picks the history column by the principle's number without #Headers, which LibreOffice lacks.
 */
function previousSnapshotFormula(ref: string): string {
  const history = historyTable.refs;
  const last = `COUNT(${history.column('date')})`;
  // In principle order, so the number in the ref ("P07" → 7) picks the column; an array constant
  // would do the same but does not survive every tool that rewrites formulas.
  const columns = [...content.principles].sort((x, y) => x.number - y.number).map((p) => `INDEX(${history.column(p.ref)},${last})`).join(',');
  const picked = `CHOOSE(VALUE(MID(${ref},2,9)),${columns})`;
  // A blank history cell reads as 0 through INDEX; only a number counts as a score.
  return `IF(${last}=0,"",IFERROR(IF(ISNUMBER(${picked}),${picked},""),""))`;
}

/** The criteria columns a side's score is built from. */
const sideMeans = (mean: 'oursMean' | 'partnerMean') => ({
  principle: criteria.column('principle'), weight: criteria.column('weight'), mean: criteria.column(mean),
});

/** One row per principle on the Dashboard: the score is the weighted mean of its rated criteria. */
export const scoresTable = table({
  name: 'tblScores',
  sheet: 'Dashboard',
  columns: [
    text('ref', 'Ref', { width: 6 }),
    text('principle', 'Principle', { width: 42 }),
    decimal('weight', 'Weight', { width: 8, min: 0, initial: 1, prompt: workbookText.prompts.weight }),
    whole('target', 'Target', { width: 8, min: 0, max: MAX_LEVEL, initial: defaultTarget, prompt: workbookText.prompts.target }),
    calculated('score', 'Score', (c) =>
      `IF(${ratedWeight(c.thisRow('principle'))}=0,"",${weightedRatings(c.thisRow('principle'))}/${ratedWeight(c.thisRow('principle'))})`,
    { width: 8, numberFormat: '0.00' }),
    calculated('percent', 'Percent', (c) => `IF(ISNUMBER(${c.thisRow('score')}),${c.thisRow('score')}/${MAX_LEVEL},"")`,
      { width: 9, numberFormat: '0%' }),
    calculated('gap', 'Gap', (c) =>
      `IF(AND(ISNUMBER(${c.thisRow('score')}),ISNUMBER(${c.thisRow('target')})),${c.thisRow('target')}-${c.thisRow('score')},"")`,
    { width: 7, numberFormat: '0.00' }),
    calculated('rated', 'Rated', (c) =>
      `SUMPRODUCT(${samePrinciple(c.thisRow('principle'))},${validRatings(criteria.column('rating'))})` +
      `+COUNTIFS(${criteria.column('principle')},${c.thisRow('principle')},${criteria.column('rating')},${quoteText(content.notApplicable.code)})`,
    { width: 7, numberFormat: '0' }),
    calculated('criteria', 'Criteria', (c) => `COUNTIFS(${criteria.column('principle')},${c.thisRow('principle')})`,
      { width: 8, numberFormat: '0' }),
    calculated('previous', 'Previous', (c) => previousSnapshotFormula(c.thisRow('ref')), { width: 9, numberFormat: '0.00' }),
    calculated('ours', 'Ours', (c) => sideScoreFormula(c.thisRow('principle'), sideMeans('oursMean')), { width: 8, numberFormat: '0.00' }),
    calculated('partner', 'Partner', (c) => sideScoreFormula(c.thisRow('principle'), sideMeans('partnerMean')), { width: 8, numberFormat: '0.00' }),
    calculated('perceptionGap', 'Perception gap', (c) => perceptionGapFormula(c.thisRow('ours'), c.thisRow('partner')), { width: 10, numberFormat: '0.00' }),
  ],
  seedRows: content.principles.map((p) => ({ ref: p.ref, principle: p.name, weight: 1, target: defaultTarget })),
});
