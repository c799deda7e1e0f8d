import { mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { workbookSchema } from '../../../src/schema/workbook';
import { partneringOn } from '../../support/cli';

const partnering = partneringOn('2026-03-31');
let folder: string;

beforeEach(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-paper-')); });
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The paperSize each sheet's page set-up holds, by sheet name (1 Letter, 9 A4). */
function papers(file: string): Record<string, string | undefined> {
  const parts = unzipSync(readFileSync(file));
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  return Object.fromEntries([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map(([, name, id]) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const sheet = strFromU8(parts[`xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`]);
    return [name, /<pageSetup [^>]*paperSize="(\d+)"/.exec(sheet)?.[1]];
  }));
}

const printed = workbookSchema.sheets.filter((s) => s.page).map((s) => s.name);
const expectPaper = (file: string, code: string) => {
  const found = papers(file);
  expect(printed.map((name) => [name, found[name]])).toEqual(printed.map((name) => [name, code]));
};

describe('partnering new --paper', () => {
  it('prints every sheet on A4 when no paper is given', async () => {
    const file = path.join(folder, 'a4.xlsx');
    expect((await partnering('new', file)).code).toBe(0);
    expectPaper(file, '9');
  });

  it('prints every sheet on Letter with --paper letter (any case), and on A4 with --paper a4', async () => {
    const letter = path.join(folder, 'letter.xlsx');
    const a4 = path.join(folder, 'a4.xlsx');
    expect((await partnering('new', letter, '--paper', 'Letter', '--example')).code).toBe(0);
    expect((await partnering('new', a4, '--paper=a4')).code).toBe(0);
    expectPaper(letter, '1');
    expectPaper(a4, '9');
  });

  it('sets the paper of a new-client copy when asked, and keeps the copied one otherwise', async () => {
    const source = path.join(folder, 'source.xlsx');
    await partnering('new', source, '--paper', 'letter', '--example');
    const kept = path.join(folder, 'kept.xlsx');
    const changed = path.join(folder, 'changed.xlsx');
    expect((await partnering('new', kept, '--from', source)).code).toBe(0);
    expect((await partnering('new', changed, '--from', source, '--paper', 'a4')).code).toBe(0);
    expectPaper(kept, '1');
    expectPaper(changed, '9');
  });

  it('refuses another paper with a message naming the ones it takes, writing nothing', async () => {
    const file = path.join(folder, 'legal.xlsx');
    const run = await partnering('new', file, '--paper', 'legal');
    expect(run.code).toBe(2);
    expect(run.problems.join('\n')).toMatch(/--paper takes a4 or letter .*found "legal"/);
    expect(() => readFileSync(file)).toThrow();
  });
});
