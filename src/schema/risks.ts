import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { workbookText } from '../domain/strings/en/workbook';
import { calculated, date, list, text, whole } from './columns';
import { riskRatingFormula, riskScoreFormula } from './formulas';
import { lists } from './lists';
import { categoryPrompt, impactPrompt, likelihoodPrompt, treatmentPrompt } from './prompts';
import { table } from './table';

const clientEntry = true;
const [LEAST_LIKELY, MOST_LIKELY] = scaleBounds(content.likelihood);
const [LEAST_IMPACT, MOST_IMPACT] = scaleBounds(content.impact);
const likelihoodBounds = { min: LEAST_LIKELY, max: MOST_LIKELY, prompt: likelihoodPrompt };
const impactBounds = { min: LEAST_IMPACT, max: MOST_IMPACT, prompt: impactPrompt };

export const risksTable = table({
  name: 'tblRisks',
  sheet: 'Risks',
  label: 'risk',
  columns: [
    text('id', 'ID', { width: 8, clientEntry }),
    text('risk', 'Risk', { width: 40, wrap: true, required: true, clientEntry }),
    list('category', 'Category', lists.category.name, { width: 22, wrap: true, prompt: categoryPrompt, clientEntry }),
    list('principle', 'Principle', lists.principle.name, { width: 22, wrap: true, clientEntry }),
    text('partner', 'Partner', { width: 16, clientEntry }),
    text('owner', 'Owner', { width: 14, clientEntry }),
    whole('likelihood', 'Likelihood', { width: 10, ...likelihoodBounds, clientEntry }),
    whole('impact', 'Impact', { width: 8, ...impactBounds, clientEntry }),
    calculated('score', 'Score', (c) => riskScoreFormula(c.thisRow('likelihood'), c.thisRow('impact')), { width: 7, numberFormat: '0' }),
    calculated('rating', 'Rating', (c) => riskRatingFormula(c.thisRow('score'), c.thisRow('likelihood'), c.thisRow('impact')), { width: 12, wrap: true }),
    list('treatment', 'Treatment', lists.treatment.name, { width: 16, prompt: treatmentPrompt, clientEntry }),
    text('mitigation', 'Mitigation', { width: 36, wrap: true, clientEntry }),
    whole('residualLikelihood', 'Residual likelihood', { width: 10, ...likelihoodBounds, clientEntry }),
    whole('residualImpact', 'Residual impact', { width: 9, ...impactBounds, clientEntry }),
    calculated('residualScore', 'Residual score',
      (c) => riskScoreFormula(c.thisRow('residualLikelihood'), c.thisRow('residualImpact')), { width: 9, numberFormat: '0' }),
    calculated('residualRating', 'Residual rating', (c) => riskRatingFormula(c.thisRow('residualScore'), c.thisRow('residualLikelihood'), c.thisRow('residualImpact')), { width: 12, wrap: true }),
    list('status', 'Status', lists.riskStatus.name, { width: 12, clientEntry }),
    date('raised', 'Raised', { prompt: workbookText.prompts.date, clientEntry }),
    date('nextReview', 'Next review', { prompt: workbookText.prompts.date, clientEntry }),
  ],
  blankRows: 10,
  clientRows: true,
});
