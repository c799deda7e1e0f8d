#!/usr/bin/env node
/**
 * How quickly `partnering --help` answers, against Node doing nothing (`node -e 0`) on the same
 * machine: the two run alternately, so load on the machine touches both alike, and the figure is
 * the median of the pairs' ratios. Goal: at most 1.5.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const PAIRS = 21;
const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'partnering.js');

if (!fs.existsSync(path.join(root, 'lib', 'cli', 'main.js'))) {
  console.error('bench/cli-startup: the command is not compiled; run `npm run bench` (it compiles lib/ first).');
  process.exit(1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall-clock milliseconds of one `node ...args` run; fails on a non-zero exit. */
function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}.`);
  return ms;
}

// One of each first, unmeasured, so the file cache is warm for both.
timed([cli, '--help']);
timed(['-e', '0']);
const help = [];
const bare = [];
for (let i = 0; i < PAIRS; i++) {
  // Alternate which goes first, so neither always runs right after the other.
  if (i % 2 === 0) { help.push(timed([cli, '--help'])); bare.push(timed(['-e', '0'])); } else { bare.push(timed(['-e', '0'])); help.push(timed([cli, '--help'])); }
}
const ratios = help.map((ms, i) => ms / bare[i]);
console.log(`cli.help_ms: ${Math.round(median(help))}`);
console.log(`cli.node_ms: ${Math.round(median(bare))}`);
console.log(`cli.help_vs_node: ${median(ratios).toFixed(2)}`);
