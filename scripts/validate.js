#!/usr/bin/env node
/**
 * `npm run validate`: Microsoft's manifest validator, which checks the built manifest against the
 * Office Store rules. It sends the manifest to Microsoft's service, so it needs internet access.
 * Offline, the manifest tests in `npm test` check the same essentials.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const manifest = fs.existsSync(path.join(root, 'dist', 'manifest.xml')) ? 'dist/manifest.xml' : 'manifest.xml';
console.log(`Validating ${manifest} with Microsoft's online validator (needs internet access)…`);
const cli = require.resolve('office-addin-manifest/cli.js');
const result = spawnSync(process.execPath, [cli, 'validate', manifest], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('\nValidation failed or could not reach the validator. Without internet, `npm test` runs the offline manifest tests.');
}
process.exit(result.status ?? 1);
