/**
 * The production build in the older webviews Excel may still use: EdgeHTML reads no syntax after
 * ES2017 and lacks some newer built-ins; an older one still reads only ES5 and cannot run the pane
 * at all, so the page itself must say so in words.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { parse } from 'acorn';
import type { Page } from 'playwright-core';
import { messages, platforms } from '../../src/domain/strings/en/messages';
import { paneText } from '../../src/domain/strings/en/pane';
import { workbookText } from '../../src/domain/strings/en/workbook';
import { PROPERTY_WORKBOOK_ID } from '../../src/schema/properties';
import { distDir, offlinePage, seriousAccessibilityViolations } from './support/browser';
import { servedPane } from './support/served-pane';

const built = (ext: string) => readdirSync(distDir).filter((name) => name.endsWith(ext));
const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** Where acorn stops, with the code around it, or undefined when the whole text parses. */
function syntaxBeyond(ecmaVersion: 5 | 2017, code: string): string | undefined {
  try {
    parse(code, { ecmaVersion, sourceType: 'script' });
    return undefined;
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    return `${(error as Error).message} near ${JSON.stringify(code.slice(Math.max(0, at - 60), at + 30))}`;
  }
}

describe('the built scripts', () => {
  it('parse as ES2017, libraries included', () => {
    const scripts = built('.js');
    expect(scripts).toEqual(expect.arrayContaining(['taskpane.js', 'commands.js', 'check-result.js']));
    const beyond = scripts.map((name) => ({ name, problem: syntaxBeyond(2017, readFileSync(path.join(distDir, name), 'utf8')) }))
      .filter((s) => s.problem !== undefined);
    expect(beyond).toEqual([]);
  });

  it('call no structuredClone, which EdgeHTML lacks and the type check cannot see (it is DOM, not ECMAScript)', () => {
    const calling = built('.js').filter((name) => /\bstructuredClone\b/.test(readFileSync(path.join(distDir, name), 'utf8')));
    expect(calling).toEqual([]);
  });

  it('would be caught: a bundle with optional chaining does not parse as ES2017', () => {
    expect(syntaxBeyond(2017, 'const a = b?.c;')).toMatch(/Unexpected token/);
    expect(syntaxBeyond(2017, 'const a = { ...b };')).toMatch(/Unexpected token/);
  });

  it('inline scripts in the pages parse as ES5, so even the oldest webview can show a message', () => {
    const pages = built('.html');
    const inline = pages.flatMap((name) => inlineScripts(readFileSync(path.join(distDir, name), 'utf8')).map((code) => ({ name, code })));
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.filter(({ code }) => syntaxBeyond(5, code) !== undefined)).toEqual([]);
  });
});

describe('the task pane in the older webviews', () => {
  const served = servedPane();

  /** The pane where its own script is replaced by `script` (a status and body), office.js an empty script. */
  async function paneWhoseScript(response: { status: number; body: string }): Promise<Page> {
    const page = await offlinePage(served.browser);
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.route('**/taskpane.js', (route) => route.fulfill({ ...response, contentType: 'text/javascript' }));
    await page.goto(`${served.server.url}taskpane.html`);
    return page;
  }

  it('says in words that it could not start when its script cannot be loaded', async () => {
    const page = await paneWhoseScript({ status: 404, body: '' });
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe(`${messages.cannotStart.title}${messages.cannotStart.body}`);
    expect(await page.getByText(messages.loading).isVisible()).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('says so too when the webview cannot read the script', async () => {
    const page = await paneWhoseScript({ status: 200, body: 'const broken = ;' });
    await expect(page.getByRole('alert').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('heading', { name: messages.cannotStart.title }).isVisible()).toBe(true);
  });

  it('does not show the message when the script runs', async () => {
    const page = await offlinePage(served.browser);
    await page.goto(`${served.server.url}taskpane.html`);
    await page.getByText(messages.outsideOffice.title).waitFor({ timeout: 15000 });
    expect(await page.getByText(messages.cannotStart.title).count()).toBe(0);
  });

  it('names the Excel versions it needs, and says the workbook works without it, in an Excel like Office 2019', async () => {
    const page = await offlinePage(served.browser);
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.addInitScript(() => { window.__fakeOfficeOptions = { excelApi: '1.8' }; });
    await page.addInitScript({ path: served.fakeOffice });
    await page.goto(`${served.server.url}taskpane.html`);
    await page.getByText(messages.oldExcel.title).waitFor({ timeout: 15000 });
    expect(await page.getByText(messages.oldExcel.body).isVisible()).toBe(true);
    expect(messages.oldExcel.body).toContain(platforms.addIn);
    expect(await page.getByRole('button', { name: paneText.workbook.create }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('creates a workbook and opens every tab without the built-ins EdgeHTML lacks', async () => {
    const page = await offlinePage(served.browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.addInitScript(() => {
      // What Edge 18 lacks that Chromium has (each came to Edge with Chromium, version 79 or later).
      const missing: Array<[object, string[]]> = [
        [Array.prototype, ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex']],
        [Object, ['fromEntries', 'hasOwn']],
        [String.prototype, ['replaceAll', 'matchAll', 'trimStart', 'trimEnd', 'at']],
        [Promise, ['allSettled', 'any']],
        [Crypto.prototype, ['randomUUID']],
        // globalThis stays (Playwright needs it; webpack's runtime looks before it uses it), and so does
        // structuredClone, which the fake Excel uses: 'call no structuredClone' checks the pane's scripts.
        [window, ['ResizeObserver', 'queueMicrotask']],
      ];
      for (const [target, names] of missing) for (const name of names) delete (target as Record<string, unknown>)[name];
    });
    await page.addInitScript({ path: served.fakeOffice });
    await page.goto(`${served.server.url}taskpane.html`);
    await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
    expect(await page.evaluate(() => ['randomUUID' in crypto, 'ResizeObserver' in window, typeof queueMicrotask])).toEqual([false, false, 'undefined']);
    await page.getByLabel(workbookText.details.organisation).fill('Acme Ltd');
    await page.getByRole('button', { name: paneText.workbook.create }).click();
    await page.getByRole('button', { name: paneText.workbook.repair }).waitFor({ timeout: 15000 });
    const id = await page.evaluate((key) => window.__fakeExcel.state.customProperty(key), PROPERTY_WORKBOOK_ID);
    expect(errors).toEqual([]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await page.getByRole('button', { name: paneText.check.run }).click();
    await page.getByRole('status', { name: paneText.status.label }).filter({ hasText: /error/ }).waitFor({ timeout: 15000 });
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByText(paneText.scores.overall).waitFor({ timeout: 15000 });
    await page.getByRole('tab', { name: paneText.tabs.actions }).click();
    await page.getByRole('button', { name: paneText.actions.collect }).click();
    await page.getByRole('heading', { name: paneText.actions.dueHeading(14) }).waitFor({ timeout: 15000 });
    expect(errors).toEqual([]);
  });
});
