import { promises as fs } from 'fs';
import type { WorkbookData } from '../checks/workbook-data';
import { cliText } from '../domain/strings/en/cli';
import { readWorkbookData, WorkbookReadError } from '../xlsx/read';

/** A workbook read from a file, or one line saying why it could not be read. */
export type Input = { data: WorkbookData } | { problem: string };

export async function readInput(file: string): Promise<Input> {
  try {
    return { data: readWorkbookData(new Uint8Array(await fs.readFile(file))) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { problem: cliText.check.unreadable(file, error.message) };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: cliText.check.notFound(file) };
    if (code === 'EISDIR') return { problem: cliText.check.isFolder(file) };
    throw error;
  }
}
