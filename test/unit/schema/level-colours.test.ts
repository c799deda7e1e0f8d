/**
 * The colours the workbook gives maturity levels: the colour scale over Principles' Rating and the
 * Dashboard's Score shows each level 0 to 4 in a colour of its own, and the cell's text stands out
 * from every one of them at 4.5:1 or more (the text of a rated cell is drawn on that colour).
 */
import { content } from '../../../src/domain/strings/en';
import { scaleValues } from '../../../src/domain/scale';
import { columnStyle } from '../../../src/schema/cell-styles';
import type { ConditionalFormat } from '../../../src/schema/layout';
import { workbookSchema } from '../../../src/schema/workbook';
import { contrastRatio, MINIMUM_CONTRAST, rgb } from '../../support/contrast';

type ColourScale = Extract<ConditionalFormat, { kind: 'colourScale' }>;
const scales = workbookSchema.conditionalFormats.filter((f): f is ColourScale => f.kind === 'colourScale');
const levels = scaleValues(content.maturityLevels);

/** The colour Excel's three-colour scale gives a value: a straight line in RGB between its neighbouring points. */
function colourAt(scale: ColourScale, value: number): string {
  const points = scale.points;
  const upper = points.findIndex((p) => p.value >= value);
  if (upper <= 0) return points[Math.max(upper, 0)].colour;
  const [from, to] = [points[upper - 1], points[upper]];
  const share = (value - from.value) / (to.value - from.value);
  const [a, b] = [rgb(from.colour), rgb(to.colour)];
  return a.map((channel, i) => Math.round(channel + (b[i] - channel) * share).toString(16).padStart(2, '0')).join('').toUpperCase();
}

describe('maturity level colours in the workbook', () => {
  it.each(scales.map((s) => [`${s.target.table.name}[${s.target.key}]`, s] as const))('gives each level of %s a colour of its own', (_name, scale) => {
    const colours = levels.map((level) => colourAt(scale, level));
    expect(new Set(colours).size).toBe(levels.length);
    // Neighbouring levels differ in more than a shade a person cannot see.
    colours.slice(1).forEach((colour, i) => expect(rgb(colour).some((c, k) => Math.abs(c - rgb(colours[i])[k]) > 20)).toBe(true));
  });

  it.each(scales.map((s) => [`${s.target.table.name}[${s.target.key}]`, s] as const))('keeps the text of %s at 4.5:1 or more on every level colour', (_name, scale) => {
    const text = columnStyle(scale.target.table.col(scale.target.key), scale.target.table).fontColour ?? '000000';
    for (const level of levels) {
      const fill = colourAt(scale, level);
      expect([level, fill, contrastRatio(text, fill) >= MINIMUM_CONTRAST]).toEqual([level, fill, true]);
    }
  });

  it('colours both the Rating of a criterion and the Score of a principle', () => {
    expect(scales.map((s) => `${s.target.table.name}[${s.target.key}]`).sort()).toEqual(['tblPrinciples[rating]', 'tblScores[score]']);
  });
});
