/**
 * Where the assessment's own rules start, named by the points of the scales and lists they belong
 * to: the checks, the workbook's defaults and the pane take them from here, never as bare numbers.
 */
import { content } from './strings/en';
import type { ScalePoint } from './types';

function valueNamed(scale: ScalePoint[], name: string): number {
  const point = scale.find((p) => p.name === name);
  if (!point) throw new Error(`The scale has no point named "${name}".`);
  return point.value;
}

/** A maturity rating from Established up needs evidence (the prompts say "3 or more"). */
export const evidenceNeededFrom = valueNamed(content.maturityLevels, 'Established');

/** The maturity a principle aims for until the firm sets its own target. */
export const defaultTarget = valueNamed(content.maturityLevels, 'Established');

/** The proficiency a competency asks for until the firm sets its own. */
export const defaultRequiredLevel = valueNamed(content.proficiencyLevels, 'Proficient');

/** From the Working together stage on, the plan's exit strategy is to be agreed with the partner. */
export const exitStrategyFromStage = (() => {
  const stage = content.lifecycleStages.find((s) => s.name === 'Working together');
  if (!stage) throw new Error('The lifecycle has no "Working together" stage.');
  return stage.number;
})();

/** Actions due within this many days are listed as due soon (the pane and the collected actions). */
export const dueSoonDays = 14;

/** Raters of one criterion whose ratings lie this many levels apart or more see it differently enough to talk it through. */
export const raterDisagreementFrom = 2;

/** A principle on which our raters and the partner's differ by this much or more, either way, has a perception gap worth discussing. */
export const perceptionGapFrom = 1;
