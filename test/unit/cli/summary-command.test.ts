import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { csvField } from '../../../src/cli/csv';
import { exampleEntries } from '../../../src/schema/example';
import { workbookSchema } from '../../../src/schema/workbook';
import { workbookScores } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';

let folder: string;
const files: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-summary-'));
  const clients: Array<[string, Record<string, string>]> = [
    ['acme.xlsx', { organisation: 'Acme Joinery' }],
    ['formula.xlsx', { organisation: '=HYPERLINK("http://example.org","click")', partners: '@SUM(A1)' }],
  ];
  for (const [name, start] of clients) {
    const example = exampleEntries('2026-03-31');
    const file = path.join(folder, name);
    writeFileSync(file, await writeWorkbook(workbookSchema, { workbookId: name, ...example, start: { ...example.start, ...start } }));
    files.push(file);
  }
  writeFileSync(path.join(folder, 'blank.xlsx'), await writeWorkbook(workbookSchema, { workbookId: 'blank' }));
  files.push(path.join(folder, 'blank.xlsx'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');

const parseCsv = (text: string) => text.trim().split('\r\n').map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '')) ?? []);

describe('partnering summary', () => {
  it('writes one CSV row per workbook with the scores src/scoring gives', async () => {
    const out = path.join(folder, 'portfolio.csv');
    const { code, printed } = await partnering('summary', ...files, '--out', out);
    expect(code).toBe(0);
    expect(printed).toEqual([`Wrote ${out} with 3 workbooks.`]);
    const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(header.slice(0, 6)).toEqual(['File', 'Organisation', 'Partner', 'Assessment date', 'Template version', 'P01']);
    expect(rows).toHaveLength(3);
    const expected = workbookScores(readWorkbookData(readFileSync(files[0])));
    const acme = rows[0];
    expect(acme[0]).toBe('acme.xlsx');
    expect(acme[1]).toBe('Acme Joinery');
    expect(Number(acme[header.indexOf('Overall')])).toBeCloseTo(expected.overall as number, 12);
    expect(Number(acme[header.indexOf('P03')])).toBeCloseTo(expected.principles[2].score as number, 12);
    expect(Number(acme[header.indexOf('Plan completeness')])).toBeCloseTo(expected.planCompleteness as number, 12);
    expect(Number(acme[header.indexOf('Open high risks')])).toBe(expected.openHighRisks);
    expect(acme[header.indexOf('Errors')]).toBe('0');
    const blank = rows[2];
    expect(blank[header.indexOf('Overall')]).toBe('');
  });

  it('neutralises text that would run as a formula in a spreadsheet', async () => {
    const out = path.join(folder, 'injection.csv');
    await partnering('summary', files[1], '--out', out);
    const [, row] = parseCsv(readFileSync(out, 'utf8'));
    expect(row[1]).toBe('"\'=HYPERLINK(""http://example.org"",""click"")"');
    expect(row[2]).toBe("'@SUM(A1)");
    expect(['=1+1', '+44', '-2', '@x', '\tcmd'].map(csvField)).toEqual(["'=1+1", "'+44", "'-2", "'@x", "'\tcmd"]);
    expect(csvField(-2)).toBe('-2');
  });

  it('refuses to replace an existing file, and says which inputs it could not read while summarising the rest', async () => {
    const out = path.join(folder, 'again.csv');
    writeFileSync(out, 'keep me');
    expect((await partnering('summary', ...files, '--out', out)).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const missing = path.join(folder, 'missing.xlsx');
    const { code, problems } = await partnering('summary', files[0], missing, '--out', path.join(folder, 'partial.csv'));
    expect(code).toBe(2);
    expect(problems).toEqual([`${missing}: not found.`]);
    expect(parseCsv(readFileSync(path.join(folder, 'partial.csv'), 'utf8'))).toHaveLength(2);
  });

  it('rejects an output that is neither .xlsx nor .csv', async () => {
    const { code, problems } = await partnering('summary', files[0], '--out', path.join(folder, 'portfolio.pdf'));
    expect(code).toBe(2);
    expect(problems[0]).toMatch(/--out must end in \.xlsx or \.csv/);
  });
});
