import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { requireProgram } from '../../support/require-tool';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..', '..');
export const sharedTools = path.join(root, '..', 'shared', 'tools');

export interface Recalculated {
  /** Computed values per sheet, [row - 1][column - 1], as LibreOffice prints them. */
  sheets: Record<string, string[][]>;
}

/** Recalculates a workbook in LibreOffice (`recalc.sh --strict`): it fails on any error cell. */
export async function recalculate(bytes: Uint8Array, name = 'book.xlsx'): Promise<Recalculated> {
  requireProgram('soffice', 'libreoffice-calc-nogui');
  const script = path.join(sharedTools, 'recalc.sh');
  if (!existsSync(script)) throw new Error(`${script} is missing: the shared tools folder must sit beside the project.`);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'recalc-'));
  const input = path.join(folder, name);
  writeFileSync(input, bytes);
  const out = path.join(folder, 'out');
  try {
    await run('bash', [script, '--strict', input, out], { timeout: 180000 });
    const sheets: Record<string, string[][]> = {};
    for (const file of readdirSync(out).filter((f) => f.endsWith('.csv'))) {
      sheets[file.slice(0, -4)] = parseCsv(readFileSync(path.join(out, file), 'utf8'));
    }
    return { sheets };
  } catch (error) {
    const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message?: string };
    throw new Error(`LibreOffice recalculation failed for ${name}:\n${stderr || stdout || message}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Value of one cell (1-based) as LibreOffice printed it; '' when beyond the data. */
export function cellText(result: Recalculated, sheet: string, row: number, column: number): string {
  return result.sheets[sheet]?.[row - 1]?.[column - 1] ?? '';
}

/** A printed number ("58.3333%", "2.5") as a number; null for an empty cell. */
export function cellNumber(result: Recalculated, sheet: string, row: number, column: number): number | null {
  const raw = cellText(result, sheet, row, column).trim();
  if (raw === '') return null;
  const percent = raw.endsWith('%');
  const value = Number(raw.replace('%', ''));
  if (Number.isNaN(value)) throw new Error(`${sheet} row ${row} column ${column} holds "${raw}", not a number.`);
  return percent ? value / 100 : value;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
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
