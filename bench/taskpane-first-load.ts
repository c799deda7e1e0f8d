/**
 * taskpane.first_load_gzip_kb: the scripts the production pane loads before any interaction
 * (gzip level 9, as a server sends them), the larger of opening a new workbook and one created
 * before; with the budget test/e2e/first-load.test.ts holds it to. Needs the production build in
 * dist/ (bench/taskpane.js makes one first) and Debian's chromium.
 */
import type { Page } from 'playwright-core';
import { paneText } from '../src/domain/strings/en/pane';
import { launchBrowser, serveDist } from '../test/e2e/support/browser';
import { buildFakeOffice } from '../test/e2e/support/fake-office-bundle';
import { FIRST_LOAD_BUDGET_KB, kb, measureFirstLoad } from '../test/e2e/support/first-load';

async function run(): Promise<void> {
  const fakeOffice = await buildFakeOffice();
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const opening = async (created: boolean, control: string) => {
      const load = await measureFirstLoad(browser, server.url, fakeOffice, { created }, (page: Page) => page.getByRole('button', { name: control }));
      await load.page.close();
      if (load.elsewhere.length > 0) throw new Error(`The pane asked for ${load.elsewhere.join(', ')}`);
      return load;
    };
    const fresh = await opening(false, paneText.workbook.create);
    const again = await opening(true, paneText.workbook.repair);
    console.log(`taskpane.first_load_new_workbook_gzip_kb: ${kb(fresh.gzipBytes)} (${fresh.scripts.join(' ')})`);
    console.log(`taskpane.first_load_created_workbook_gzip_kb: ${kb(again.gzipBytes)} (${again.scripts.join(' ')})`);
    console.log(`taskpane.first_load_gzip_kb: ${kb(Math.max(fresh.gzipBytes, again.gzipBytes))}`);
    console.log(`taskpane.first_load_budget_kb: ${FIRST_LOAD_BUDGET_KB}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

run().catch((error: unknown) => {
  console.error(`bench/taskpane-first-load: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
