/**
 * The pane's ways on from what it says: "see Check" beside ratings that can't be read opens their
 * findings with focus on them; the header's status follows the entries as people edit; a tab whose
 * script is still on its way keeps keyboard focus; and each maturity level has a colour of its own.
 */
import { mkdirSync } from 'fs';
import type { Page } from 'playwright-core';
import { rules } from '../../src/checks';
import { content } from '../../src/domain/strings/en';
import { paneText } from '../../src/domain/strings/en/pane';
import { principlesTable } from '../../src/schema/principles';
import { screenshotDir } from './support/browser';
import { columnCells, fillInAndCreate, focused, looksRight, looksRightInForcedColoursToo, openPane, typeCells, untilListening } from './support/pane-page';
import { servedPane } from './support/served-pane';

const served = servedPane();
beforeAll(() => { mkdirSync(screenshotDir, { recursive: true }); });

const scores = paneText.scores;
const check = paneText.check;
const ratings = columnCells(principlesTable.name, 'rating');
const ratingRule = rules.find((r) => r.id === 'rating-value');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openCreatedPane() {
  const opened = await openPane(served);
  await opened.page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
  await fillInAndCreate(opened.page);
  await opened.page.getByRole('button', { name: paneText.workbook.goToPrinciples }).waitFor({ timeout: 15000 });
  return opened;
}

/** A value typed into a cell and noticed as Excel reports an edit. */
async function edit(page: Page, sheet: string, address: string, value: string) {
  await untilListening(page, sheet);
  await page.evaluate(({ on, at, typed }) => {
    window.__fakeExcel.state.typeCell(on, at, typed);
    window.__fakeExcel.fireChanged(on, at);
  }, { on: sheet, at: address, typed: value });
}

/** The legend's swatch of each level, lowest first (the last item is the target's mark). */
const swatchColours = (page: Page) => page.getByRole('region', { name: scores.legend }).locator('span[aria-hidden="true"]')
  .evaluateAll((swatches, levels) => swatches.slice(0, levels).map((s) => getComputedStyle(s).backgroundColor), content.maturityLevels.length);

describe('ratings that cannot be read, from Scores to their findings', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openCreatedPane()); });

  it('reaches "see Check" by keyboard after Refresh scores, and Enter opens the Check tab with focus on the findings', async () => {
    await typeCells(page, ratings.sheet, ratings.addresses.map((a) => [a, 'Good']));
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByText(scores.unreadable(60)).waitFor({ timeout: 15000 });
    const seeCheck = page.getByRole('button', { name: scores.seeCheck });
    expect(await seeCheck.isVisible()).toBe(true);
    await looksRightInForcedColoursToo(page, errors, 'scores-see-check');

    await page.getByRole('button', { name: scores.refresh }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(scores.seeCheck);
    await page.keyboard.press('Enter');

    const fold = page.getByRole('button', { name: new RegExp(`${check.severity.error}:\\s*${escape(check.group(ratingRule?.description ?? '', 60))}`) });
    await fold.waitFor({ timeout: 15000 });
    expect(await page.getByRole('tab', { name: paneText.tabs.check }).getAttribute('aria-selected')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false', undefined, { timeout: 5000 });
    expect(await fold.evaluate((button) => button === document.activeElement)).toBe(true);
    await looksRight(page, errors, 'scores-see-check-findings');
  });

  it('shows the findings already on show, without checking again, when the check has been run', async () => {
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByRole('button', { name: scores.seeCheck }).click();
    const fold = page.getByRole('button', { name: new RegExp(escape(check.group(ratingRule?.description ?? '', 60))) });
    await fold.waitFor({ timeout: 15000 });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false', undefined, { timeout: 5000 });
    expect(errors).toEqual([]);
  });

  it('gives each maturity level a colour of its own in the legend, in the light and the dark theme', async () => {
    await typeCells(page, ratings.sheet, ratings.addresses.map((a) => [a, '3']));
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByRole('region', { name: scores.legend }).waitFor({ timeout: 15000 });
    const light = await swatchColours(page);
    expect(new Set(light).size).toBe(content.maturityLevels.length);
    await page.evaluate(() => window.__setOfficeTheme(true));
    await page.waitForFunction(() => {
      const rgb = getComputedStyle(document.querySelector('main') as Element).backgroundColor.match(/\d+/g) ?? [];
      return rgb.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 3 * 80;
    }, undefined, { timeout: 5000 });
    expect(new Set(await swatchColours(page)).size).toBe(content.maturityLevels.length);
    await looksRightInForcedColoursToo(page, errors, 'scores-levels-dark');
    await page.evaluate(() => window.__setOfficeTheme(false));
  });
});

describe('the header status follows the entries, and a tab still on its way keeps focus', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openCreatedPane()); });
  const status = () => page.getByRole('status', { name: paneText.status.label });

  it('lands Tab on the loading tab and then on its first control when its script arrives, never on the page', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/\/check-tab[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('tab', { name: paneText.tabs.workbook }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByText(paneText.part.loading).waitFor({ timeout: 5000 });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(paneText.part.loading);
    await looksRight(page, errors, 'part-loading-focused');

    release();
    await page.getByRole('button', { name: check.run }).waitFor({ timeout: 15000 });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, check.run, { timeout: 5000 });
    await page.unroute(/\/check-tab[^/]*\.js$/);
  });

  it('says how many errors the entries have as they are edited, before anyone checks', async () => {
    await page.getByRole('tab', { name: paneText.tabs.workbook }).click();
    expect(await status().textContent()).toMatch(/^Workbook ready/);
    await edit(page, ratings.sheet, ratings.addresses[0], '7');
    await page.waitForFunction((words) => document.querySelector('[role="status"][aria-label]')?.textContent === words,
      paneText.status.errors(1), { timeout: 15000 });
    await looksRight(page, errors, 'status-follows-entries');
    await edit(page, ratings.sheet, ratings.addresses[0], '3');
    await page.waitForFunction((words) => document.querySelector('[role="status"][aria-label]')?.textContent === words,
      paneText.status.errors(0), { timeout: 15000 });
    expect(await page.getByRole('button', { name: check.again }).count()).toBe(0);
  });
});
