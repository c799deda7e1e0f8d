/** One file of every kind `partnering` writes, made by running the commands as a person would. */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { workbookSchema } from '../../src/schema/workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { partneringOn } from './cli';
import { editWorkbook } from './xlsx-edit';

export interface CliOutput {
  /** The command line that wrote it, e.g. `new --example`. */
  command: string;
  file: string;
  bytes: Uint8Array;
  /** The sheets the file should have. */
  sheets: string[];
  /** The tables it should have, by name. */
  tables: string[];
  /** How many charts its drawings show (a package may also hold parts nothing refers to). */
  charts: number;
}

/** The commands whose files writeEveryCliOutput returns, in its order. */
export const CLI_OUTPUT_COMMANDS = ['new', 'new --example', 'new --from', 'upgrade', 'repair', 'summary --out .xlsx'];

const WORKBOOK_SHEETS = workbookSchema.sheets.map((s) => s.name);
const WORKBOOK_TABLES = workbookSchema.tables.map((p) => p.table.name);

/**
 * Runs `new`, `new --example`, `new --from`, `upgrade`, `repair` (of an example whose Dashboard was
 * deleted, so its sheet, tables and charts are grafted back) and `summary --out .xlsx` in a fresh
 * folder; the caller removes `folder`.
 */
export async function writeEveryCliOutput(): Promise<{ folder: string; outputs: CliOutput[] }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-outputs-'));
  const at = (name: string) => path.join(folder, name);
  const partnering = partneringOn('2026-03-31');
  const run = async (...argv: string[]) => {
    const result = await partnering(...argv);
    if (result.code !== 0) throw new Error(`partnering ${argv.join(' ')} failed: ${result.problems.join(' ')}`);
  };
  // An older template version for `upgrade` to move forward: today's layout, recorded as 0.9.0.
  writeFileSync(at('older.xlsx'), await writeWorkbook({ ...workbookSchema, version: '0.9.0' }, { workbookId: 'older', start: { organisation: 'Older Ltd' } }));

  await run('new', at('blank.xlsx'));
  await run('new', at('example.xlsx'), '--example');
  await run('new', at('from.xlsx'), '--from', at('example.xlsx'), '--organisation', 'Next Client Ltd');
  await run('upgrade', at('older.xlsx'), '--out', at('upgraded.xlsx'));
  writeFileSync(at('no-dashboard.xlsx'), await editWorkbook(readFileSync(at('example.xlsx')), (file) => {
    const deleted = file.DeleteSheet('Dashboard');
    if (deleted.error) throw new Error(deleted.error);
  }));
  await run('repair', at('no-dashboard.xlsx'), '--out', at('repaired.xlsx'));
  await run('summary', at('example.xlsx'), at('blank.xlsx'), '--out', at('portfolio.xlsx'));

  const workbook = (command: string, name: string): CliOutput => ({
    command, file: at(name), bytes: readFileSync(at(name)), sheets: WORKBOOK_SHEETS, tables: WORKBOOK_TABLES, charts: workbookSchema.charts.length,
  });
  return {
    folder,
    outputs: [
      workbook('new', 'blank.xlsx'),
      workbook('new --example', 'example.xlsx'),
      workbook('new --from', 'from.xlsx'),
      workbook('upgrade', 'upgraded.xlsx'),
      // Repair puts the sheet it brings back at its place in our order.
      workbook('repair', 'repaired.xlsx'),
      { command: 'summary --out .xlsx', file: at('portfolio.xlsx'), bytes: readFileSync(at('portfolio.xlsx')), sheets: ['Portfolio'], tables: ['tblPortfolio'], charts: 1 },
    ],
  };
}
