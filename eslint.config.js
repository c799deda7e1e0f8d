'use strict';
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

/**
 * The layers of docs/architecture.md, lowest first. A pure layer imports only the layers named
 * beside it; siblings (checks, scoring, migrate, forms) never import each other. A wrong arrow fails lint.
 */
const pureLayers = {
  domain: [],
  schema: ['domain'],
  data: ['domain', 'schema'],
  checks: ['domain', 'schema', 'data'],
  scoring: ['domain', 'schema', 'data'],
  migrate: ['domain', 'schema', 'data'],
  report: ['domain', 'schema', 'data', 'scoring'],
  forms: ['domain', 'schema', 'data'],
};
const everyFolder = ['domain', 'schema', 'data', 'checks', 'scoring', 'migrate', 'report', 'forms', 'excel', 'xlsx', 'document', 'cli', 'taskpane', 'commands'];

const pureRules = (layer, allowed) => ({
  files: [`src/${layer}/**`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['fs', 'path', 'os', 'child_process', 'node:*', 'zlib', 'crypto'], message: 'Pure layers import no Node built-ins.' },
        { group: ['react', 'react-dom', '@fluentui/*', 'excelize-wasm'], message: 'Pure layers import no UI or host library.' },
        ...everyFolder.filter((f) => f !== layer && !allowed.includes(f)).map((f) => ({
          regex: `^(\\.\\./)+${f}(/|$)`,
          message: `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'} (docs/architecture.md).`,
        })),
      ],
    }],
    'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/excel talks to Office.js.' }, { name: 'Office', message: 'Only src/excel talks to Office.js.' }],
  },
});

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'lib-bench/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  ...Object.entries(pureLayers).map(([layer, allowed]) => pureRules(layer, allowed)),
  // React's rules of hooks and the React Compiler's checks, for the pane's components.
  { files: ['**/*.tsx'], ...reactHooks.configs.flat.recommended },
);
