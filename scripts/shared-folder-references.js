#!/usr/bin/env node
/**
 * Lists tracked files that refer to a `shared` folder beside the project: a clone anywhere else has
 * no such folder, so nothing in the repository may lean on one, not even a comment pointing there.
 * `.ci/run` runs it first; exit 1 when any file does.
 *
 * A relative path counts when it climbs out of the project (a dot-dot path to a sibling module
 * folder of that name inside src is fine); so does joining the two names into a path.
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const CLIMB = /((?:\.\.\/)+)shared(?![\w-])/g;
const JOINED = /['"]\.\.['"]\s*,\s*['"]shared['"]/;

/** The lines of `text` (a file at `file`, relative to the project) that refer to the sibling folder. */
function referencesIn(file, text) {
  const folder = path.posix.dirname(file);
  const found = [];
  text.split('\n').forEach((line, i) => {
    const climbs = [...line.matchAll(CLIMB)].some((match) => path.posix.normalize(path.posix.join(folder, match[1])).startsWith('..'));
    if (climbs || JOINED.test(line)) found.push({ file, line: i + 1, text: line.trim() });
  });
  return found;
}

/** Every reference in the files git tracks under `root`. */
function sharedFolderReferences(root) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return files.flatMap((file) => {
    const at = path.join(root, file);
    if (!fs.existsSync(at) || !fs.statSync(at).isFile()) return [];
    const bytes = fs.readFileSync(at);
    if (bytes.includes(0)) return []; // binary: icons, fonts
    return referencesIn(file, bytes.toString('utf8'));
  });
}

module.exports = { referencesIn, sharedFolderReferences };

if (require.main === module) {
  const found = sharedFolderReferences(path.join(__dirname, '..'));
  if (found.length > 0) {
    console.error('These tracked files refer to a shared folder beside the project, which a clone does not have:');
    for (const { file, line, text } of found) console.error(`  ${file}:${line}: ${text}`);
    process.exitCode = 1;
  }
}
