/**
 * The ribbon's Check entries as Office runs it: commands.html in a hidden page calls the function,
 * which opens check-result.html in a dialog. Office closes the command's page, and its dialog, when
 * event.completed() is called, and a dialog page may call messageParent only after Office.onReady.
 */
import type { Page } from 'playwright-core';
import { paneText } from '../../src/domain/strings/en/pane';
import { offlinePage } from './support/browser';
import { servedPane } from './support/served-pane';

const served = servedPane();

/** commands.html with the fake Office and Excel; office.js from the CDN is an empty script. */
async function openCommandPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await offlinePage(served.browser);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.addInitScript({ path: served.fakeOffice });
  await page.goto(`${served.server.url}commands.html`);
  await page.waitForFunction(() => typeof window.__officeActions.checkEntries === 'function');
  return { page, errors };
}

/** Clicks the ribbon button: runs the associated function with an event that records completed(). */
async function clickCheckEntries(page: Page) {
  await page.evaluate(() => {
    void window.__officeActions.checkEntries({ completed: () => { window.__officeCalls.push('completed'); } });
  });
  await page.waitForFunction(() => window.__officeDialogs.length === 1);
}

const calls = (page: Page) => page.evaluate(() => window.__officeCalls);
/** Lets timers and promises on the page run, so a call made too early would show. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));

describe('the ribbon’s Check entries command', () => {
  it('keeps its page open while the dialog shows, and completes only after Close closed it', async () => {
    const { page, errors } = await openCommandPage();
    await clickCheckEntries(page);
    await settle(page);
    expect(await calls(page)).toEqual(['displayDialogAsync']);
    const opened = new URL(await page.evaluate(() => window.__officeDialogs[0].url));
    expect(opened.pathname).toBe('/check-result.html');
    expect(['errors', 'warnings', 'notes'].map((key) => /^\d+$/.test(opened.searchParams.get(key) ?? ''))).toEqual([true, true, true]);

    await page.evaluate(() => window.__officeDialogs[0].message('close'));
    await page.waitForFunction(() => window.__officeCalls.includes('completed'));
    expect(await calls(page)).toEqual(['displayDialogAsync', 'dialog.close', 'completed']);
    expect(errors).toEqual([]);
  });

  it('completes when the person closes the dialog with its X (event 12006)', async () => {
    const { page, errors } = await openCommandPage();
    await clickCheckEntries(page);
    await settle(page);
    expect(await calls(page)).toEqual(['displayDialogAsync']);

    await page.evaluate(() => window.__officeDialogs[0].event(12006));
    await page.waitForFunction(() => window.__officeCalls.includes('completed'));
    expect(await calls(page)).toEqual(['displayDialogAsync', 'completed']);
    expect(errors).toEqual([]);
  });
});

describe('the Check entries dialog page', () => {
  it('waits for Office.onReady to finish before it sends Close to the command', async () => {
    const page = await offlinePage(served.browser, 360, 240);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    // Office is slow to initialise here, so a page that did not wait would send before "ready".
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __dialogCalls: string[] }).__dialogCalls = calls;
      (window as unknown as { Office: unknown }).Office = {
        onReady: () => {
          calls.push('onReady');
          return new Promise((resolve) => setTimeout(() => { calls.push('ready'); resolve({ host: 'Excel' }); }, 500));
        },
        context: { ui: { messageParent: (message: string) => calls.push(`messageParent ${message}`) } },
      };
    });
    await page.goto(`${served.server.url}check-result.html?errors=0&warnings=2&notes=1`);
    await expect(page.getByRole('status').textContent()).resolves.toBe(paneText.ribbon.summary(0, 2, 1));
    await page.getByRole('button', { name: paneText.ribbon.close }).click();
    await page.waitForFunction(() => (window as unknown as { __dialogCalls: string[] }).__dialogCalls.length === 3);
    expect(await page.evaluate(() => (window as unknown as { __dialogCalls: string[] }).__dialogCalls)).toEqual(['onReady', 'ready', 'messageParent close']);
    expect(errors).toEqual([]);
  });
});
