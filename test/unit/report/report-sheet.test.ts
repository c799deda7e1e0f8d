/** The Report sheet's rows, as src/excel writes them: what they say and how tall the wrapped ones are. */
import { content } from '../../../src/domain/strings/en';
import { exampleEntries } from '../../../src/schema/example';
import { ratingsTable } from '../../../src/schema/ratings';
import { LINE_POINTS } from '../../../src/schema/text-height';
import { reportModel } from '../../../src/report/report-model';
import { REPORT_SHEET_COLUMNS, reportSheetLines } from '../../../src/report/report-sheet';
import { workbookDataFrom } from '../../support/workbook-data';
import { day } from '../checks/typing';

const model = reportModel(workbookDataFrom(exampleEntries('2026-03-31')), day('2026-04-01'));
const lines = reportSheetLines(model);
const texts = lines.flatMap((l) => l.cells);

describe('the Report sheet\'s rows', () => {
  it('say what the document says: the organisation, the overall figure, each principle, each open risk and the note on method', () => {
    expect(lines[0]).toEqual({ kind: 'title', cells: [model.title] });
    expect(texts).toContain(model.organisation);
    expect(texts).toContain(`${model.summary.overallText}  ${model.summary.level}, out of 4`);
    for (const p of content.principles) expect(texts).toContain(`${p.ref} ${p.name}`);
    for (const r of model.risks) expect(texts).toContain(r.id);
    for (const paragraph of model.method) expect(texts).toContain(paragraph);
  });

  it('have no more cells than the sheet\'s columns, and the table rows one per column', () => {
    expect(lines.every((l) => l.cells.length <= REPORT_SHEET_COLUMNS)).toBe(true);
    expect(lines.filter((l) => l.kind === 'tableHeader').map((l) => l.cells.length)).toEqual([7, 7, 7, 6]);
  });

  it('give a wrapped text the height of its lines, and a one-line text none', () => {
    const method = lines.find((l) => l.cells[0] === model.method[0]);
    expect(method?.height).toBeGreaterThan(LINE_POINTS);
    expect(lines.find((l) => l.cells[0] === 'Summary')?.height).toBeUndefined();
  });

  it('draw each principle\'s score as a bar of five blocks a point', () => {
    const p01 = lines.find((l) => l.kind === 'tableRow' && l.cells[0] === 'P01');
    expect(p01?.cells[3]).toBe('█'.repeat(Math.round((model.principles[0].score as number) * 5)));
  });
});

describe('the Report sheet\'s Ours against Partner', () => {
  const entries = exampleEntries('2026-03-31');
  const withRatings = (ratings: Array<Record<string, string | number>>) => reportSheetLines(reportModel(
    workbookDataFrom({ ...entries, rows: { ...entries.rows, [ratingsTable.name]: ratings } }), day('2026-04-01')));

  it('draws two bars for each principle, Ours and Partner, with their figures and the gap', () => {
    const rated = withRatings([{ rater: 'Ann', side: 'Ours', ref: 'P01.1', rating: 3 }, { rater: 'Raj', side: 'Partner', ref: 'P01.1', rating: 2 }]);
    const at = rated.findIndex((l) => l.kind === 'tableRow' && l.cells[0] === 'P01' && l.cells[2] === 'Ours');
    expect(rated[at].cells).toEqual(['P01', content.principles[0].name, 'Ours', '█'.repeat(15), '3.00', '+1.00']);
    expect(rated[at + 1].cells).toEqual(['', '', 'Partner', '█'.repeat(10), '2.00', '']);
    expect(rated.filter((l) => l.kind === 'tableRow' && l.cells[2] === 'Partner')).toHaveLength(content.principles.length);
  });

  it('says there are no ratings instead, when the Ratings sheet has none', () => {
    const unrated = withRatings([]);
    expect(unrated.flatMap((l) => l.cells).some((t) => t.startsWith('No ratings from raters of either side'))).toBe(true);
    expect(unrated.some((l) => l.kind === 'tableRow' && l.cells[2] === 'Partner')).toBe(false);
  });
});
