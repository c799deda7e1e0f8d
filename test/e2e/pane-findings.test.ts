/**
 * The pane with a lot to say: 60 ratings pasted as words, scores that need their meaning, and
 * actions due, read in light and dark themes and with Windows high contrast (forced colours) on.
 */
import { mkdirSync } from 'fs';
import type { Page } from 'playwright-core';
import { rules } from '../../src/checks';
import { content } from '../../src/domain/strings/en';
import { paneText } from '../../src/domain/strings/en/pane';
import { isoToSerial, localToday } from '../../src/schema/dates';
import { principlesTable } from '../../src/schema/principles';
import { risksTable } from '../../src/schema/risks';
import { screenshotDir } from './support/browser';
import type { FakeOfficeOptions } from './support/fake-office';
import {
  columnCells, fillInAndCreate, looksRight, looksRightInForcedColours, looksRightInForcedColoursToo, openPane, typeCells,
} from './support/pane-page';
import { servedPane } from './support/served-pane';

const served = servedPane();
beforeAll(() => { mkdirSync(screenshotDir, { recursive: true }); });

interface OpenedPane {
  page: Page;
  errors: string[];
}

/** The pane after the person filled in the start form and created the workbook. */
async function openCreatedPane(office: FakeOfficeOptions): Promise<OpenedPane> {
  const opened = await openPane(served, { office });
  await opened.page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
  await fillInAndCreate(opened.page);
  await opened.page.getByRole('button', { name: paneText.workbook.repair }).waitFor({ timeout: 15000 });
  return opened;
}

const check = paneText.check;
const scores = paneText.scores;
const actions = paneText.actions;
const ratings = columnCells(principlesTable.name, 'rating');
const criteria = content.principles.flatMap((p) => p.criteria);
const ratingRule = rules.find((r) => r.id === 'rating-value');
const folded = check.group(ratingRule?.description ?? '', 60);
const risk = columnCells(risksTable.name, 'risk');
const RISK_TEXT = 'Beta may withdraw its key engineer';
const today = isoToSerial(localToday()) as number;
const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const dayIn = (locale: string, serial: number) => new Intl.DateTimeFormat(locale, dayOptions).format(new Date(Date.UTC(1899, 11, 30) + serial * 86400000));

const selection = (page: Page) => page.evaluate(() => ({ ...window.__fakeExcel.state.selection }));
const background = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).backgroundColor);
const isDarkColour = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 3 * 80;

/** Puts an action with an owner due in `days` on a criterion row. */
async function actionDueIn(page: Page, row: number, action: string, days: number) {
  const cell = (key: string) => columnCells(principlesTable.name, key).addresses[row];
  const due = new Date(Date.UTC(1899, 11, 30) + (today + days) * 86400000).toISOString().slice(0, 10);
  await typeCells(page, ratings.sheet, [[cell('action'), action], [cell('owner'), 'Kim'], [cell('due'), due]]);
}

