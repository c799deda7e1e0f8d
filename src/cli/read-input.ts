import { promises as fs } from 'fs';
import type { WorkbookData } from '../data/workbook-data';
import { cliText } from '../domain/strings/en/cli';
import { readWorkbookData, WorkbookReadError } from '../xlsx/read';

/** A workbook read from a file, or one line saying why it could not be read. */
export type Input = { data: WorkbookData } | { problem: string };

/** Reads every file; each one that cannot be read is reported on its own line and skipped. */
export async function readAll(files: string[], report: (line: string) => void): Promise<{ read: Array<{ file: string; data: WorkbookData }>; unreadable: boolean }> {
  const read: Array<{ file: string; data: WorkbookData }> = [];
  let unreadable = false;
  for (const file of files) {
    const input = await readInput(file);
    if ('problem' in input) {
      report(input.problem);
      unreadable = true;
    } else {
      read.push({ file, data: input.data });
    }
  }
  return { read, unreadable };
}

export async function readInput(file: string): Promise<Input> {
  try {
    return { data: readWorkbookData(new Uint8Array(await fs.readFile(file))) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { problem: cliText.check.unreadable(file, error.message) };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: cliText.check.notFound(file) };
    if (code === 'EISDIR') return { problem: cliText.check.isFolder(file) };
    if (code === 'EACCES' || code === 'EPERM') return { problem: cliText.check.notAllowed(file) };
    throw error;
  }
}
