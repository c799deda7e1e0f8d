#!/usr/bin/env node
/**
 * Recalculates a workbook in headless LibreOffice and writes each sheet's computed values as CSV.
 *
 *   node scripts/recalc.js BOOK.xlsx OUTDIR [--json] [--timeout SECONDS]
 *
 * OUTDIR/<sheet name>.csv for every sheet (UTF-8, comma-separated, raw values; percent-formatted
 * cells keep their "%"). Cells holding an error value (#DIV/0!, #NAME?, Err:502 …) are listed on
 * standard error as Sheet!A1. --json also prints {"sheets": {name: rows}, "errorCells": [...]} on
 * standard output, so a caller needs no CSV reader of its own. (A text cell reading exactly like an
 * error value, say "#N/A" typed as text, is listed too: the CSV cannot tell the two apart.)
 *
 * Exit codes: 0 recalculated, no error cells; 1 recalculated, error cells found (the CSVs are
 * written all the same); 2 usage, or BOOK cannot be read; 3 LibreOffice could not open or convert
 * BOOK, or timed out; 4 LibreOffice is not installed; 5 a fault in this script. SOFFICE names
 * another LibreOffice program.
 *
 * Each run gets a throwaway LibreOffice profile, so it never touches a person's own settings and
 * runs can go in parallel; that profile tells Calc to recalculate every formula on load, because
 * by default LibreOffice trusts the values cached in a file written by Excel.
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const EXIT = { clean: 0, errorCells: 1, usage: 2, libreOffice: 3, notInstalled: 4, fault: 5 };
const DEBIAN_PACKAGE = 'libreoffice-calc-nogui';
const DEFAULT_TIMEOUT_S = 300;

/**
 * Calc's "Recalculation on file load" for Excel 2007+ files and for ODF: 0 is "Always recalculate"
 * (1 never, 2 prompt), as officecfg's Calc.xcs declares OOXMLRecalcMode and ODFRecalcMode.
 */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The "Text - txt - csv (StarCalc)" export tokens, in order: field separator 44 (comma), text
 * delimiter 34 (double quote), character set 76 (UTF-8), first line 1, no column formats, language
 * 0, quoted fields as text, detect special numbers, values rather than "as shown" (full precision),
 * values rather than formulas, spaces kept, and -1: every sheet to its own file, BOOK-<sheet>.csv.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const ERROR_VALUE = /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|Err:\d{3})$/;

class RecalcFailure extends Error {
  constructor(exitCode, message) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The LibreOffice program to run: SOFFICE if set, else soffice found on PATH. */
function findSoffice(env = process.env) {
  if (env.SOFFICE) {
    if (isExecutable(env.SOFFICE)) return env.SOFFICE;
    throw new RecalcFailure(EXIT.notInstalled, `SOFFICE names ${env.SOFFICE}, which is not an executable program.`);
  }
  const found = (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'soffice')).find(isExecutable);
  if (!found) {
    throw new RecalcFailure(EXIT.notInstalled, `LibreOffice (soffice) is not installed. Install the Debian package: apt-get install -y ${DEBIAN_PACKAGE}`);
  }
  return found;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Runs LibreOffice once; resolves with what it printed. It kills the whole process group on timeout. */
function runSoffice(soffice, args, timeoutS) {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    child.stdout.on('data', (chunk) => { log += chunk; });
    child.stderr.on('data', (chunk) => { log += chunk; });
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      reject(new RecalcFailure(EXIT.libreOffice, `LibreOffice did not finish within ${timeoutS} s.`));
    }, timeoutS * 1000);
    child.on('error', (error) => { clearTimeout(timer); reject(new RecalcFailure(EXIT.libreOffice, `LibreOffice could not start: ${error.message}`)); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, log }); });
  });
}

/** What LibreOffice printed, minus the warning every run without Java prints. */
const meaningful = (log) => log.split('\n').map((line) => line.trim()).filter((line) => line && !/javaldx/.test(line)).join('\n');

/**
 * Recalculates `input` and writes OUTDIR/<sheet>.csv for every sheet. Resolves with the sheets'
 * rows and the error cells; rejects with a RecalcFailure carrying the exit code.
 */
