/** Unit and host tests need only Node; engine tests need LibreOffice, e2e tests need Chromium. */
const typescript = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// A few dependencies of office-addin-manifest ship only as ES modules; compile them for Jest.
const esmOnly = ['uuid', 'strip-bom'];
const javascript = ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2020', esModuleInterop: true } }];

const project = (name, dir, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': typescript, '^.+\\.m?js$': javascript },
  transformIgnorePatterns: [`/node_modules/(?!(.*/node_modules/)?(${esmOnly.join("|")})/)`],
  testMatch: [`<rootDir>/test/${dir}/**/*.test.ts`, `<rootDir>/test/${dir}/**/*.test.tsx`],
  setupFiles: ['<rootDir>/test/support/excelize-in-jest.js'],
  ...extra,
});

module.exports = {
  projects: [project('unit', 'unit'), project('host', 'host'), project('engine', 'engine'), project('e2e', 'e2e')],
  testTimeout: 120000,
};
