import { mkdirSync } from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { messages } from '../../src/domain/strings/en/messages';
import { paneText } from '../../src/domain/strings/en/pane';
import { launchBrowser, offlinePage, screenshotDir, serveDist, seriousAccessibilityViolations } from './support/browser';

describe('the task pane opened outside Office', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says to open it from Excel instead of showing a blank pane', async () => {
    const page = await offlinePage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}taskpane.html`);
    await expect(page.getByText(messages.outsideOffice.title).waitFor({ timeout: 15000 })).resolves.toBeUndefined();
    expect(await page.getByText(messages.outsideOffice.body).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: messages.appName }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'outside-office.png'), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('fits the 320 px pane without horizontal scrolling', async () => {
    const page = await offlinePage(browser);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(messages.outsideOffice.title).waitFor({ timeout: 15000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows the ribbon check’s counts in words in its dialog, with a Close button', async () => {
    const page = await offlinePage(browser, 360, 240);
    await page.goto(`${server.url}check-result.html?errors=1&warnings=4&notes=0`);
    await expect(page.getByRole('status').textContent()).resolves.toBe(paneText.ribbon.summary(1, 4, 0));
    expect(await page.getByRole('heading', { name: paneText.ribbon.title }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(paneText.ribbon.close);
    await page.screenshot({ path: path.join(screenshotDir, 'ribbon-check-result.png') });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
