/**
 * An independent reader (openpyxl, through the shared xlsx-inspect.py) sees every table,
 * validation, highlight, name and chart the schema declares.
 */
import { execFile } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { workbookSchema } from '../../src/schema/workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { requireProgram } from '../support/require-tool';
import { sharedTools } from './support/recalc';

const run = promisify(execFile);

interface Inspected {
  sheets: Array<{ name: string; visible?: unknown; state?: unknown; frozen?: unknown; freeze_panes?: unknown }>;
  [key: string]: unknown;
}

async function inspect(bytes: Uint8Array): Promise<{ json: Inspected; text: string }> {
  const python = requireProgram('/usr/bin/python3', 'python3');
  await run(python, ['-c', 'import openpyxl']).catch(() => {
    throw new Error('openpyxl is missing. Install the Debian package: apt-get install -y python3-openpyxl');
  });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'inspect-')), 'book.xlsx');
  writeFileSync(file, bytes);
  const { stdout } = await run(python, [path.join(sharedTools, 'xlsx-inspect.py'), file], { maxBuffer: 64 * 1024 * 1024 });
  return { json: JSON.parse(stdout) as Inspected, text: stdout };
}

describe('the written workbook as xlsx-inspect.py reads it', () => {
  let inspected: { json: Inspected; text: string };
  beforeAll(async () => {
    inspected = await inspect(await writeWorkbook(workbookSchema, { workbookId: 'inspect' }));
  });

  it('has every declared table with its columns in order', () => {
    for (const { table } of workbookSchema.tables) {
      const headers = table.columns.map((c) => JSON.stringify(c.header)).join(',\\s*');
      expect({ table: table.name, found: new RegExp(`"${table.name}"[\\s\\S]*?${headers}`).test(inspected.text) })
        .toEqual({ table: table.name, found: true });
    }
  });

  it('has every declared defined name', () => {
    for (const name of workbookSchema.definedNames) {
      expect(inspected.text).toContain(`"${name.name}"`);
    }
  });

  it('has list, whole-number and date validations and the highlights', () => {
    for (const kind of ['"list"', '"whole"', '"date"', '"decimal"']) expect(inspected.text).toContain(kind);
    expect(inspected.text).toContain('lstRating');
    expect(inspected.text).toMatch(/colorScale|color_scale|colourScale/i);
    expect(inspected.text).toContain('TODAY()');
  });

  it('has the radar, gap and risk charts on the Dashboard', () => {
    expect(inspected.text).toMatch(/radar/i);
    expect(inspected.text).toMatch(/bar/i);
    for (const chart of workbookSchema.charts) {
      for (const series of chart.series) expect(inspected.text).toContain(series.values);
    }
  });
});
