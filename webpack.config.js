'use strict';
const path = require('path');
const { DefinePlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBaseUrl, manifestFor } = require('./scripts/base-url');
const { version } = require('./package.json');

/** The one setting that places the add-in: ADDIN_BASE_URL, defaulting to the local dev server. */
module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = addinBaseUrl();
  return {
    // `npm run test:e2e` builds again right after `npm run build` (in CI, one after the other): the
    // cache (node_modules/.cache/webpack) makes the second build take seconds, not most of a minute.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] }, version: baseUrl },
    devtool: production ? false : 'eval-cheap-module-source-map',
    // The built-ins older Edge lacks go in before any other module runs, whatever order the bundler
    // gives the entry's imports now that modules are shared with parts loaded on demand.
    entry: {
      taskpane: ['./src/taskpane/builtins-for-older-edge.ts', './src/taskpane/index.tsx'],
      commands: ['./src/taskpane/builtins-for-older-edge.ts', './src/commands/commands.ts'],
      'check-result': './src/commands/check-result.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Parts loaded on demand (src/taskpane/on-demand.tsx) beside the pages, from the same folder;
      // a new build's parts get new names, so a pane still open from the old one never mixes them.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // Some Microsoft 365 builds that have ExcelApi 1.9 still show add-ins in the older Edge
    // (EdgeHTML), which knows no syntax after ES2017: our code and the libraries' are compiled down.
    target: ['web', 'es2017'],
    module: {
      rules: [
        // Our modules do their work when called, not when imported, so one imported for a single
        // export (often through a folder's index) brings no others: that keeps what the pane loads
        // first small (bench/taskpane.js). The polyfills are imported for their effect and stay.
        {
          test: /\.tsx?$/,
          include: path.resolve(__dirname, 'src'),
          exclude: /builtins-for-older-edge\.ts$/,
          sideEffects: false,
        },
        // The file reader, which the pane runs on returned rater forms, imports two Node modules:
        // there it gets the browser's stand-ins (the pane's type check maps them the same way).
        {
          test: /\.ts$/,
          include: path.resolve(__dirname, 'src/xlsx'),
          resolve: {
            alias: {
              zlib$: path.resolve(__dirname, 'src/taskpane/zlib-in-the-pane.ts'),
              buffer$: path.resolve(__dirname, 'src/taskpane/buffer-in-the-pane.ts'),
            },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.json',
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'ES2017', noEmit: false, sourceMap: !production },
            },
          },
        },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.json',
              transpileOnly: true,
              compilerOptions: { allowJs: true, module: 'esnext', target: 'ES2017', noEmit: false, sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'check-result.html',
        template: './src/commands/check-result.html',
        chunks: ['check-result'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The rater form's template (npm's prepare writes it into lib/): the pane fills it to make a form.
          { from: 'lib/form-template.xlsx', to: 'form-template.xlsx' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: Number(new URL(baseUrl).port || 443),
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
