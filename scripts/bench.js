#!/usr/bin/env node
/** `npm run bench`: runs every bench/*.js in turn, each in its own process, and fails if any fails. */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const folder = path.join(root, 'bench');
const benches = fs.readdirSync(folder).filter((name) => name.endsWith('.js')).sort();

const failed = benches.filter((name) => {
  const result = spawnSync(process.execPath, [path.join(folder, name)], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return false;
  const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
  console.error(`bench/${name} failed (${why}).`);
  return true;
});

if (benches.length === 0) console.error('No benchmarks in bench/.');
process.exit(failed.length > 0 ? 1 : 0);
