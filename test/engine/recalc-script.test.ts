/**
 * scripts/recalc.js, the LibreOffice recalculation the engine tests stand on: it recomputes every
 * formula on load (never trusting cached values), writes one CSV per sheet, reports error cells,
 * and tells a file LibreOffice cannot open from a clean run, though soffice exits 0 for both.
 */
import { execFile } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { handmadeXlsx } from '../support/handmade-xlsx';
import { projectRoot } from '../support/project-root';
import { requireProgram } from '../support/require-tool';

const script = path.join(projectRoot(), 'scripts', 'recalc.js');

interface Run { code: number; stdout: string; stderr: string }

function recalc(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env, maxBuffer: 64 * 1024 * 1024, timeout: 110000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let folder: string;
beforeAll(() => {
  requireProgram('soffice', 'libreoffice-calc-nogui');
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-recalc-test-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array | string) => {
  const at = path.join(folder, name);
  writeFileSync(at, bytes);
  return at;
};

describe('scripts/recalc.js', () => {
  it('recomputes formulas whose cached values are stale and writes one CSV per sheet', async () => {
    const book = file('stale.xlsx', handmadeXlsx([
      { name: 'Inputs', rows: [[21, { formula: 'A1*2', cached: 999 }], ['a, "quoted" text', { formula: 'LEN(A2)', cached: 0 }]] },
      { name: 'Two Words', rows: [[{ formula: 'Inputs!B1+1', cached: 5 }]] },
    ]));
    const out = path.join(folder, 'stale-out');
    const run = await recalc([book, out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(path.join(out, 'Inputs.csv'), 'utf8').trim().split(/\r?\n/)).toEqual(['21,42', '"a, ""quoted"" text",16']);
    expect(readFileSync(path.join(out, 'Two Words.csv'), 'utf8').trim()).toBe('43');
  });

  it('prints every sheet’s values as JSON with --json', async () => {
    const book = file('json.xlsx', handmadeXlsx([{ name: 'Only', rows: [[1, { formula: 'A1/4' }], ['x']] }]));
    const run = await recalc(['--json', book, path.join(folder, 'json-out')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ sheets: { Only: [['1', '0.25'], ['x', '']] }, errorCells: [] });
  });

  it('exits 1 and names each cell holding an error value, still writing the CSVs', async () => {
    const book = file('errors.xlsx', handmadeXlsx([
      { name: 'Fine', rows: [[1]] },
      { name: 'Broken', rows: [[{ formula: '1/0' }, { formula: 'NOSUCHFUNCTION(1)' }, 'text'], [{ formula: 'SQRT(-1)' }, { formula: 'A1+B9' }]] },
    ]));
    const out = path.join(folder, 'errors-out');
    const run = await recalc(['--json', book, out]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errorCells).toEqual([
      { sheet: 'Broken', cell: 'A1', value: '#DIV/0!' },
      { sheet: 'Broken', cell: 'B1', value: '#NAME?' },
      { sheet: 'Broken', cell: 'A2', value: expect.stringMatching(/^(#NUM!|Err:502)$/) },
      { sheet: 'Broken', cell: 'B2', value: '#DIV/0!' },
    ]);
    expect(run.stderr).toContain('4 cell(s)');
    expect(run.stderr).toContain('Broken!B1: #NAME?');
    expect(existsSync(path.join(out, 'Broken.csv')) && existsSync(path.join(out, 'Fine.csv'))).toBe(true);
  });

  it.each([
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['a cut-off zip', Buffer.from(handmadeXlsx([{ name: 'S', rows: [[1]] }]).subarray(0, 300))],
  ])('exits 3 with LibreOffice’s own words for a damaged file (%s)', async (_kind, bytes) => {
    const out = path.join(folder, `damaged-${bytes.length}`);
    const run = await recalc([file(`damaged-${bytes.length}.xlsx`, bytes), out]);
    expect(run.code).toBe(3);
    // LibreOffice's words vary: random bytes are sometimes taken for text and fail at the store,
    // not the load. What holds is our sentence naming the file, followed by what LibreOffice said.
    expect(run.stderr).toMatch(/LibreOffice could not open or convert .*damaged-\d+\.xlsx \(exit \w+\): (?!it printed nothing)\S/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a missing input and for wrong usage', async () => {
    expect(await recalc([path.join(folder, 'nowhere.xlsx'), path.join(folder, 'o')])).toMatchObject({ code: 2, stderr: expect.stringContaining('nowhere.xlsx cannot be read') });
    expect(await recalc([path.join(folder, 'only-one-argument.xlsx')])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
    expect(await recalc(['--colour', 'a.xlsx', 'o'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --colour') });
  });

  it('exits 4 naming the Debian package when LibreOffice is not installed', async () => {
    const book = file('any.xlsx', handmadeXlsx([{ name: 'S', rows: [[1]] }]));
    const run = await recalc([book, path.join(folder, 'o')], { PATH: path.join(folder, 'no-programs-here') });
    expect(run).toMatchObject({ code: 4, stderr: expect.stringContaining('apt-get install -y libreoffice-calc-nogui') });
  });

  it('exits 3 when LibreOffice hangs past --timeout', async () => {
    const hanging = file('hanging-soffice', '#!/bin/sh\nsleep 60\n');
    chmodSync(hanging, 0o755);
    const book = file('slow.xlsx', handmadeXlsx([{ name: 'S', rows: [[1]] }]));
    const started = Date.now();
    const run = await recalc(['--timeout', '1', book, path.join(folder, 'o')], { ...process.env, SOFFICE: hanging });
    expect(run).toMatchObject({ code: 3, stderr: expect.stringContaining('did not finish within 1 s') });
    expect(Date.now() - started).toBeLessThan(30000);
  });
});
