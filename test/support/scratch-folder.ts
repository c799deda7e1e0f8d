/**
 * A folder of its own for each test of a file command, removed afterwards even when a test made
 * it read-only, with the way to put a workbook in it.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

export interface ScratchFolder {
  /** The current test's folder. */
  readonly path: string;
  /** Writes `bytes` as `name` in the folder and gives its path. */
  file(name: string, bytes: Uint8Array): string;
}

/** Call at the top of a test file: each test gets a fresh folder named after `prefix`. */
export function scratchFolder(prefix: string): ScratchFolder {
  let current = '';
  beforeEach(() => { current = mkdtempSync(path.join(os.tmpdir(), `partnering-${prefix}-`)); });
  afterEach(() => {
    chmodSync(current, 0o755);
    rmSync(current, { recursive: true, force: true });
  });
  return {
    get path() { return current; },
    file(name, bytes) {
      const target = path.join(current, name);
      writeFileSync(target, bytes);
      return target;
    },
  };
}
