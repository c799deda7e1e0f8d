/**
 * The Guide sheet: every scale and list in the guidance's own words, for a person who has the
 * workbook but not the add-in. Its rows are as tall as their wrapped meanings need.
 */
import { content } from '../domain/strings/en';
import { workbookText } from '../domain/strings/en/workbook';
import type { LayoutCell, SheetDeclaration } from './layout';
import { NARROW_MARGINS } from './page-setup';
import { fittedHeight } from './text-height';

export const GUIDE_SHEET = 'Guide';
const NAME_WIDTH = 26;
const MEANING_WIDTH = 100;

const text = workbookText.sheets.guide;

/** Each section: its heading, then one row per point of the scale or item of the list. */
const sections: Array<{ heading: string; rows: Array<[string | number, string]> }> = [
  {
    heading: text.maturity,
    rows: [
      ...content.maturityLevels.map((l): [string, string] => [`${l.value} ${l.name}`, l.descriptor]),
      [`${content.notApplicable.code} ${content.notApplicable.name}`, content.notApplicable.descriptor],
    ],
  },
  { heading: text.proficiency, rows: content.proficiencyLevels.map((l) => [`${l.value} ${l.name}`, l.descriptor]) },
  { heading: text.likelihood, rows: content.likelihood.map((l) => [`${l.value} ${l.name}`, l.descriptor]) },
  { heading: text.impact, rows: content.impact.map((l) => [`${l.value} ${l.name}`, l.descriptor]) },
  { heading: text.bands, rows: content.riskBands.map((b) => [text.band(b.name, b.min, b.max), b.advice]) },
  { heading: text.categories, rows: content.riskCategories.map((c) => [c.name, c.description]) },
  { heading: text.treatments, rows: content.treatments.map((t) => [t.name, t.description]) },
];

function layout(): { cells: LayoutCell[]; heights: Record<number, number> } {
  const cells: LayoutCell[] = [
    { sheet: GUIDE_SHEET, cell: 'A1', kind: 'title', value: text.title },
    { sheet: GUIDE_SHEET, cell: 'A2', kind: 'note', value: text.intro },
  ];
  const heights: Record<number, number> = {};
  let row = 4;
  for (const section of sections) {
    cells.push({ sheet: GUIDE_SHEET, cell: `A${row}`, kind: 'heading', value: section.heading });
    row += 1;
    for (const [name, meaning] of section.rows) {
      cells.push({ sheet: GUIDE_SHEET, cell: `A${row}`, kind: 'label', value: name, wrap: true });
      cells.push({ sheet: GUIDE_SHEET, cell: `B${row}`, kind: 'label', value: meaning, wrap: true });
      const height = fittedHeight([{ text: String(name), width: NAME_WIDTH }, { text: meaning, width: MEANING_WIDTH }]);
      if (height !== undefined) heights[row] = height;
      row += 1;
    }
    row += 1;
  }
  cells.push({ sheet: GUIDE_SHEET, cell: `A${row}`, kind: 'note', value: content.provenance });
  return { cells, heights };
}

const laidOut = layout();

export const guideCells: LayoutCell[] = laidOut.cells;

export const guideSheet: SheetDeclaration = {
  name: GUIDE_SHEET, page: { orientation: 'landscape', pagesWide: 1, margins: NARROW_MARGINS }, widths: { A: NAME_WIDTH, B: MEANING_WIDTH }, rowHeights: laidOut.heights,
};
