import { promises as fs } from 'fs';
import path from 'path';

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over the target,
 * so an interrupted run never leaves half a workbook. Refuses to replace a file unless told to.
 */
export async function writeFileSafely(target: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await fs.writeFile(temporary, bytes, { flag: 'wx' });
  try {
    if (replace) {
      await fs.rename(temporary, target);
    } else {
      // link fails if the target appeared meanwhile, so an existing file is never replaced.
      await fs.link(temporary, target);
    }
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
