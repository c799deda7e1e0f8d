/** Nothing in the repository leans on a `shared` folder beside it, which a clone elsewhere does not have. */
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { referencesIn, sharedFolderReferences } = require('../../../scripts/shared-folder-references') as {
  referencesIn: (file: string, text: string) => Array<{ file: string; line: number; text: string }>;
  sharedFolderReferences: (root: string) => Array<{ file: string; line: number; text: string }>;
};

// Built from pieces, so this file holds no reference itself.
const up = '..';
const sibling = `${up}/shared`;

describe('references to a shared folder beside the project', () => {
  it('finds a path that climbs out of the project, in code or in prose', () => {
    expect(referencesIn('test/engine/support/recalc.ts', `const script = '${up}/${up}/${up}/${sibling}/tools/recalc.sh';`)).toEqual([
      { file: 'test/engine/support/recalc.ts', line: 1, text: `const script = '${up}/${up}/${up}/${sibling}/tools/recalc.sh';` },
    ]);
    expect(referencesIn('README.md', `intro\nRun \`${sibling}/tools/recalc.sh\` by hand.`).map((r) => r.line)).toEqual([2]);
  });

  it('finds the folder put together with path.join', () => {
    expect(referencesIn('test/x.ts', `path.join(root, '${up}', "shared", 'tools')`)).toHaveLength(1);
  });

  it('leaves a sibling module folder inside the project alone', () => {
    expect(referencesIn('src/checks/rules/dates/date-value.ts', `import { x } from '${sibling}/cell-values';`)).toEqual([]);
    expect(referencesIn('src/checks/rules/date-value.ts', `import { x } from './shared/cell-values';`)).toEqual([]);
    expect(referencesIn('README.md', `see ${up}/shared-notes.md or ${up}/sharedness`)).toEqual([]);
  });

  it('finds none in the files git tracks', () => {
    expect(sharedFolderReferences(path.join(__dirname, '..', '..', '..'))).toEqual([]);
  });
});
