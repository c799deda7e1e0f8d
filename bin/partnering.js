#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm install` (the `prepare` script).
const path = require('path');
const fs = require('fs');

const entry = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('partnering: the command is not built yet. Run `npm install` (or `npm run prepare`) in the project folder.');
  process.exit(2);
}
// Sets the exit code and lets Node end by itself: process.exit() would cut output still on its
// way into a pipe (`partnering check --format json | jq`) at 64 KB.
require(entry).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    console.error(`partnering: ${error && error.message ? error.message : error}`);
    process.exitCode = 2;
  },
);
