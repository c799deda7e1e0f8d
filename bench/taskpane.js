#!/usr/bin/env node
/**
 * How much JavaScript the task pane makes Excel download first: every local script taskpane.html
 * names itself, from a fresh production build (what the pane then fetches before any interaction,
 * parts loaded on demand included, is bench/taskpane-first-load.ts), gzipped at level 9 as a server would send it. office.js comes
 * from Microsoft's CDN for every add-in and is left out.
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');

console.error('bench/taskpane: building the production bundle (webpack --mode production)…');
execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^[a-z]+:\/\//i.test(src));
if (scripts.length === 0) throw new Error('dist/taskpane.html loads no local script.');

const bytes = scripts.reduce((sum, src) => {
  const file = path.join(dist, src.replace(/^\.?\//, '').split('?')[0]);
  return sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}, 0);

console.log(`taskpane.js_gzip_kb: ${(bytes / 1024).toFixed(1)}`);
