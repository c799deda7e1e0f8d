/**
 * What the pane makes Excel download before the person does anything: every script the page
 * requests from its load until the pane shows its first control and the network has been quiet,
 * each counted as a server sends it (gzip level 9). Used by test/e2e/first-load.test.ts and
 * bench/taskpane-first-load.ts, so the budget asserted and the figure printed are one measure.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { distDir, offlinePage } from './browser';
import type { FakeOfficeOptions } from './fake-office';

/** Issue 14: what taskpane.html loads before any interaction stays at or under this (Microsoft's React template: 167 KB). */
export const FIRST_LOAD_BUDGET_KB = 150;

export interface FirstLoad {
  /** The scripts, by path under the served folder, in the order requested. */
  scripts: string[];
  /** Every URL the page asked for that is not the pane's own server, office.js aside. */
  elsewhere: string[];
  gzipBytes: number;
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function gzipSize(script: string): number {
  return gzipSync(readFileSync(path.join(distDir, script)), { level: 9 }).length;
}

/**
 * Opens the pane in a fake Excel (office.js from the CDN as an empty script) and waits for
 * `ready` of the page, then for half a second without network, as Playwright's networkidle.
 */
export async function measureFirstLoad(browser: Browser, serverUrl: string, fakeOffice: string,
  options: FakeOfficeOptions, ready: (page: Page) => Locator): Promise<FirstLoad & { page: Page }> {
  const page = await offlinePage(browser);
  const own = new URL(serverUrl);
  const scripts: string[] = [];
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== own.origin) {
      if (url.hostname !== 'appsforoffice.microsoft.com') elsewhere.push(url.href);
    } else if (request.resourceType() === 'script') {
      scripts.push(url.pathname.slice(own.pathname.length));
    }
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await page.addInitScript((given) => { window.__fakeOfficeOptions = given; }, options);
  await page.addInitScript({ path: fakeOffice });
  await page.goto(`${serverUrl}taskpane.html`);
  await ready(page).waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
  return { page, scripts: [...scripts], elsewhere, gzipBytes: scripts.reduce((sum, script) => sum + gzipSize(script), 0) };
}
