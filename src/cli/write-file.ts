import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs, type Stats } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { UsageError } from './args';

const text = cliText.output;

/** A file that cannot be written, said in plain words; reported like a usage problem (one line, exit 2). */
export class CannotWriteError extends UsageError {}

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over the target,
 * so an interrupted run never leaves half a workbook. Refuses to replace a file unless told to.
 * A replaced file keeps its permissions. The temporary name is short, so a target whose own name
 * is near the file system's 255-character limit can still be written.
 */
export async function writeFileSafely(target: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  const folder = path.dirname(path.resolve(target));
  const existing = await statOrUndefined(target);
  const temporary = path.join(folder, `.pw-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    if (existing) await fs.chmod(temporary, existing.mode & 0o7777);
    if (replace) {
      await fs.rename(temporary, target);
    } else {
      await createExclusively(temporary, target);
    }
  } catch (error) {
    throw plainWriteError(error, target, folder);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/**
 * Stops before any work when an output would land on one of the command's inputs: `--force`
 * replaces other files, never the workbook being read.
 */
export async function refuseOutputOnInput(command: string, output: string, inputs: string[]): Promise<void> {
  for (const input of inputs) {
    if (await isSameFile(output, input)) throw new UsageError(text.outputIsInput(command, output, input));
  }
}

/**
 * Compared by the file itself (device and inode), so another spelling of the path, a different
 * case on a case-insensitive disk, a symbolic link or a hard link is caught too.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}

/** `--in-place` replaces the person's file: only when it may be written, so a read-only file stays as it is. */
export async function refuseReadOnly(command: string, file: string): Promise<void> {
  const stats = await statOrUndefined(file);
  if (stats && stats.isFile() && (stats.mode & 0o222) === 0) throw new UsageError(text.readOnly(command, file));
}

/** The folder an output goes into exists and is a folder; else one plain line instead of ENOENT. */
export async function refuseMissingFolder(command: string, output: string): Promise<void> {
  const folder = path.dirname(path.resolve(output));
  const stats = await statOrUndefined(folder);
  if (!stats || !stats.isDirectory()) throw new UsageError(text.noFolder(command, folder));
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
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

function plainWriteError(error: unknown, target: string, folder: string): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR': return new CannotWriteError(text.folderGone(target, folder));
    case 'EACCES':
    case 'EPERM':
    case 'EROFS': return new CannotWriteError(text.notAllowed(target, folder));
    case 'ENOSPC':
    case 'EDQUOT': return new CannotWriteError(text.diskFull(target));
    case 'EEXIST': return new CannotWriteError(text.appeared(target));
    case 'ENAMETOOLONG': return new CannotWriteError(text.nameTooLong(target));
    case 'EISDIR': return new CannotWriteError(text.isFolder(target));
    default: return error;
  }
}
