#!/usr/bin/env node
/** `npm stop`: ends what `npm start` began (the desktop sideload, or the web server on Linux). */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const PID_FILE = path.join(root, '.start.pid');

if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`Stopped the add-in web server (process ${pid}).`);
  } catch {
    console.log('The add-in web server had already stopped.');
  }
  fs.rmSync(PID_FILE, { force: true });
  process.exit(0);
}

let cli = null;
try {
  cli = require.resolve('office-addin-debugging/cli.js');
} catch {
  console.log('Nothing to stop: no add-in web server is running from this folder.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [cli, 'stop', 'manifest.xml'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
