#!/usr/bin/env node
/**
 * How long `partnering report` takes for the example workbook, as PDF and as .docx, run in this
 * process (Node's start-up left out), and how big the documents are. The peer is `partnering
 * check` of the same file, which reads the workbook just as the report does: the three run in
 * turn, so the machine's load touches them alike, and report.pdf_vs_check is the median of the
 * rounds' ratios (the cost of the document over reading the workbook).
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROUNDS = 9;
const root = path.join(__dirname, '..');
const entry = path.join(root, 'lib', 'cli', 'main.js');

if (!fs.existsSync(entry)) {
  console.error('bench/report: compiling the command into lib/ first (tsc -p tsconfig.cli.json)…');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
}
const { main } = require(entry);
const io = { out() {}, err: (line) => console.error(line), today: () => '2026-04-01' };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(argv, okCodes = [0]) {
  const started = process.hrtime.bigint();
  const code = await main(argv, io);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(code)) throw new Error(`partnering ${argv.join(' ')} exited with ${code}.`);
  return ms;
}

async function run() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'partnering-bench-report-'));
  try {
    const workbook = path.join(folder, 'example.xlsx');
    const pdf = path.join(folder, 'report.pdf');
    const docx = path.join(folder, 'report.docx');
    await timed(['new', workbook, '--example', '--today', '2026-03-31']);
    // One of each first, unmeasured, so modules and fonts are loaded for all.
    await timed(['report', workbook, '--out', pdf, '--force']);
    await timed(['report', workbook, '--out', docx, '--force']);
    await timed(['check', workbook, '--quiet'], [0, 1]);
    const pdfTimes = [];
    const docxTimes = [];
    const checkTimes = [];
    const ratios = [];
    for (let i = 0; i < ROUNDS; i++) {
      const p = await timed(['report', workbook, '--out', pdf, '--force']);
      const d = await timed(['report', workbook, '--out', docx, '--force']);
      const c = await timed(['check', workbook, '--quiet'], [0, 1]);
      pdfTimes.push(p);
      docxTimes.push(d);
      checkTimes.push(c);
      ratios.push(p / c);
    }
    console.log(`report.pdf_ms: ${Math.round(median(pdfTimes))}`);
    console.log(`report.docx_ms: ${Math.round(median(docxTimes))}`);
    console.log(`report.check_ms: ${Math.round(median(checkTimes))}`);
    console.log(`report.pdf_vs_check: ${median(ratios).toFixed(2)}`);
    console.log(`report.pdf_kb: ${Math.round(fs.statSync(pdf).size / 1024)}`);
    console.log(`report.docx_kb: ${Math.round(fs.statSync(docx).size / 1024)}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

run().catch((error) => {
  console.error(`bench/report: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
