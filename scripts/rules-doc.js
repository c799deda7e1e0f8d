#!/usr/bin/env node
/**
 * Writes docs/rules.md from the rules' metadata: compiles src with tsconfig.cli.json into lib/,
 * then renders the page with lib/checks/rules-doc.js. A unit test fails while the page is stale.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('The TypeScript build failed; docs/rules.md was not written.');
  process.exit(compiled.status ?? 1);
}
const { rulesMarkdown } = require(path.join(root, 'lib', 'checks', 'rules-doc.js'));
fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(path.join(root, 'docs', 'rules.md'), rulesMarkdown());
console.log('Wrote docs/rules.md.');
