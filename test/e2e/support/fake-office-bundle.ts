import { mkdirSync } from 'fs';
import path from 'path';
import webpack from 'webpack';
import { excelEnums } from '../../host/fake-excel/globals';
import { projectRoot } from '../../support/project-root';

const root = projectRoot();
const outputDir = path.join(root, 'test-output', 'e2e');

/** Bundles fake-office.ts for the browser with webpack's Node API; returns the bundle's path. */
export async function buildFakeOffice(): Promise<string> {
  mkdirSync(outputDir, { recursive: true });
  const compiler = webpack({
    mode: 'development',
    // Every e2e file builds this bundle; after the first, webpack's cache gives it back in a moment.
    cache: { type: 'filesystem', name: 'fake-office', buildDependencies: { config: [path.join(root, 'test', 'e2e', 'support', 'fake-office-bundle.ts')] } },
    devtool: false,
    target: 'web',
    context: root,
    entry: path.join(root, 'test', 'e2e', 'support', 'fake-office.ts'),
    output: { path: outputDir, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { configFile: path.join(root, 'tsconfig.json'), transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } },
        },
      }],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^\.\.?\/globals$/, path.join(root, 'test', 'e2e', 'support', 'no-node-globals.ts')),
      new webpack.DefinePlugin({ __EXCEL_ENUMS__: JSON.stringify(excelEnums()) }),
    ],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((error, result) => {
    compiler.close(() => undefined);
    if (error || !result) reject(error ?? new Error('webpack gave no result'));
    else resolve(result);
  }));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(outputDir, 'fake-office.js');
}
