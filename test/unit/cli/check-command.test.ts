import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { content } from '../../../src/domain/strings/en';
import { columnLetter } from '../../../src/schema/address';
import { exampleEntries } from '../../../src/schema/example';
import { principlesTable } from '../../../src/schema/principles';
import { columnOf, placed, workbookSchema } from '../../../src/schema/workbook';
import { writeWorkbook } from '../../../src/xlsx/write';
import { editWorkbook, type } from '../../support/xlsx-edit';
import { partneringOn } from '../../support/cli';

const principles = placed(principlesTable);
const ratingCell = `${columnLetter(columnOf(principles, 'rating'))}${principles.headerRow + 1}`;

let folder: string;
let clean: string;
let broken: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-check-'));
  const example = await writeWorkbook(workbookSchema, { workbookId: 'check', ...exampleEntries('2026-03-31') });
  clean = path.join(folder, 'clean.xlsx');
  broken = path.join(folder, 'broken.xlsx');
  writeFileSync(clean, example);
  writeFileSync(broken, await editWorkbook(example, (file) => type(file, 'Principles', ratingCell, 'three')));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');

describe('partnering check', () => {
  it('exits 0 on the clean example and says so when quiet', async () => {
    const { code, output } = await partnering('check', clean, '--quiet');
    expect(code).toBe(0);
    expect(output).toBe('No problems found in 1 workbook.');
  });

  it('exits 1 and shows the file, the sheet, the cell, the message and the rule for a pasted "three"', async () => {
    const { code, output } = await partnering('check', broken);
    expect(code).toBe(1);
    const lines = output.split('\n');
    expect(lines[0]).toBe(broken);
    expect(lines[1]).toBe('  Principles');
    expect(lines[2]).toMatch(new RegExp(`^    ${ratingCell}\\s+error\\s+Rating must be a whole number from 0 to 4 or N/A, found "three"\\. Pick 0–4 or N/A from the list\\.\\s+rating-value$`));
    expect(lines[lines.length - 1]).toMatch(/^\d+ problems? \(1 error, /);
  });

  it('prints findings as JSON with the file name of each, and the text of the row', async () => {
    const { code, output } = await partnering('check', clean, broken, '--format', 'json', '--quiet');
    expect(code).toBe(1);
    expect(JSON.parse(output)).toEqual([{
      file: broken, rule: 'rating-value', severity: 'error', sheet: 'Principles', cell: ratingCell,
      message: 'Rating must be a whole number from 0 to 4 or N/A, found "three".', fix: 'Pick 0–4 or N/A from the list.',
      row: content.principles[0].criteria[0].text,
    }]);
  });

  it('shows only errors with --quiet', async () => {
    const { output } = await partnering('check', broken, '--quiet', '--format', 'json');
    expect((JSON.parse(output) as Array<{ severity: string }>).every((f) => f.severity === 'error')).toBe(true);
  });

  it('gives one clear line per unreadable file and exits 2, still checking the readable ones', async () => {
    const csv = path.join(folder, 'scores.csv');
    writeFileSync(csv, 'Ref,Rating\nP01.1,3\n');
    const missing = path.join(folder, 'missing.xlsx');
    const { code, output, problems } = await partnering('check', csv, missing, folder, broken);
    expect(code).toBe(2);
    expect(problems).toEqual([
      `${csv}: is not an .xlsx workbook (it may be a CSV or text file). Open it in Excel and save it as .xlsx.`,
      `${missing}: not found.`,
      `${folder}: is a folder, not a workbook.`,
    ]);
    expect(output).toContain('rating-value');
  });

  it('never writes to the files it checks', async () => {
    const before = { bytes: readFileSync(broken), modified: statSync(broken).mtimeMs };
    await partnering('check', broken);
    expect(readFileSync(broken).equals(before.bytes)).toBe(true);
    expect(statSync(broken).mtimeMs).toBe(before.modified);
  });

  it('rejects bad usage with exit 2: no file, an unknown format, an impossible --today', async () => {
    expect((await partnering('check')).code).toBe(2);
    const format = await partnering('check', clean, '--format', 'xml');
    expect([format.code, format.problems]).toEqual([2, ['partnering: check: --format must be text or json, found "xml".']]);
    const today = await partnering('check', clean, '--today', '2026-02-30');
    expect([today.code, today.problems]).toEqual([2, ['partnering: check: --today must be a date like 2026-03-31, found "2026-02-30".']]);
  });
});
