/**
 * Opens workbooks in headless LibreOffice and saves them again as .xlsx, with a throwaway
 * profile. soffice exits 0 even when it cannot load a file; it then writes no output, which is
 * how a refusal shows here.
 */
import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { requireProgram } from '../../support/require-tool';

const run = promisify(execFile);

/** The re-saved bytes of each input, by input name; undefined where LibreOffice could not load it. */
export async function resaveInLibreOffice(inputs: Record<string, Uint8Array>): Promise<Record<string, Uint8Array | undefined>> {
  const soffice = requireProgram('soffice', 'libreoffice-calc-nogui');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'libreoffice-'));
  const [source, out] = [path.join(folder, 'in'), path.join(folder, 'out')];
  mkdirSync(source);
  try {
    const files = Object.entries(inputs).map(([name, bytes]) => {
      const file = path.join(source, name);
      writeFileSync(file, bytes);
      return file;
    });
    const { stdout, stderr } = await run(soffice, [
      `-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--invisible', '--norestore', '--nolockcheck',
      '--nologo', '--nodefault', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...files,
    ], { timeout: 300000 });
    return Object.fromEntries(Object.keys(inputs).map((name) => {
      const file = path.join(out, name);
      if (!existsSync(file)) process.stderr.write(`LibreOffice wrote nothing for ${name}:\n${stdout}${stderr}`);
      return [name, existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined];
    }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
