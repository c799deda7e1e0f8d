/**
 * The report as its reader gets it: the PDF read back with poppler (text, page sizes, fonts) and
 * the .docx opened and printed by LibreOffice. The overall figure is the one the workbook itself
 * computes: LibreOffice prints the example workbook in the same conversion, after recalculating
 * it, and its Dashboard's Overall maturity must be the report's.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { content } from '../../src/domain/strings/en';
import { riskScore } from '../../src/domain/risk-bands';
import { workbookText } from '../../src/domain/strings/en/workbook';
import { reportText } from '../../src/domain/strings/en/report';
import { exampleEntries } from '../../src/schema/example';
import { ratingsTable } from '../../src/schema/ratings';
import { jointAssessment } from '../../src/scoring';
import { readWorkbookData } from '../../src/xlsx/read';
import { risksTable } from '../../src/schema/risks';
import { workbookSchema } from '../../src/schema/workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { partneringOn } from '../support/cli';
import { requireProgram } from '../support/require-tool';
import { RECALC_ON_LOAD } from './support/print';

const MADE_ON = '2026-03-31';
const HYPERLINK = '=HYPERLINK("http://example.org","Click me")';
const SCRIPT = '<script>alert(1)</script>';
const ORGANISATION = exampleEntries(MADE_ON).start.organisation;

let folder: string;
const at = (name: string) => path.join(folder, name);
const poppler = (program: string, ...args: string[]) => execFileSync(requireProgram(program, 'poppler-utils'), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** The text of a PDF with its line breaks and runs of spaces as single spaces. */
const textOf = (pdf: string) => poppler('pdftotext', at(pdf), '-').replace(/\s+/g, ' ');
const pageSizes = (pdf: string) => {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', at(pdf)))?.[1]);
  return [...poppler('pdfinfo', '-f', '1', '-l', String(pages), at(pdf)).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
};

/** The example's first open risk in the report's order: the highest score of those not Closed. */
const firstOpenRisk = (() => {
  const risks = exampleEntries(MADE_ON).rows[risksTable.name].filter((r) => r.status !== 'Closed');
  return risks.reduce((a, b) => ((riskScore(b.likelihood, b.impact) ?? 0) > (riskScore(a.likelihood, a.impact) ?? 0) ? b : a)).id as string;
})();

let workbookOverall: string;

/** Ratings of both sides for the tricky workbook, whose report therefore charts Ours against Partner. */
const TRICKY_RATINGS = [
  { rater: 'Ann', side: 'Ours', ref: 'P01.1', rating: 3 }, { rater: 'Ben', side: 'Ours', ref: 'P01.2', rating: 2 },
  { rater: 'Cleo', side: 'Partner', ref: 'P01.1', rating: 1 }, { rater: 'Cleo', side: 'Partner', ref: 'P04.1', rating: 4 },
];
/** The figures src/scoring computes from the tricky workbook as written, as the report writes them. */
let trickyJoint: Array<{ name: string; ours: string; partner: string; gap: string }>;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'report-engine-'));
  const partnering = partneringOn('2026-04-01');
  const run = async (...argv: string[]) => {
    const result = await partnering(...argv);
    if (result.code !== 0) throw new Error(`partnering ${argv.join(' ')}: ${result.problems.join(' ')}`);
  };
  await run('new', at('example.xlsx'), '--example', '--today', MADE_ON);
  const entries = exampleEntries(MADE_ON);
  const risks = entries.rows[risksTable.name].map((row, i) => (i === 0 ? { ...row, risk: SCRIPT } : row));
  writeFileSync(at('tricky.xlsx'), await writeWorkbook(workbookSchema, {
    workbookId: 'tricky', ...entries, start: { ...entries.start, organisation: HYPERLINK },
    rows: { ...entries.rows, [risksTable.name]: risks, [ratingsTable.name]: TRICKY_RATINGS },
  }));
  writeFileSync(at('unrated.xlsx'), await writeWorkbook(workbookSchema, {
    workbookId: 'unrated', ...entries, rows: { ...entries.rows, [ratingsTable.name]: [] },
  }));
  const shown = (v: number | null) => (v === null ? reportText.none : v.toFixed(2));
  trickyJoint = jointAssessment(readWorkbookData(readFileSync(at('tricky.xlsx')))).principles.map((p) => ({
    name: p.principle, ours: shown(p.ours), partner: shown(p.partner), gap: p.perceptionGap === null ? reportText.none : `${p.perceptionGap > 0 ? '+' : ''}${p.perceptionGap.toFixed(2)}`,
  }));
  await run('report', at('example.xlsx'), '--out', at('report.pdf'));
  await run('report', at('example.xlsx'), '--out', at('report-letter.pdf'), '--paper', 'letter');
  await run('report', at('example.xlsx'), '--out', at('report.docx'));
  await run('report', at('tricky.xlsx'), '--out', at('tricky-report.pdf'));
  await run('report', at('tricky.xlsx'), '--out', at('tricky-report.docx'));
  await run('report', at('unrated.xlsx'), '--out', at('unrated-report.pdf'));
  await run('report', at('unrated.xlsx'), '--out', at('unrated-report.docx'));

  // One LibreOffice run for the file: both documents, and the workbook recalculated and printed.
  mkdirSync(at('profile/user'), { recursive: true });
  writeFileSync(at('profile/user/registrymodifications.xcu'), RECALC_ON_LOAD);
  mkdirSync(at('office'));
  execFileSync(requireProgram('soffice', 'libreoffice-writer-nogui'), [
    `-env:UserInstallation=file://${at('profile')}`, '--headless', '--invisible', '--norestore', '--nolockcheck',
    '--convert-to', 'pdf', '--outdir', at('office'), at('report.docx'), at('tricky-report.docx'), at('unrated-report.docx'), at('example.xlsx'),
  ], { timeout: 240000, stdio: 'pipe' });
  const printed = poppler('pdftotext', '-layout', at('office/example.pdf'), '-');
  const figure = new RegExp(`${workbookText.sheets.dashboard.overall.replace(/[()]/g, '\\$&')}\\s+(\\d+\\.\\d\\d)`).exec(printed);
  if (!figure) throw new Error(`The printed workbook shows no Overall maturity:\n${printed.slice(0, 2000)}`);
  workbookOverall = figure[1];
}, 300000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const A4 = [595.28, 841.89];
const LETTER = [612, 792];
const near = (size: number[], paper: number[]) => Math.abs(size[0] - paper[0]) < 0.5 && Math.abs(size[1] - paper[1]) < 0.5;

