/**
 * `partnering check --format json | jq` must get the whole report. The command is built as
 * `npm install` builds it and run as its own process, its standard output a pipe.
 */
import { execFile } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { workbookSchema } from '../../../src/schema/workbook';
import { writeWorkbook } from '../../../src/xlsx/write';
import { projectRoot as findProjectRoot } from '../../support/project-root';

const run = promisify(execFile);
const projectRoot = findProjectRoot();
const RISKS = 1500;

let folder: string;
let bin: string;
let workbook: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-pipe-'));
  await run(process.execPath, [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(projectRoot, 'tsconfig.cli.json'), '--noCheck', '--outDir', path.join(folder, 'lib')]);
  mkdirSync(path.join(folder, 'bin'));
  bin = path.join(folder, 'bin', 'partnering.js');
  copyFileSync(path.join(projectRoot, 'bin', 'partnering.js'), bin);
  const risks = Array.from({ length: RISKS }, (_, i) => ({ id: `R-${i + 1}`, risk: `Risk ${i + 1}`, likelihood: 'High', impact: 3 }));
  workbook = path.join(folder, 'many-findings.xlsx');
  writeFileSync(workbook, await writeWorkbook(workbookSchema, { workbookId: 'pipe', rows: { tblRisks: risks } }));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('delivers a JSON report far larger than a pipe buffer whole, with the exit code for errors', async () => {
  const child = run(process.execPath, [bin, 'check', workbook, '--format', 'json', '--today', '2026-04-01'], {
    env: { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') }, maxBuffer: 64 * 1024 * 1024,
  });
  const failed = await child.then(() => undefined, (error: { code: number; stdout: string }) => error);

  expect(failed?.code).toBe(1);
  const stdout = failed?.stdout ?? '';
  expect(stdout.length).toBeGreaterThan(200 * 1024);
  const findings = JSON.parse(stdout) as Array<{ rule: string; cell: string }>;
  expect(findings.filter((f) => f.rule === 'whole-number-range' && /^G\d+$/.test(f.cell))).toHaveLength(RISKS);
}, 180000);