describe('60 ratings pasted as words, then scored and acted on, in light, dark and forced colours', () => {
  let opened: OpenedPane;
  let page: Page;
  beforeAll(async () => {
    opened = await openCreatedPane({ displayLanguage: 'en-GB' });
    ({ page } = opened);
  });

  it('folds the 60 errors of one rule into one line that opens from the keyboard, each naming its criterion', async () => {
    await typeCells(page, ratings.sheet, ratings.addresses.map((a) => [a, 'Good']));
    await typeCells(page, risk.sheet, [[risk.addresses[0], RISK_TEXT]]);
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await page.getByRole('button', { name: check.run }).click();

    const fold = page.getByRole('button', { name: new RegExp(`${check.severity.error}:\\s*${escape(folded)}`) });
    await fold.waitFor({ timeout: 15000 });
    expect(await page.getByText(/✖ 60 errors/).isVisible()).toBe(true);
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: /found "Good"/ }).count()).toBe(0);
    await looksRightInForcedColoursToo(opened.page, opened.errors, 'findings-flow-findings-1-folded');

    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    const inside = page.getByRole('button', { name: /found "Good"/ });
    expect(await inside.count()).toBe(60);
    const first = await inside.first().textContent();
    expect(first).toContain(`${check.severity.error}, ${ratings.addresses[0]}:`);
    expect(first).toContain(criteria[0].text);
    expect(await inside.nth(59).textContent()).toContain(criteria[59].text);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((address) => window.__fakeExcel.state.selection.address === address, ratings.addresses[0], { timeout: 5000 });
    expect(await selection(page)).toEqual(expect.objectContaining({ sheet: ratings.sheet, address: ratings.addresses[0] }));
    await looksRightInForcedColoursToo(opened.page, opened.errors, 'findings-flow-findings-2-open');

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await inside.count()).toBe(0);
  });

  it('shows errors and warnings apart, in symbol, colour and word, and filters them by kind', async () => {
    const warning = page.getByRole('button', { name: new RegExp(`${check.severity.warning}, [A-Z]+\\d+:.*${RISK_TEXT}`) }).first();
    await warning.waitFor({ timeout: 5000 });
    expect(await warning.textContent()).toContain(RISK_TEXT);
    expect(await warning.textContent()).toContain(check.symbol.warning);
    const fold = page.getByRole('button', { name: new RegExp(escape(folded)) });
    expect(await fold.textContent()).toContain(check.symbol.error);
    const colourOf = (button: typeof warning, symbol: string) => button.getByText(symbol, { exact: true }).evaluate((e) => getComputedStyle(e).color);
    expect(await colourOf(warning, check.symbol.warning)).not.toBe(await colourOf(fold, check.symbol.error));

    const filters = page.getByRole('group', { name: check.filterLabel });
    const errorsShown = filters.getByRole('button', { name: check.filter.error });
    expect(await errorsShown.getAttribute('aria-pressed')).toBe('true');
    await errorsShown.click();
    expect(await errorsShown.getAttribute('aria-pressed')).toBe('false');
    expect(await fold.count()).toBe(0);
    expect(await warning.isVisible()).toBe(true);
    expect(await page.getByText(check.hidden(60)).isVisible()).toBe(true);
    await looksRight(opened.page, opened.errors, 'findings-flow-findings-3-warnings-only');

    await errorsShown.click();
    await fold.waitFor({ timeout: 5000 });
    expect(await page.getByText(check.hidden(60)).count()).toBe(0);
  });

  it('says on Scores that 60 ratings cannot be read, instead of "not rated yet"', async () => {
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByText(scores.unreadable(60)).waitFor({ timeout: 15000 });
    expect(await page.getByText(scores.notRated).count()).toBe(0);
    expect(await page.getByText(scores.unreadable(5), { exact: true }).count()).toBe(content.principles.length);
    await looksRightInForcedColoursToo(opened.page, opened.errors, 'findings-flow-scores-1-unreadable');
  });

  it('names the level reached beside each score, labels the target and explains the bars', async () => {
    const ofFirst = [2, 2, 2, 2, 3];
    await typeCells(page, ratings.sheet, ratings.addresses.map((a, i) => [a, String(i < ofFirst.length ? ofFirst[i] : 3)]));
    await page.getByRole('button', { name: scores.refresh }).click();
    await page.getByText(scores.scoreLine('2.20', 'Developing', '3'), { exact: true }).waitFor({ timeout: 15000 });
    expect(await page.getByText(scores.scoreLine('3.00', 'Established', '3'), { exact: true }).count()).toBe(content.principles.length - 1);
    expect(await page.getByText('2.93', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(scores.overallLevel('Developing', 4)).isVisible()).toBe(true);
    expect(await page.getByText(/can't be read/).count()).toBe(0);
    const first = content.principles[0];
    expect(await page.getByRole('listitem', { name: scores.principleRow(first.name, scores.scoreLine('2.20', 'Developing', '3')) }).count()).toBe(1);
    const legend = page.getByRole('region', { name: scores.legend });
    for (const level of content.maturityLevels) expect(await legend.getByText(scores.legendLevel(level.value, level.name)).isVisible()).toBe(true);
    expect(await legend.getByText(scores.legendTarget).isVisible()).toBe(true);
    await looksRight(opened.page, opened.errors, 'findings-flow-scores-2-levels');

    // With high contrast on, the bars and swatches keep a colour of their own against the page.
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    try {
      const row = page.getByRole('listitem', { name: new RegExp(`^${escape(first.name)}:`) });
      const [track, fill, target] = await row.locator('[aria-hidden="true"]').first().evaluate((track) =>
        [track, ...Array.from(track.children)].map((e) => getComputedStyle(e).backgroundColor));
      expect(fill).not.toBe(track);
      expect(target).not.toBe(track);
      expect(fill).not.toBe('rgba(0, 0, 0, 0)');
      const swatch = await legend.locator('span[aria-hidden="true"]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(swatch).not.toBe(await background(page, 'main'));
      await looksRightInForcedColours(opened.page, opened.errors, 'findings-flow-scores-2-levels-forced-colours');
    } finally {
      await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    }
  });

  it('lays Actions out in headed sections, with due dates in the person’s own format (en-GB)', async () => {
    await actionDueIn(page, 1, 'Agree the review dates with Beta', 5);
    await page.getByRole('tab', { name: paneText.tabs.actions }).click();
    // The Actions tab is loaded on demand: wait for its sections rather than look at once.
    for (const heading of [actions.dueSection, actions.snapshotSection, actions.numberSection]) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor({ timeout: 15000 });
    }
    await page.getByRole('button', { name: actions.collect }).click();
    const due = page.getByRole('button', { name: /Agree the review dates with Beta/ });
    await due.waitFor({ timeout: 15000 });
    const shown = dayIn('en-GB', today + 5);
    expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
    expect(await due.textContent()).toContain(actions.dueOn(shown));
    await looksRightInForcedColoursToo(opened.page, opened.errors, 'findings-flow-actions-1-due');
  });

  it('turns dark when Office does, while open, and every tab stays readable', async () => {
    await page.evaluate(() => window.__setOfficeTheme(true));
    await page.waitForFunction(() => {
      const rgb = getComputedStyle(document.querySelector('main') as Element).backgroundColor.match(/\d+/g) ?? [];
      return rgb.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 3 * 80;
    }, undefined, { timeout: 5000 });
    await looksRight(opened.page, opened.errors, 'findings-flow-actions-2-dark');
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByText(scores.scoreLine('2.20', 'Developing', '3'), { exact: true }).waitFor({ timeout: 15000 });
    await looksRightInForcedColoursToo(opened.page, opened.errors, 'findings-flow-scores-3-dark');

    await typeCells(page, ratings.sheet, ratings.addresses.map((a) => [a, 'Good']));
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    // The findings of the first check may still be shown; either way the check runs again.
    await page.getByRole('button', { name: new RegExp(`^(${check.run}|${check.again})$`) }).click();
    const fold = page.getByRole('button', { name: new RegExp(escape(folded)) });
    await fold.waitFor({ timeout: 15000 });
    await fold.click();
    await looksRightInForcedColoursToo(opened.page, opened.errors, 'findings-flow-findings-4-dark-open');

    await page.evaluate(() => window.__setOfficeTheme(false));
    await page.waitForFunction(() => {
      const rgb = getComputedStyle(document.querySelector('main') as Element).backgroundColor.match(/\d+/g) ?? [];
      return rgb.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) > 3 * 200;
    }, undefined, { timeout: 5000 });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('due dates in a second language', () => {
  it('writes them as Office in German shows dates (de-DE)', async () => {
    const opened = await openCreatedPane({ displayLanguage: 'de-DE' });
    const { page } = opened;
    await actionDueIn(page, 0, 'Exit-Plan entwerfen', 3);
    await page.getByRole('tab', { name: paneText.tabs.actions }).click();
    await page.getByRole('button', { name: actions.collect }).click();
    const due = page.getByRole('button', { name: /Exit-Plan entwerfen/ });
    await due.waitFor({ timeout: 15000 });
    const shown = dayIn('de-DE', today + 3);
    expect(shown).toMatch(/^\d{1,2}\. \S+ \d{4}$/);
    expect(shown).not.toBe(dayIn('en-GB', today + 3));
    expect(await due.textContent()).toContain(actions.dueOn(shown));
    await looksRight(opened.page, opened.errors, 'findings-flow-actions-3-de');
  });
});

describe('an Office that does not raise OfficeThemeChanged', () => {
  it('still follows the theme once the pane gets focus back', async () => {
    const opened = await openPane(served, { office: { noThemeEvent: true } });
    const { page } = opened;
    await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
    expect(isDarkColour(await background(page, 'main'))).toBe(false);
    await page.evaluate(() => window.__setOfficeTheme(true));
    await page.waitForTimeout(300);
    expect(isDarkColour(await background(page, 'main'))).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForFunction(() => {
      const rgb = getComputedStyle(document.querySelector('main') as Element).backgroundColor.match(/\d+/g) ?? [];
      return rgb.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) < 3 * 80;
    }, undefined, { timeout: 5000 });
    expect(await page.evaluate(() => window.__officeCalls)).toContain('addHandlerAsync officeThemeChanged');
    await looksRight(opened.page, opened.errors, 'findings-flow-theme-fallback-dark');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
