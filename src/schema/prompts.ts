/** Input messages derived from the scales and lists, so the workbook and the guidance never disagree. */
import { content } from '../domain/strings/en';
import { workbookText } from '../domain/strings/en/workbook';
import type { NamedItem, ScalePoint } from '../domain/types';

const line = (p: ScalePoint) => `${p.value} ${p.name}${p.brief ? `: ${p.brief}` : ''}`;
const itemLine = (item: NamedItem) => `${item.name}${item.brief ? `: ${item.brief}` : ''}`;
const { prompts } = workbookText;

export const ratingPrompt = [
  ...content.maturityLevels.map(line), prompts.notApplicable(content.notApplicable.code), prompts.fullScale,
].join('\n');
export const likelihoodPrompt = [...content.likelihood.map(line), prompts.likelihoodOver, prompts.guideSheet].join('\n');
export const impactPrompt = [...content.impact.map(line), prompts.guideSheet].join('\n');
export const proficiencyPrompt = [...content.proficiencyLevels.map(line), prompts.guideSheet].join('\n');
export const treatmentPrompt = [...content.treatments.map(itemLine), prompts.guideSheet].join('\n');
export const categoryPrompt = prompts.category;
