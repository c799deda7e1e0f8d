/**
 * The workbook prints legibly with no add-in: LibreOffice recalculates it and prints it to PDF;
 * every page is A4 (or Letter when asked), each sheet takes a bounded number of pages, table
 * headers repeat on every page of their sheet but nothing repeats over the Dashboard's charts, and
 * the heat map prints each cell's band in words beside its count, as src/scoring computes them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { riskRating } from '../../src/domain/risk-bands';
import { content } from '../../src/domain/strings/en';
import { exampleEntries } from '../../src/schema/example';
import type { RowEntries } from '../../src/schema/rows';
import { risksTable } from '../../src/schema/risks';
import { scoresTable } from '../../src/schema/scores';
import { heatMap, workbookSchema } from '../../src/schema/workbook';
import { riskHeatMap } from '../../src/scoring';
import { writeWorkbook } from '../../src/xlsx/write';
import { partneringOn } from '../support/cli';
import { pagesBySheet, printToPdf, type PrintedPage } from './support/print';

const TODAY = '2026-03-31';
const A4 = { short: 595.3, long: 841.9 };
const LETTER = { short: 612, long: 792 };

/** Most pages each sheet may take for the entries below: the two widest registers print two pages across, and the 60 criteria, in rows tall enough for their text, six pages down. */
const PAGE_BOUNDS: Record<string, number> = {
  Start: 1, Guide: 3, Principles: 12, Ratings: 1, Plan: 2, Competencies: 2, Risks: 4, Dashboard: 1, 'Score history': 1, Actions: 1,
};

/** Risks in every cell of the heat map, 0 to 2 open ones per cell, and a closed one that must not count. */
function risksAcrossTheMap(): RowEntries[] {
  const rows: RowEntries[] = [];
  heatMap.likelihoods.forEach((likelihood) => heatMap.impacts.forEach((impact) => {
    for (let n = 0; n < (likelihood + impact) % 3; n++) {
      rows.push({ id: `R-${String(rows.length + 1).padStart(3, '0')}`, risk: `Risk ${rows.length + 1}`, likelihood, impact, status: 'Open' });
    }
  }));
  rows.push({ id: 'R-999', risk: 'Closed one', likelihood: 5, impact: 5, status: 'Closed' });
  return rows;
}

const sizeIs = (page: PrintedPage, paper: { short: number; long: number }) =>
  Math.abs(Math.min(page.width, page.height) - paper.short) < 1 && Math.abs(Math.max(page.width, page.height) - paper.long) < 1;

const linesOf = (pages: PrintedPage[], sheet: string) => pages.filter((p) => p.sheet === sheet).flatMap((p) => p.text.split('\n'));

describe('the example workbook with risks all over the heat map, printed by LibreOffice', () => {
  const example = exampleEntries(TODAY);
  const risks = [...(example.rows[risksTable.name] ?? []), ...risksAcrossTheMap()];
  let pages: PrintedPage[];

  beforeAll(async () => {
    const bytes = await writeWorkbook(workbookSchema, { workbookId: 'print', start: example.start, rows: { ...example.rows, [risksTable.name]: risks } });
    pages = await printToPdf(bytes);
  }, 300000);

  it('prints every page on A4, landscape', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect([page.number, sizeIs(page, A4), page.width > page.height]).toEqual([page.number, true, true]);
  });

  it('prints each visible sheet, and nothing of the hidden Lists sheet, within its bound of pages', () => {
    const counts = pagesBySheet(pages);
    expect(Object.keys(counts).sort()).toEqual(workbookSchema.sheets.filter((s) => !s.hidden).map((s) => s.name).sort());
    for (const [sheet, bound] of Object.entries(PAGE_BOUNDS)) {
      expect([sheet, counts[sheet] >= 1 && counts[sheet] <= bound, counts[sheet]]).toEqual([sheet, true, counts[sheet]]);
    }
  });

  it('repeats the header row on every page of a table sheet', () => {
    const header = new Map([['Principles', /\bRef\b/], ['Risks', /\bID\b/], ['Plan', /\bElement\b/]]);
    for (const page of pages.filter((p) => header.has(p.sheet))) {
      expect([page.sheet, page.number, header.get(page.sheet)?.test(page.text)]).toEqual([page.sheet, page.number, true]);
    }
    expect(pagesBySheet(pages).Principles).toBeGreaterThan(1);
  });

  it('prints the Dashboard on one page with the scores table header once, not again over the charts', () => {
    const headerLine = new RegExp(scoresTable.columns.slice(0, 4).map((c) => c.header).join('\\s+'));
    const dashboard = pages.filter((p) => p.sheet === 'Dashboard');
    expect(dashboard).toHaveLength(1);
    expect(linesOf(pages, 'Dashboard').filter((line) => headerLine.test(line))).toHaveLength(1);
  });

  it('shows in each heat-map cell the band of its score in words and the count src/scoring gives', () => {
    const lines = linesOf(pages, 'Dashboard');
    const counts = riskHeatMap(risks);
    heatMap.likelihoods.forEach((likelihood, r) => {
      const name = content.likelihood.find((l) => l.value === likelihood)?.name;
      const line = lines.find((l) => l.trim().startsWith(`${likelihood} ${name}`));
      const printed = [...(line ?? '').matchAll(/(Low|Medium|High|Critical): (\d+)/g)].map((m) => `${m[1]}: ${m[2]}`);
      const expected = heatMap.impacts.map((impact, c) => `${riskRating(likelihood * impact)}: ${counts[r][c]}`);
      expect([likelihood, printed]).toEqual([likelihood, expected]);
    });
    expect(counts.flat().some((n) => n > 1)).toBe(true);
  });

  it('names the impacts along the heat map’s top', () => {
    const line = linesOf(pages, 'Dashboard').find((l) => /Impact →/.test(l)) ?? '';
    const names = content.impact.map((i) => `${i.value} ${i.name}`);
    expect(names.every((n) => line.includes(n))).toBe(true);
    expect(names.map((n) => line.indexOf(n))).toEqual([...names.map((n) => line.indexOf(n))].sort((a, b) => a - b));
  });

  it('names the principles on the gap chart, not only their refs', () => {
    const text = linesOf(pages, 'Dashboard').join('\n');
    // The scores table prints the names too: count them in the chart's region, beside its title.
    const chart = text.slice(text.indexOf('Gap to target by principle'));
    expect(content.principles.filter((p) => chart.includes(p.name.split(' ')[0])).length).toBe(content.principles.length);
  });
});

describe('partnering new --paper letter, printed by LibreOffice', () => {
  let pages: PrintedPage[];
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'print-letter-'));
    const file = path.join(folder, 'letter.xlsx');
    const run = await partneringOn(TODAY)('new', file, '--example', '--paper', 'letter');
    if (run.code !== 0) throw new Error(run.problems.join('\n'));
    pages = await printToPdf(new Uint8Array(readFileSync(file)));
  }, 300000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints every page on US Letter', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect([page.number, sizeIs(page, LETTER)]).toEqual([page.number, true]);
  });

  it('still prints the Dashboard on one page', () => {
    expect(pagesBySheet(pages).Dashboard).toBe(1);
  });
});
