/**
 * `partnering report` as a person runs it: what it writes (a PDF with its fonts embedded, a
 * .docx whose entries are text), on which paper, and what it refuses. The rendered pages are
 * read back with poppler and LibreOffice in test/engine/report-in-libreoffice.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { exampleEntries } from '../../../src/schema/example';
import { risksTable } from '../../../src/schema/risks';
import { workbookSchema } from '../../../src/schema/workbook';
import { workbookScores } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { scratchFolder } from '../../support/scratch-folder';

const partnering = partneringOn('2026-04-01');
const folder = scratchFolder('report');
const HYPERLINK = '=HYPERLINK("http://example.org","Click me")';
const SCRIPT = '<script>alert(1)</script>';

let example: Uint8Array;
let tricky: Uint8Array;

beforeAll(async () => {
  const entries = exampleEntries('2026-03-31');
  example = await writeWorkbook(workbookSchema, { workbookId: 'report', ...entries });
  const risks = entries.rows[risksTable.name].map((row, i) => (i === 0 ? { ...row, risk: SCRIPT, mitigation: '=1+1' } : row));
  tricky = await writeWorkbook(workbookSchema, {
    workbookId: 'tricky', ...entries, start: { ...entries.start, organisation: HYPERLINK }, rows: { ...entries.rows, [risksTable.name]: risks },
  });
});

const documentXml = (file: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);

describe('partnering report', () => {
  it('writes a PDF with its own fonts embedded, not the unembedded standard Helvetica', async () => {
    const source = folder.file('example.xlsx', example);
    const out = path.join(folder.path, 'report.pdf');
    const { code, printed } = await partnering('report', source, '--out', out);
    const overall = (workbookScores(readWorkbookData(example)).overall as number).toFixed(2);
    expect([code, printed]).toEqual([0, [`Wrote the report for Harbour Lane Joinery Ltd (fictional example) to ${out} (overall maturity ${overall}).`]]);
    const pdf = readFileSync(out).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // A subset font's name has a six-letter tag; a Type 0 font names it twice (itself and its descendant).
    const fonts = new Set(pdf.match(/\/BaseFont \/[^\s/]+/g)?.map((f) => f.replace(/\/[A-Z]{6}\+/, '/')));
    expect([...fonts].sort()).toEqual(['/BaseFont /DejaVuSans', '/BaseFont /DejaVuSans-Bold']);
    expect(pdf.match(/\/FontFile2/g)).toHaveLength(2);
    expect(pdf).not.toContain('/Helvetica');
  });

  it('lays a .docx out on A4 unless asked for Letter', async () => {
    const source = folder.file('example.xlsx', example);
    const a4 = path.join(folder.path, 'a4.docx');
    const letter = path.join(folder.path, 'letter.docx');
    expect((await partnering('report', source, '--out', a4)).code).toBe(0);
    expect((await partnering('report', source, '--out', letter, '--paper', 'Letter')).code).toBe(0);
    expect(documentXml(a4)).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml(letter)).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('writes entries that look like formulas or markup into the .docx as text', async () => {
    const source = folder.file('tricky.xlsx', tricky);
    const out = path.join(folder.path, 'tricky.docx');
    expect((await partnering('report', source, '--out', out)).code).toBe(0);
    const xml = documentXml(out);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    expect(texts).toEqual(expect.arrayContaining([SCRIPT, '=1+1']));
    expect(texts.some((t) => t.includes(HYPERLINK))).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/instrText|fldSimple[^>]*HYPERLINK|<w:hyperlink/);
  });

  it.each([
    [['--out', 'r.pdf', '--paper', 'a3'], 'report: --paper must be a4 or letter, found "a3".'],
    [['--out', 'r.txt'], 'report: --out must end in .pdf or .docx, found "r.txt".'],
    [[], 'report: give --out REPORT.pdf or --out REPORT.docx'],
    [['--out', 'r.pdf', '--today', '31/03/2026'], 'report: --today must be a date like 2026-03-31, found "31/03/2026".'],
  ])('refuses %j with a usage message and writes nothing', async (options, message) => {
    const source = folder.file('example.xlsx', example);
    const { code, problems } = await partnering('report', source, ...options.map((o) => (o.startsWith('r.') ? path.join(folder.path, o) : o)));
    expect([code, problems]).toEqual([2, [`partnering: ${message.replace(/"(r\.\w+)"/, `"${path.join(folder.path, '$1')}"`)}`]]);
    expect(existsSync(path.join(folder.path, 'r.pdf'))).toBe(false);
  });

  it('leaves an existing file alone unless --force is given', async () => {
    const source = folder.file('example.xlsx', example);
    const out = folder.file('kept.pdf', new TextEncoder().encode('mine'));
    const refused = await partnering('report', source, '--out', out);
    expect([refused.code, readFileSync(out, 'utf8')]).toEqual([2, 'mine']);
    expect((await partnering('report', source, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says a workbook that cannot be read, exit 2, and writes nothing', async () => {
    const source = path.join(folder.path, 'missing.xlsx');
    const out = path.join(folder.path, 'r.pdf');
    const { code, problems } = await partnering('report', source, '--out', out);
    expect([code, problems]).toEqual([2, [`partnering: ${source}: not found.`]]);
    writeFileSync(path.join(folder.path, 'not-a-workbook.xlsx'), 'hello');
    expect((await partnering('report', path.join(folder.path, 'not-a-workbook.xlsx'), '--out', out)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
