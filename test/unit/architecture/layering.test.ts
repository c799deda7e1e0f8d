/**
 * The layers of eslint.config.js hold: `npm run lint` rejects an import against them. Linted
 * through ESLint's own API with the project's config, as `eslint .` lints a file at that path.
 */
import path from 'path';
import { ESLint } from 'eslint';
import { projectRoot } from '../../support/project-root';

const root = projectRoot();
// ESLint loads eslint.config.js with a dynamic import(), which Jest refuses without
// --experimental-vm-modules; the same file handed over as the override is the same config.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(root, 'eslint.config.js'));
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

/** The ids of the rules that fire on `code` placed at `filePath`. */
async function firedAt(filePath: string, code: string): Promise<Array<string | null>> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

const importing = (why: string, filePath: string, ...lines: string[]) => ({ why, filePath, code: `${lines.join('\n')}\n` });

describe('the layering', () => {
  it.each([
    importing('scoring importing its sibling checks', 'src/scoring/x.ts',
      "import { runChecks } from '../checks';", 'export const run = runChecks;'),
    importing('a rule importing its sibling scoring', 'src/checks/rules/x.ts',
      "import { workbookScores } from '../../scoring';", 'export const scores = workbookScores;'),
    importing('data importing the Office.js host', 'src/data/x.ts',
      "import { readRows } from '../excel/read';", 'export const read = readRows;'),
    importing('domain importing the layer above it', 'src/domain/x.ts',
      "import { workbookSchema } from '../schema/workbook';", 'export const schema = workbookSchema;'),
    importing('a pure layer importing a Node built-in', 'src/checks/x.ts',
      "import { readFileSync } from 'fs';", 'export const read = readFileSync;'),
  ])('rejects $why', async ({ filePath, code }) => {
    expect(await firedAt(filePath, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    importing('scoring importing data', 'src/scoring/x.ts',
      "import { findTable } from '../data/workbook-data';", 'export const find = findTable;'),
    importing('a rule importing domain', 'src/checks/rules/x.ts',
      "import { riskScore } from '../../domain/risk-bands';", 'export const score = riskScore;'),
    importing('data importing schema', 'src/data/x.ts',
      "import { cellAddress } from '../schema/address';", 'export const address = cellAddress;'),
    importing('the CLI importing checks and scoring', 'src/cli/x.ts',
      "import { runChecks } from '../checks';", "import { workbookScores } from '../scoring';", 'export const both = [runChecks, workbookScores];'),
  ])('allows $why', async ({ filePath, code }) => {
    expect(await firedAt(filePath, code)).toEqual([]);
  });
});
