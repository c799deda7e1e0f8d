#!/usr/bin/env node
/**
 * `npm start`: on Windows and Mac, build, serve and sideload into desktop Excel the way Microsoft's
 * templates do (office-addin-debugging). On Linux, where there is no desktop Excel, build, serve
 * over HTTPS at the manifest's address and explain how to sideload into Excel on the web.
 * Exits non-zero whenever a step fails.
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const https = require('https');
const path = require('path');
const { addinBaseUrl } = require('./base-url');

const root = path.join(__dirname, '..');
const PID_FILE = path.join(root, '.start.pid');
const webpackCli = require.resolve('webpack-cli/bin/cli.js');

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function desktopDebugging() {
  try {
    return require.resolve('office-addin-debugging/cli.js');
  } catch {
    return null;
  }
}

async function sideloadDesktop(cli) {
  const code = await run(process.execPath, [
    cli, 'start', 'manifest.xml', 'desktop',
    '--dev-server', `"${process.execPath}" "${webpackCli}" serve --mode development`,
    '--dev-server-port', String(new URL(addinBaseUrl()).port || 443),
  ]);
  if (code !== 0) fail(`office-addin-debugging stopped with exit code ${code}. Its message above says why.`);
}

function waitForServer(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the web server stopped (exit code ${code}) before it answered.`)));
    const attempt = () => {
      const request = https.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) return resolve();
        retry(`it answered ${response.statusCode}`);
      });
      request.on('error', (error) => retry(error.message));
    };
    const retry = (why) => {
      if (Date.now() > deadline) return reject(new Error(`${url} did not answer within ${timeoutMs / 1000} s (${why}).`));
      setTimeout(attempt, 500);
    };
    attempt();
  });
}

async function serveForWeb() {
  const baseUrl = addinBaseUrl();
  const buildCode = await run(process.execPath, [webpackCli, '--mode', 'development']);
  if (buildCode !== 0) fail('the build failed; see the messages above.');

  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(PID_FILE, String(server.pid));
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => {
    fs.rmSync(PID_FILE, { force: true });
    if (signal === 'SIGTERM' || signal === 'SIGINT') process.exit(0);
    const port = new URL(baseUrl).port || 443;
    fail(`the web server stopped (exit code ${code}). If the message above says EADDRINUSE, another program is using port ${port}: stop it (or run \`npm stop\`) and try again.`);
  });

  try {
    await waitForServer(`${baseUrl}taskpane.html`, server, 60000);
  } catch (error) {
    stop();
    fail(error.message);
  }
  console.log(`
Partnering Workbook is being served at ${baseUrl}taskpane.html

There is no desktop Excel on this system, so load the add-in into Excel on the web:
  1. Open ${baseUrl}taskpane.html in your browser once and accept the certificate warning
     (the development server uses a self-signed certificate).
  2. Open a workbook in Excel on the web.
  3. Choose Home > Add-ins > More Add-ins (or Insert > Add-ins), then My Add-ins > Upload My Add-in.
  4. Pick ${path.join('dist', 'manifest.xml')} from this folder and choose Upload.
  5. The Partnering group appears on the Home tab.

Press Ctrl+C here, or run \`npm stop\` in another terminal, to stop the server.
`);
}

(async () => {
  const cli = process.platform === 'win32' || process.platform === 'darwin' ? desktopDebugging() : null;
  if (cli) return sideloadDesktop(cli);
  if (process.platform !== 'linux') {
    console.log('office-addin-debugging is not installed (it is optional); serving for Excel on the web instead.');
  }
  return serveForWeb();
})().catch((error) => fail(error.message));
