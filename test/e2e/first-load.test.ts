/**
 * Issue 14: the script the pane loads before any interaction stays within its budget, whether the
 * workbook is new or was created before; the rest arrives from the pane's own server when first
 * shown, and a part whose script cannot arrive says so instead of blanking the pane.
 */
import type { Page } from 'playwright-core';
import { paneText } from '../../src/domain/strings/en/pane';
import { FIRST_LOAD_BUDGET_KB, kb, measureFirstLoad } from './support/first-load';
import { seriousAccessibilityViolations } from './support/browser';
import { servedPane } from './support/served-pane';

const served = servedPane();
const createButton = (page: Page) => page.getByRole('button', { name: paneText.workbook.create });
const repairButton = (page: Page) => page.getByRole('button', { name: paneText.workbook.repair });

describe('what the pane loads before any interaction', () => {
  it.each([
    ['a new workbook', false, createButton],
    ['a workbook created before', true, repairButton],
  ] as const)(`stays within ${FIRST_LOAD_BUDGET_KB} KB gzip on opening %s, all from the pane's own server`, async (_name, created, ready) => {
    const load = await measureFirstLoad(served.browser, served.server.url, served.fakeOffice, { created }, ready);
    expect(load.elsewhere).toEqual([]);
    expect(load.scripts).toContain('taskpane.js');
    expect(kb(load.gzipBytes)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
    await load.page.close();
  });
});

describe('parts loaded on demand', () => {
  it('fetches a tab\'s script from the pane\'s own folder when the tab is first opened', async () => {
    const load = await measureFirstLoad(served.browser, served.server.url, served.fakeOffice, { created: true }, repairButton);
    const { page } = load;
    const fetched: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') fetched.push(request.url()); });
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await page.getByRole('button', { name: paneText.check.run }).waitFor({ timeout: 15000 });
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((url) => url.startsWith(served.server.url))).toBe(true);
    expect(load.scripts.some((script) => fetched.includes(`${served.server.url}${script}`))).toBe(false);
    await page.close();
  });

  it('opens the new-client dialog from its own script, and Escape gives the focus back to its button', async () => {
    const load = await measureFirstLoad(served.browser, served.server.url, served.fakeOffice, { created: true }, repairButton);
    const { page } = load;
    const opener = page.getByRole('button', { name: paneText.workbook.newClient.button });
    await opener.click();
    const dialog = page.getByRole('alertdialog', { name: paneText.workbook.newClient.confirmTitle });
    await dialog.waitFor({ timeout: 15000 });
    await page.waitForFunction((cancel) => document.activeElement?.textContent === cancel, paneText.workbook.newClient.cancel, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, paneText.workbook.newClient.button, { timeout: 5000 });
    await page.close();
  });

  it('says in words that a part could not be loaded, and the rest of the pane goes on working', async () => {
    const load = await measureFirstLoad(served.browser, served.server.url, served.fakeOffice, { created: true }, repairButton);
    const { page } = load;
    await page.route(/\/scores-tab[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15000 });
    expect(await alert.textContent()).toBe(`${paneText.part.failedTitle}${paneText.part.failed}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: paneText.tabs.workbook }).click();
    await repairButton(page).waitFor({ timeout: 15000 });
    await page.close();
  });
});
