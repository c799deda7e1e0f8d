#!/usr/bin/env node
/**
 * How long `partnering new` takes and how big its workbooks are, blank and filled with the example.
 * Runs the compiled command in this process, so the figures leave out Node's start-up.
 *
 * new.vs_exceljs: `partnering new --example` as a person runs it (its own process) against an
 * exceljs script writing the same sheets, tables, validations and formats without charts
 * (bench/peers/exceljs-new.js), run alternately; the median of the pairs' ratios, so the machine's
 * load touches both alike. Goal: at most 1.0.
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RUNS = 7;
const root = path.join(__dirname, '..');
const entry = path.join(root, 'lib', 'cli', 'main.js');

if (!fs.existsSync(entry)) {
  console.error('bench/new: compiling the command into lib/ first (tsc -p tsconfig.cli.json)…');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
}
if (!fs.existsSync(path.join(root, 'lib', 'template.xlsx'))) {
  console.error('bench/new: writing the template package first (scripts/build-template.js)…');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-template.js')], { cwd: root, stdio: 'inherit' });
}
const { main } = require(entry);
const io = { out() {}, err: (line) => console.error(line), today: () => '2026-03-31' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Writes RUNS workbooks with the given options; returns the median time and the size of the last file. */
async function measure(folder, name, options) {
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const file = path.join(folder, `${name}-${i + 1}.xlsx`);
    const started = process.hrtime.bigint();
    const code = await main(['new', file, ...options], io);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (code !== 0) throw new Error(`partnering new ${[file, ...options].join(' ')} exited with ${code}.`);
    size = fs.statSync(file).size;
  }
  return { ms: Math.round(median(times)), kb: Math.round(size / 1024) };
}

/** Milliseconds one process takes, start to exit. */
function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function versusExceljs(folder) {
  const ratios = [];
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    const a = timed([path.join(root, 'bin', 'partnering.js'), 'new', path.join(folder, `ours-${i}.xlsx`), '--example']);
    const b = timed([path.join(root, 'bench', 'peers', 'exceljs-new.js'), path.join(folder, `exceljs-${i}.xlsx`)]);
    ours.push(a);
    theirs.push(b);
    ratios.push(a / b);
  }
  return { ratio: median(ratios), ours: Math.round(median(ours)), theirs: Math.round(median(theirs)) };
}

async function run() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'partnering-bench-'));
  try {
    const blank = await measure(folder, 'blank', []);
    const example = await measure(folder, 'example', ['--example']);
    console.log(`new.wall_ms: ${blank.ms}`);
    console.log(`new.example_wall_ms: ${example.ms}`);
    console.log(`new.file_kb: ${blank.kb}`);
    console.log(`new.example_file_kb: ${example.kb}`);
    const peer = versusExceljs(folder);
    console.log(`new.process_ms: ${peer.ours}`);
    console.log(`new.exceljs_process_ms: ${peer.theirs}`);
    console.log(`new.vs_exceljs: ${peer.ratio.toFixed(2)}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

run().catch((error) => {
  console.error(`bench/new: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
