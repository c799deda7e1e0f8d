/** Input messages derived from the scales, so the workbook and the guidance never disagree. */
import { content } from '../domain/strings/en';
import { workbookText } from '../domain/strings/en/workbook';
import type { ScalePoint } from '../domain/types';

const line = (p: ScalePoint) => `${p.value} ${p.name}${p.brief ? `: ${p.brief}` : ''}`;

export const ratingPrompt = [
  ...content.maturityLevels.map(line), workbookText.prompts.notApplicable(content.notApplicable.code), workbookText.prompts.fullScale,
].join('\n');
export const likelihoodPrompt = content.likelihood.map((p) => `${p.value} ${p.name}`).join(', ');
export const impactPrompt = content.impact.map((p) => `${p.value} ${p.name}`).join(', ');
