import { execFile } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { projectRoot } from '../../support/project-root';
import { requireProgram } from '../../support/require-tool';

const script = path.join(projectRoot(), 'scripts', 'recalc.js');

export interface Recalculated {
  /** Computed values per sheet, [row - 1][column - 1], as LibreOffice prints them. */
  sheets: Record<string, string[][]>;
}

/** Recalculates a workbook in LibreOffice (scripts/recalc.js); it fails on any error cell. */
export async function recalculate(bytes: Uint8Array, name = 'book.xlsx'): Promise<Recalculated> {
  requireProgram('soffice', 'libreoffice-calc-nogui');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'recalc-'));
  const input = path.join(folder, name);
  writeFileSync(input, bytes);
  try {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [script, '--json', input, path.join(folder, 'out')], { maxBuffer: 256 * 1024 * 1024, timeout: 180000 }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: out, stderr: err || error?.message || '' });
      });
    });
    if (code !== 0) throw new Error(`LibreOffice recalculation failed for ${name} (exit ${code}):\n${stderr}`);
    return { sheets: (JSON.parse(stdout) as Recalculated).sheets };
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
