import { existsSync } from 'fs';
import path from 'path';

/** The project folder, found upwards from here, so helpers also work when compiled elsewhere (lib-bench/). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'manifest.xml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No project folder above ${from}.`);
    dir = parent;
  }
  return dir;
}
