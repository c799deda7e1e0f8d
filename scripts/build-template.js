#!/usr/bin/env node
/**
 * Writes the template package next to the compiled command (lib/template.xlsx) with the schema's
 * fingerprint, so `partnering new` patches it instead of starting excelize, and the rater form's
 * template (lib/form-template.xlsx) for `partnering form`. Run after `tsc -p tsconfig.cli.json`
 * (by `prepare` and `npm run bench`).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', 'lib');
const { writeTemplate, schemaFingerprint, TEMPLATE_FILE, FINGERPRINT_FILE } = require(path.join(lib, 'xlsx', 'template.js'));
const form = require(path.join(lib, 'xlsx', 'form-template.js'));

writeTemplate().then(async (bytes) => {
  fs.writeFileSync(TEMPLATE_FILE, bytes);
  fs.writeFileSync(FINGERPRINT_FILE, `${schemaFingerprint()}\n`);
  fs.writeFileSync(form.FORM_TEMPLATE_FILE, await form.writeFormTemplate());
  fs.writeFileSync(form.FORM_FINGERPRINT_FILE, `${form.formFingerprint()}\n`);
}).catch((error) => {
  console.error(`build-template: ${error && error.stack ? error.stack : error}`);
  process.exit(1);
});
