/**
 * Every file partnering writes opens in LibreOffice: it loads each one and saves it again, and the
 * copy still has our sheets, tables and charts (a part LibreOffice could not read would be gone).
 */
import { rmSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { CLI_OUTPUT_COMMANDS, writeEveryCliOutput, type CliOutput } from '../support/cli-outputs';
import { resaveInLibreOffice } from './support/resave';

let folder: string;
let outputs: CliOutput[];

beforeAll(async () => {
  ({ folder, outputs } = await writeEveryCliOutput());
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Sheet names, table names and the number of chart parts of a package. */
function contents(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  const tables = Object.keys(parts).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
    .map((p) => /<table\b[^>]*\bname="([^"]*)"/.exec(strFromU8(parts[p]))?.[1]).sort();
  const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart[^/]*\.xml$/.test(p)).length;
  return { sheets, tables, charts };
}

describe('every file partnering writes, in LibreOffice', () => {
  it.each(CLI_OUTPUT_COMMANDS)('partnering %s: opens, and keeps its sheets, tables and charts', async (command) => {
    const output = outputs.find((o) => o.command === command) as CliOutput;
    const copy = await resaveInLibreOffice(output.bytes, 'xlsx');

    expect(contents(copy)).toEqual({ sheets: output.sheets, tables: [...output.tables].sort(), charts: output.charts });
  });
});
