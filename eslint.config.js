'use strict';
const tseslint = require('typescript-eslint');

/** Pure layers (DESIGN.md): no host API, no React, no Node built-ins. */
const pureLayers = ['src/domain/**', 'src/schema/**', 'src/checks/**', 'src/scoring/**', 'src/migrate/**'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'lib-bench/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  {
    files: pureLayers,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fs', 'path', 'os', 'child_process', 'node:*', 'zlib', 'crypto'], message: 'Pure layers import no Node built-ins.' },
          { group: ['react', 'react-dom', '@fluentui/*', 'excelize-wasm'], message: 'Pure layers import no UI or host library.' },
          { group: ['**/excel/**', '**/xlsx/**', '**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'Pure layers do not depend on hosts.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/excel talks to Office.js.' }, { name: 'Office', message: 'Only src/excel talks to Office.js.' }],
    },
  },
);
