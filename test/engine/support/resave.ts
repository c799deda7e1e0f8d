import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { requireProgram } from '../../support/require-tool';

const run = promisify(execFile);
const XLSX_FILTER = 'xlsx:Calc MS Excel 2007 XML';

/**
 * Saves a workbook as LibreOffice would when a person opens it and saves: `xlsx` re-saves it as
 * .xlsx; `ods` saves it as .ods and that file back as .xlsx. A throwaway profile per call keeps
 * runs apart and leaves no user profile behind.
 */
export async function resaveInLibreOffice(bytes: Uint8Array, trip: 'xlsx' | 'ods'): Promise<Uint8Array> {
  const soffice = requireProgram('soffice', 'libreoffice-calc-nogui');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'resave-'));
  const convert = async (file: string, filter: string, outdir: string) => {
    const { stdout, stderr } = await run(soffice, [
      `-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--invisible', '--norestore', '--nolockcheck',
      '--convert-to', filter, '--outdir', outdir, file,
    ], { timeout: 180000 });
    // soffice exits 0 even when loading fails; only the written file proves the conversion.
    const written = path.join(outdir, `${path.parse(file).name}.${filter.split(':')[0]}`);
    try {
      return readFileSync(written);
    } catch {
      throw new Error(`LibreOffice did not convert ${file} to ${filter}:\n${stderr || stdout}`);
    }
  };
  try {
    const input = path.join(folder, 'book.xlsx');
    writeFileSync(input, bytes);
    if (trip === 'xlsx') return new Uint8Array(await convert(input, XLSX_FILTER, path.join(folder, 'out')));
    await convert(input, 'ods', path.join(folder, 'ods'));
    return new Uint8Array(await convert(path.join(folder, 'ods', 'book.ods'), XLSX_FILTER, path.join(folder, 'back')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
