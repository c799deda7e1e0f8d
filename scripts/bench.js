#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in turn, each in its own process, and fails if any fails:
 * bench/*.js as they are, and bench/*.ts as compiled into lib-bench/ by tsconfig.bench.json.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const scriptsIn = (folder) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => n.endsWith('.js')).sort().map((n) => path.join(folder, n)) : []);
const benches = [...scriptsIn(path.join(root, 'bench')), ...scriptsIn(path.join(root, 'lib-bench', 'bench'))];

const failed = benches.filter((file) => {
  const name = path.relative(root, file);
  const result = spawnSync(process.execPath, [file], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return false;
  const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
  console.error(`${name} failed (${why}).`);
  return true;
});

if (benches.length === 0) console.error('No benchmarks in bench/.');
process.exit(failed.length > 0 ? 1 : 0);
