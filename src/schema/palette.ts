import { content } from '../domain/strings/en';

/**
 * Colours of the visual language (docs/architecture.md). Fills are light tints with dark text of the same hue,
 * each pair at a contrast ratio of 4.5:1 or more; a name is always written beside the colour.
 */
export const palette = {
  accent: '0F6CBD',
  titleText: '0F3D66',
  noteText: '424242',
  /** Text of calculated and add-in-filled columns, so they read as not for typing. */
  readOnlyText: '404040',
  inputFill: 'F3F9FD',
  /** Behind calculated cells, with readOnlyText on it (8.8:1). */
  computedFill: 'EDEDED',
  /** Chart series after the accent: score in the accent, target in this. */
  secondSeries: 'C55A11',
  /**
   * Every chart's text (title, axis labels, legend, data labels) on its background; both hosts
   * write both, so the contrast of 4.5:1 or more holds whatever a program's chart style would be.
   */
  chart: { background: 'FFFFFF', text: '404040', title: '0F3D66' },
  maturity: { low: 'F4B6B6', mid: 'FFE699', high: 'A9D08E' },
  bands: {
    Low: { fill: 'C6EFCE', font: '006100' },
    Medium: { fill: 'FFEB9C', font: '7A4500' },
    High: { fill: 'F8CBAD', font: '843C0C' },
    Critical: { fill: 'FFC7CE', font: '9C0006' },
  } as Record<string, BandColours>,
  overdue: { fill: 'FFC7CE', font: '9C0006' },
  /** An entry the scores leave out (a Rating of 7, a Weight of -1); the reason is written beside it. */
  notCounted: { fill: 'FFC7CE', font: '9C0006' },
};

/** The fills of a bar or column chart's series in turn, so two series never share a colour. */
export const seriesColours = [palette.accent, palette.secondSeries] as const;

export interface BandColours {
  fill: string;
  font: string;
}

/** The fill and text colour of a risk band (by its name in the band table); throws for a band without colours. */
export function bandColours(band: string): BandColours {
  const colours = palette.bands[band];
  if (!colours) throw new Error(`The palette has no colours for the risk band "${band}".`);
  return colours;
}

// Every band of the band table has its colours, so a band added there fails here at once.
content.riskBands.forEach((band) => bandColours(band.name));
