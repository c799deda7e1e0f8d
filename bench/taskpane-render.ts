/**
 * taskpane.first_render_ms: from navigation to the first interactive control ("Create workbook")
 * of the production pane in headless Chromium, with the fake Excel injected; median of 7 loads.
 * Needs a production build in dist/ (bench/taskpane.js makes one first) and Debian's chromium.
 */
import { buildFakeOffice } from '../test/e2e/support/fake-office-bundle';
import { launchBrowser, offlinePage, serveDist } from '../test/e2e/support/browser';
import { paneText } from '../src/domain/strings/en/pane';

const LOADS = 7;

async function run(): Promise<void> {
  const fakeOffice = await buildFakeOffice();
  const server = await serveDist();
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await offlinePage(browser);
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
      await page.addInitScript({ path: fakeOffice });
      const started = Date.now();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 30000 });
      times.push(Date.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  console.log(`taskpane.first_render_ms: ${times[Math.floor(times.length / 2)]}`);
}

run().catch((error: unknown) => {
  console.error(`bench/taskpane-render: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