async function recalculate(input, outDir, { timeoutS = DEFAULT_TIMEOUT_S, env = process.env } = {}) {
  try {
    if (!fs.statSync(input).isFile()) throw new Error('not a file');
    fs.accessSync(input, fs.constants.R_OK);
  } catch {
    throw new RecalcFailure(EXIT.usage, `${input} cannot be read: no such file, or not a readable file.`);
  }
  const soffice = findSoffice(env);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'partnering-recalc-'));
  try {
    fs.mkdirSync(path.join(work, 'profile', 'user'), { recursive: true });
    fs.writeFileSync(path.join(work, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
    // A fixed name, so the CSVs are BOOK-<sheet>.csv whatever characters the real name holds.
    const book = path.join(work, `book${path.extname(input).toLowerCase()}`);
    fs.copyFileSync(input, book);
    const converted = path.join(work, 'out');
    const { code, signal, log } = await runSoffice(soffice, [
      `-env:UserInstallation=file://${path.join(work, 'profile')}`,
      '--headless', '--invisible', '--norestore', '--nolockcheck', '--nologo', '--nodefault',
      '--convert-to', CSV_FILTER, '--outdir', converted, book,
    ], timeoutS);
    // soffice exits 0 when it cannot load a file: only its log says so ("Error: source file could not be loaded").
    const said = meaningful(log);
    if (code !== 0 || signal || /^Error/m.test(said)) {
      throw new RecalcFailure(EXIT.libreOffice, `LibreOffice could not open or convert ${input} (exit ${signal ?? code}): ${said || 'it printed nothing'}`);
    }
    const csvs = fs.existsSync(converted) ? fs.readdirSync(converted).filter((name) => name.startsWith('book-') && name.endsWith('.csv')).sort() : [];
    if (csvs.length === 0) throw new RecalcFailure(EXIT.libreOffice, `LibreOffice wrote no sheet of ${input}; is it a spreadsheet? ${said}`);

    fs.mkdirSync(outDir, { recursive: true });
    const sheets = {};
    const errorCells = [];
    for (const csv of csvs) {
      const sheet = csv.slice('book-'.length, -'.csv'.length);
      const text = fs.readFileSync(path.join(converted, csv), 'utf8');
      fs.writeFileSync(path.join(outDir, `${sheet}.csv`), text);
      const rows = parseCsv(text);
      sheets[sheet] = rows;
      rows.forEach((row, r) => row.forEach((value, c) => {
        if (ERROR_VALUE.test(value)) errorCells.push({ sheet, cell: `${columnLetters(c + 1)}${r + 1}`, value });
      }));
    }
    return { sheets, errorCells };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function columnLetters(column) {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const USAGE = 'usage: node scripts/recalc.js BOOK.xlsx OUTDIR [--json] [--timeout SECONDS]';

async function cli(argv) {
  const positional = [];
  let json = false;
  let timeoutS = DEFAULT_TIMEOUT_S;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') { console.log(USAGE); return EXIT.clean; }
    if (arg === '--json') json = true;
    else if (arg === '--timeout') {
      timeoutS = Number(argv[++i]);
      if (!(timeoutS > 0)) { console.error(`recalc: --timeout needs a number of seconds above 0.\n${USAGE}`); return EXIT.usage; }
    } else if (arg.startsWith('-')) { console.error(`recalc: unknown option ${arg}\n${USAGE}`); return EXIT.usage; }
    else positional.push(arg);
  }
  if (positional.length !== 2) { console.error(USAGE); return EXIT.usage; }
  const [input, outDir] = positional;
  try {
    const { sheets, errorCells } = await recalculate(input, outDir, { timeoutS });
    if (json) process.stdout.write(`${JSON.stringify({ sheets, errorCells })}\n`);
    else for (const sheet of Object.keys(sheets)) console.log(`${sheet} -> ${path.join(outDir, `${sheet}.csv`)}`);
    if (errorCells.length === 0) return EXIT.clean;
    console.error(`recalc: ${errorCells.length} cell(s) of ${input} hold an error value:`);
    for (const { sheet, cell, value } of errorCells) console.error(`  ${sheet}!${cell}: ${value}`);
    return EXIT.errorCells;
  } catch (error) {
    if (!(error instanceof RecalcFailure)) throw error;
    console.error(`recalc: ${error.message}`);
    return error.exitCode;
  }
}

module.exports = { recalculate, RecalcFailure, EXIT };

if (require.main === module) {
  // exitCode, not exit(): exit() right after writing to a pipe can cut the output short.
  cli(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
    console.error(`recalc: ${error && error.stack ? error.stack : error}`);
    process.exitCode = EXIT.fault;
  });
}
