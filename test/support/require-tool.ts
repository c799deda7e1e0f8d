import { existsSync } from 'fs';
import { execFileSync } from 'child_process';

/**
 * Engine and browser tests need a real program. When it is missing they fail with the Debian
 * package to install; they never skip.
 */
export function requireProgram(program: string, debianPackage: string): string {
  const candidates = program.startsWith('/') ? [program] : [`/usr/bin/${program}`, `/usr/local/bin/${program}`];
  const found = candidates.find((path) => existsSync(path)) ?? which(program);
  if (!found) {
    throw new Error(`${program} is not installed. Install the Debian package: apt-get install -y ${debianPackage}`);
  }
  return found;
}

function which(program: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