describe.each([
  ['the PDF', 'report.pdf'],
  ['the .docx, as LibreOffice prints it', 'office/report.pdf'],
])('%s', (_, pdf) => {
  it('holds the organisation, the overall figure the workbook computes, all twelve principles and the first open risk', () => {
    const text = textOf(pdf);
    expect(text).toContain(ORGANISATION);
    expect(text).toContain(`${workbookOverall} Initial, out of 4`);
    for (const principle of content.principles) expect([principle.name, text.includes(principle.name)]).toEqual([principle.name, true]);
    expect(text).toContain(firstOpenRisk);
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('is on A4 paper, every page', () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.filter((size) => !near(size, A4))).toEqual([]);
  });
});

describe('the PDF', () => {
  it('is on Letter paper when asked, every page', () => {
    const sizes = pageSizes('report-letter.pdf');
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.filter((size) => !near(size, LETTER))).toEqual([]);
  });

  it('embeds every font it uses', () => {
    const rows = poppler('pdffonts', at('report.pdf')).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID; the type may hold spaces.
    expect(rows.map((row) => [row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''), / yes +yes +yes +\d+ +\d+$/.test(row)])).toEqual([
      ['DejaVuSans-Bold', true], ['DejaVuSans', true],
    ]);
  });
});

describe.each([
  ['the PDF', 'tricky-report.pdf'],
  ['the .docx, as LibreOffice prints it', 'office/tricky-report.pdf'],
])('entries that look like formulas or markup, in %s', (_, pdf) => {
  it('appear as the text that was typed', () => {
    const text = textOf(pdf);
    expect(text).toContain(HYPERLINK);
    // A narrow table cell may wrap it at its slash.
    expect(text.replace(/\s/g, '')).toContain(SCRIPT.replace(/\s/g, ''));
  });
});

describe.each([
  ['the PDF', 'tricky-report.pdf', 'unrated-report.pdf'],
  ['the .docx, as LibreOffice prints it', 'office/tricky-report.pdf', 'office/unrated-report.pdf'],
])('Ours against Partner, in %s', (_, rated, unrated) => {
  it('is charted when the Ratings sheet has ratings, each principle with the figures src/scoring computes', () => {
    const text = textOf(rated);
    expect(text).toContain(reportText.charts.joint);
    expect(text).not.toContain(reportText.charts.noJointRatings.split(',')[0]);
    const c = reportText.charts;
    // The first principle, rated by both sides, and one rated by Partner only.
    expect(trickyJoint[0]).toEqual({ name: content.principles[0].name, ours: '2.50', partner: '1.00', gap: '+1.50' });
    for (const p of [trickyJoint[0], trickyJoint[3]]) {
      expect(text).toContain(`${c.ours} ${p.ours}`);
      expect(text).toContain(`${c.partner} ${p.partner}, ${c.perceptionGap} ${p.gap}`);
    }
  });

  it('is left out, with a sentence saying why, when the Ratings sheet has none', () => {
    const text = textOf(unrated);
    expect(text).toContain(reportText.charts.noJointRatings.split(',')[0]);
    const c = reportText.charts;
    expect(text).not.toMatch(new RegExp(`${c.partner} (\\d\\.\\d\\d|${reportText.none}), ${c.perceptionGap}`));
    expect(text).not.toContain(c.jointLegend.slice(0, 40));
  });
});
