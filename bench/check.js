#!/usr/bin/env node
/**
 * How fast the entry checks are: the pure checks on a workbook with 10,000 risks and every other
 * table filled (median of several runs), reading that workbook from its file, the command line on
 * 100 filled workbooks (one process, start-up included), and reading plus checking the 10,000-risk
 * workbook against exceljs only loading it, run alternately (check.vs_exceljs_10k, goal <= 0.5).
 */
'use strict';
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');
const { unzipSync, zipSync } = require('fflate');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const lib = (module) => require(path.join(root, 'lib', module));
const { writeWorkbook } = lib('xlsx/write.js');
const { readWorkbookData } = lib('xlsx/read.js');
const { runChecks } = lib('checks/run-checks.js');
const { exampleEntries } = lib('schema/example.js');
const { workbookSchema } = lib('schema/workbook.js');

const RUNS = 5;
const RISKS = 10000;
const FILES = 100;
const TODAY = '2026-04-01';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const elapsedMs = (started) => Number(process.hrtime.bigint() - started) / 1e6;

function manyRisks(count) {
  const statuses = ['Open', 'Monitoring', 'Closed', ''];
  return Array.from({ length: count }, (_, i) => ({
    id: `R-${String(i + 1).padStart(5, '0')}`,
    risk: `Risk number ${i + 1}`,
    owner: i % 7 === 0 ? '' : 'Sam',
    likelihood: (i % 5) + 1,
    impact: ((i * 3) % 5) + 1,
    mitigation: i % 3 === 0 ? '' : 'Agreed mitigation',
    residualLikelihood: (i % 3) + 1,
    residualImpact: (i % 2) + 1,
    status: statuses[i % statuses.length],
    raised: '2026-01-15',
    nextReview: i % 2 ? '2026-03-01' : '2026-09-01',
  }));
}

/**
 * Our read and check of the workbook against exceljs's plain load of the same file, alternately so
 * both see the same machine. exceljs refuses a docProps/core.xml without the usual prefixes
 * ("Unexpected xml node"), so it gets the file without that part, which it does not need to load.
 */
async function againstExceljs(bytes) {
  const parts = unzipSync(bytes);
  delete parts['docProps/core.xml'];
  const forExceljs = zipSync(parts);
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    let started = process.hrtime.bigint();
    runChecks(readWorkbookData(bytes), { today: TODAY });
    ours.push(elapsedMs(started));
    started = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(forExceljs);
    theirs.push(elapsedMs(started));
  }
  return median(ours) / median(theirs);
}

async function run() {
  const example = exampleEntries('2026-03-31');
  const big = await writeWorkbook(workbookSchema, {
    workbookId: 'bench', start: example.start, rows: { ...example.rows, tblRisks: manyRisks(RISKS) },
  });
  const readTimes = [];
  let data;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    data = readWorkbookData(big);
    readTimes.push(elapsedMs(started));
  }
  const ratio = await againstExceljs(big);
  const checkTimes = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    findings = runChecks(data, { today: TODAY }).length;
    checkTimes.push(elapsedMs(started));
  }

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'partnering-bench-check-'));
  try {
    const files = [];
    for (let i = 0; i < FILES; i++) {
      const file = path.join(folder, `client-${i + 1}.xlsx`);
      fs.writeFileSync(file, await writeWorkbook(workbookSchema, { workbookId: `client-${i}`, ...example }));
      files.push(file);
    }
    const started = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [path.join(root, 'bin', 'partnering.js'), 'check', ...files, '--format', 'json', '--today', TODAY], { stdio: 'ignore' });
    } catch (error) {
      if (error.status !== 1) throw error;
    }
    const cliSeconds = elapsedMs(started) / 1000;
    console.log(`check.engine_10k_risks_ms: ${Math.round(median(checkTimes))}`);
    console.log(`check.read_10k_risks_ms: ${Math.round(median(readTimes))}`);
    console.log(`check.findings_10k_risks: ${findings}`);
    console.log(`check.cli_100_files_s: ${cliSeconds.toFixed(2)}`);
    console.log(`check.vs_exceljs_10k: ${ratio.toFixed(2)}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

run().catch((error) => {
  console.error(`bench/check: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
