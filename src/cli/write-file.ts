import { constants as fsConstants, promises as fs } from 'fs';
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
      await createExclusively(temporary, target);
    }
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** Fails if the target exists, even if it appeared meanwhile; copies where hard links are not supported. */
async function createExclusively(source: string, target: string): Promise<void> {
  try {
    await fs.link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    await fs.copyFile(source, target, fsConstants.COPYFILE_EXCL);
  }
}
