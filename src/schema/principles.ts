import { content } from '../domain/strings/en';
import { raterSides, workbookText } from '../domain/strings/en/workbook';
import { calculated, date, decimal, list, rating, text } from './columns';
import { levelNameFormula } from './formulas';
import { ratersFormula, sideMeanFormula, spreadFormula } from './joint-formulas';
import { lists } from './lists';
import { ratingPrompt } from './prompts';
import { table } from './table';

export const principlesTable = table({
  name: 'tblPrinciples',
  sheet: 'Principles',
  label: 'criterion',
  columns: [
    text('ref', 'Ref', { width: 8 }),
    list('principle', 'Principle', lists.principle.name, { width: 22, wrap: true, required: true }),
    text('criterion', 'Criterion', { width: 48, wrap: true, required: true }),
    text('guidance', 'Guidance', { width: 36, wrap: true }),
    decimal('weight', 'Weight', { width: 8, min: 0, initial: 1, prompt: workbookText.prompts.weight }),
    rating('rating', 'Rating', lists.rating.name, { width: 8, prompt: ratingPrompt, clientEntry: true }),
    calculated('level', 'Level', (c) => levelNameFormula(c.thisRow('rating'), c.thisRow('weight'), lists.level.name), { width: 14, wrap: true }),
    text('evidence', 'Evidence', { width: 40, wrap: true, prompt: workbookText.prompts.evidence, clientEntry: true }),
    text('action', 'Action', { width: 30, wrap: true, clientEntry: true }),
    text('owner', 'Owner', { width: 14, clientEntry: true }),
    date('due', 'Due', { clientEntry: true }),
    list('status', 'Status', lists.actionStatus.name, { width: 12, clientEntry: true }),
    calculated('oursMean', 'Ours mean', (c) => sideMeanFormula(c.thisRow('ref'), raterSides.ours), { width: 8, numberFormat: '0.00' }),
    calculated('partnerMean', 'Partner mean', (c) => sideMeanFormula(c.thisRow('ref'), raterSides.partner), { width: 8, numberFormat: '0.00' }),
    calculated('raters', 'Raters', (c) => ratersFormula(c.thisRow('ref')), { width: 7, numberFormat: '0' }),
    calculated('spread', 'Spread', (c) => spreadFormula(c.thisRow('ref'), c.thisRow('raters')), { width: 7, numberFormat: '0' }),
  ],
  seedRows: content.principles.flatMap((p) =>
    p.criteria.map((c) => ({ ref: c.ref, principle: p.name, criterion: c.text, guidance: c.guidance, weight: 1 }))),
});
