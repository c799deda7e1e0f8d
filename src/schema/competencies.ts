import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { defaultRequiredLevel } from '../domain/thresholds';
import { calculated, date, list, text, whole } from './columns';
import { shortfallFormula } from './formulas';
import { lists } from './lists';
import { proficiencyPrompt } from './prompts';
import { table } from './table';

const [lowest, highest] = scaleBounds(content.proficiencyLevels);

export const competenciesTable = table({
  name: 'tblCompetencies',
  sheet: 'Competencies',
  label: 'item',
  columns: [
    text('ref', 'Ref', { width: 6 }),
    list('kind', 'Kind', lists.kind.name, { width: 12 }),
    text('item', 'Item', { width: 30, wrap: true, required: true }),
    text('description', 'Description', { width: 44, wrap: true }),
    text('person', 'Person or role', { width: 18, clientEntry: true }),
    whole('level', 'Level', { width: 8, min: lowest, max: highest, prompt: proficiencyPrompt, clientEntry: true }),
    whole('required', 'Required', { width: 10, min: lowest, max: highest, initial: defaultRequiredLevel, prompt: proficiencyPrompt }),
    calculated('gap', 'Gap', (c) => shortfallFormula(c.thisRow('level'), c.thisRow('required')), { width: 6, numberFormat: '0' }),
    text('developmentAction', 'Development action', { width: 36, wrap: true, clientEntry: true }),
    date('due', 'Due', { clientEntry: true }),
  ],
  seedRows: content.competencies.map((c) => ({ ref: c.ref, kind: c.kind, item: c.name, description: c.description, required: defaultRequiredLevel })),
});
