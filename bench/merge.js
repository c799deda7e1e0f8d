#!/usr/bin/env node
/**
 * How long `partnering merge` takes to bring 100 returned rater forms into one assessment, as a
 * person runs it (its own process): 100 forms of the example's 60 criteria, each rated in full
 * and with a comment on every fourth criterion.
 *
 * merge.forms_100_s: the median of RUNS merges of the 100 forms (--out a new file each time).
 * merge.forms_1_s: one form merged into the same assessment, run alternately with the above: what
 * reading the assessment, checking that nothing of the person's changed and writing cost alone.
 * merge.per_form_ms: what each further form adds, from the two.
 */
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RUNS = 3;
const FORMS = 100;
const root = path.join(__dirname, '..');
const lib = path.join(root, 'lib');
const bin = path.join(root, 'bin', 'partnering.js');

if (!fs.existsSync(path.join(lib, 'cli', 'main.js'))) {
  console.error('bench/merge: compiling the command into lib/ first (tsc -p tsconfig.cli.json)…');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
}
if (!fs.existsSync(path.join(lib, 'form-template.xlsx'))) {
  console.error('bench/merge: writing the template packages first (scripts/build-template.js)…');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-template.js')], { cwd: root, stdio: 'inherit' });
}
const { main } = require(path.join(lib, 'cli', 'main.js'));
const { readRaterForm } = require(path.join(lib, 'xlsx', 'rater-form-file.js'));
const { XlsxPackage } = require(path.join(lib, 'xlsx', 'package', 'xlsx-package.js'));
const { SheetCells } = require(path.join(lib, 'xlsx', 'package', 'sheet-cells.js'));
const { WorkbookParts } = require(path.join(lib, 'xlsx', 'package', 'workbook-parts.js'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function partnering(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`partnering ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return seconds;
}

/** A form filled in as a rater would: every criterion rated, a comment on every fourth. */
function filled(file, seed) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const rows = readRaterForm(bytes, file).rows;
  const pkg = XlsxPackage.open(bytes);
  const sheet = new WorkbookParts(pkg).sheet(rows[0].rating.sheet);
  const cells = new SheetCells(pkg.xml(sheet.path).documentElement, [], () => pkg.markChanged(sheet.path));
  rows.forEach((row, i) => {
    cells.setValue(row.rating.cell, (seed + i) % 5);
    if (i % 4 === 0) cells.setValue(row.comment.cell, `Comment ${seed}.${i}: seen in the last review`);
  });
  fs.writeFileSync(file, pkg.toBytes());
}

/** Setting up runs in this process: only the merges are timed, each in a process of its own. */
async function inProcess(args) {
  const code = await main(args, { out() {}, err: (line) => console.error(line), today: () => '2026-03-31' });
  if (code !== 0) throw new Error(`partnering ${args.join(' ')} exited with ${code}.`);
}

async function run() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'partnering-bench-merge-'));
  try {
    const master = path.join(folder, 'assessment.xlsx');
    await inProcess(['new', master, '--example', '--today', '2026-03-31']);
    const forms = Array.from({ length: FORMS }, (_, i) => path.join(folder, `form-${i + 1}.xlsx`));
    for (const [i, form] of forms.entries()) {
      await inProcess(['form', master, '--rater', `Rater name ${i + 1}`, '--side', i % 3 === 0 ? 'partner' : 'ours', '--out', form]);
      filled(form, i);
    }
    const hundred = [];
    const one = [];
    for (let i = 0; i < RUNS; i++) {
      hundred.push(partnering(['merge', master, ...forms, '--out', path.join(folder, `merged-${i}.xlsx`)]));
      one.push(partnering(['merge', master, forms[0], '--out', path.join(folder, `one-${i}.xlsx`)]));
    }
    const h = median(hundred);
    const o = median(one);
    console.log(`merge.forms_100_s: ${h.toFixed(2)}`);
    console.log(`merge.forms_1_s: ${o.toFixed(2)}`);
    console.log(`merge.per_form_ms: ${Math.round(((h - o) / (FORMS - 1)) * 1000)}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

run().catch((error) => {
  console.error(`bench/merge: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
