import { mkdirSync } from 'fs';
import type { Page } from 'playwright-core';
import { content } from '../../src/domain/strings/en';
import { paneText } from '../../src/domain/strings/en/pane';
import { workbookText } from '../../src/domain/strings/en/workbook';
import { lists } from '../../src/schema/lists';
import { principlesTable } from '../../src/schema/principles';
import { risksTable } from '../../src/schema/risks';
import { parseCell, cellAddress } from '../../src/schema/address';
import { workbookSchema } from '../../src/schema/workbook';
import { FADE_AFTER_MS, FADE_MS } from '../../src/taskpane/message-timing';
import { screenshotDir } from './support/browser';
import { fillInAndCreate, firstCell, focused, looksRight, openPane, untilListening } from './support/pane-page';
import { servedPane } from './support/served-pane';

const text = paneText.workbook;
const served = servedPane();
beforeAll(() => { mkdirSync(screenshotDir, { recursive: true }); });

/** The pane after the person has created the workbook from the start form. */
async function openCreatedPane(options: Parameters<typeof openPane>[1] = {}) {
  const opened = await openPane(served, options);
  await opened.page.getByRole('button', { name: text.create }).waitFor({ timeout: 15000 });
  await fillInAndCreate(opened.page);
  await opened.page.getByRole('button', { name: text.goToPrinciples }).waitFor({ timeout: 15000 });
  return opened;
}

const background = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);

/** A risk typed into the first blank row of the register, noticed as Excel would report the edit. */
async function typeRisk(page: Page, words: string) {
  const risk = firstCell(risksTable.name, 'risk');
  const { column, row } = parseCell(risk.address);
  await untilListening(page, risk.sheet);
  await page.evaluate(({ sheet, column: c, row: r, words: w }) => {
    const { state } = window.__fakeExcel;
    let at = r;
    while (state.value(sheet, `${c}${at}`) !== null) at += 1;
    state.typeCell(sheet, `${c}${at}`, w);
    window.__fakeExcel.fireChanged(sheet, `${c}${at}`);
  }, { sheet: risk.sheet, column: cellAddress(column, row).replace(/\d+$/, ''), row, words });
}

describe('the first run: what the add-in does, three steps, and hints on the choices', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openPane(served)); });

  it('says in two lines what the add-in builds, and lists the three steps', async () => {
    await page.getByRole('button', { name: text.create }).waitFor({ timeout: 15000 });
    for (const line of text.about) expect(await page.getByText(line, { exact: true }).isVisible()).toBe(true);
    const steps = page.getByRole('region', { name: text.stepsHeading }).getByRole('listitem');
    expect(await steps.allTextContents()).toEqual([...text.steps]);
    await looksRight(page, errors, 'first-run-1-form');
  });

  it('hints at what a collaboration model and a lifecycle stage mean, and describes the one chosen', async () => {
    const model = page.getByRole('combobox', { name: workbookText.details.collaborationModel });
    const stage = page.getByRole('combobox', { name: workbookText.details.lifecycleStage });
    expect(await model.getAttribute('aria-describedby')).not.toBeNull();
    const description = (box: typeof model) => box.evaluate((select) => (select.getAttribute('aria-describedby') ?? '')
      .split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim());
    expect(await description(model)).toBe(text.hints.collaborationModel);
    expect(await description(stage)).toBe(text.hints.lifecycleStage);

    await stage.selectOption(String(lists.stage.values[3]));
    expect(await description(stage)).toBe(content.lifecycleStages[3].summary);
    await model.selectOption(String(lists.model.values[2]));
    expect(await description(model)).toBe(content.collaborationModels[2].description);
    await looksRight(page, errors, 'first-run-2-hints');
  });
});

describe('after Create: Go to Principles is the next step', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openCreatedPane()); });

  it('puts focus on Go to Principles, says what to do next, and keeps Repair a plain button', async () => {
    expect(await focused(page)).toBe(text.goToPrinciples);
    expect(await page.getByText(text.next, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: text.doneTitle }).count()).toBe(1);
    // Primary and plain buttons differ by their fill: Repair is filled as New client is, not as Go to Principles.
    expect(await background(page, text.repair)).toBe(await background(page, text.newClient.button));
    expect(await background(page, text.goToPrinciples)).not.toBe(await background(page, text.repair));
    await looksRight(page, errors, 'first-run-3-created');
  });

  it('selects the first Rating cell on Principles, wherever the person was', async () => {
    await page.evaluate(() => window.__fakeExcel.state.select('Start', 'B5'));
    await page.getByRole('button', { name: text.goToPrinciples }).click();
    const rating = firstCell(principlesTable.name, 'rating');
    await page.waitForFunction(({ sheet, address }) => {
      const { selection } = window.__fakeExcel.state;
      return selection.sheet === sheet && selection.address === address;
    }, rating, { timeout: 5000 });
  });

  it('gives focus back to Repair after repairing, not to the page', async () => {
    await page.getByRole('button', { name: text.repair }).click();
    await page.getByRole('status').filter({ hasText: text.doneTitle }).waitFor({ timeout: 15000 });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, text.repair, { timeout: 5000 });
  });

  it('lets the person dismiss a result with a labelled button, and focus goes back where it was', async () => {
    const result = page.getByRole('status').filter({ hasText: text.doneTitle });
    await page.getByRole('button', { name: text.goToPrinciples }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(paneText.dismiss);
    await page.keyboard.press('Enter');
    await result.waitFor({ state: 'detached', timeout: 5000 });
    expect(await focused(page)).not.toBe('(the page)');
    await looksRight(page, errors, 'first-run-4-dismissed');
  });

  it('gives focus back to Start a new client when the dialog is cancelled', async () => {
    await page.getByRole('button', { name: text.newClient.button }).click();
    const dialog = page.getByRole('alertdialog', { name: text.newClient.confirmTitle });
    await dialog.waitFor({ timeout: 5000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, text.newClient.button, { timeout: 5000 });
  });

  it('gives focus back to Start a new client after the dialog’s work, and says what it did', async () => {
    await page.getByRole('button', { name: text.newClient.button }).click();
    await page.evaluate(() => { window.__fakeExcelDelayMs = 1500; });
    await page.getByRole('alertdialog').getByRole('button', { name: text.newClient.confirm }).click();
    // While Excel works, and after: on the button that opened the dialog, never on the page.
    await page.getByText(text.newClient.working).waitFor({ timeout: 1400 });
    await page.waitForFunction((name) => document.activeElement?.textContent === name, text.newClient.button, { timeout: 1000 });
    await page.evaluate(() => { window.__fakeExcelDelayMs = 0; });
    const result = page.getByRole('status').filter({ hasText: /Save it under a new name/ });
    await result.waitFor({ timeout: 15000 });
    await page.getByRole('alertdialog').waitFor({ state: 'detached', timeout: 5000 });
    expect(await focused(page)).toBe(text.newClient.button);
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'), undefined, { timeout: 5000 });
    await looksRight(page, errors, 'first-run-5-new-client');
  });
});

describe('focus after work whose button goes away', () => {
  it('puts focus on the result after Upgrade, as the Upgrade button is gone once it worked', async () => {
    const { page, errors } = await openCreatedPane();
    await page.evaluate(() => window.__fakeExcel.state.setCustomProperty('PartneringTemplateVersion', '0.9.0'));
    await page.getByRole('button', { name: text.repair }).click();
    const upgrade = page.getByRole('button', { name: text.upgrade.button });
    await upgrade.waitFor({ timeout: 15000 });
    await upgrade.click();
    const result = page.getByRole('status').filter({ hasText: /Upgraded from template 0\.9\.0/ });
    await result.waitFor({ timeout: 15000 });
    expect(await upgrade.count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.closest('[role="status"]') != null, undefined, { timeout: 5000 });
    expect(await result.evaluate((bar) => bar.contains(document.activeElement))).toBe(true);
    await looksRight(page, errors, 'first-run-11-upgraded');
  });
});

describe('results stay until the entries change', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openCreatedPane()); });
  const findingFor = (address: string) => page.getByRole('button', { name: new RegExp(`${address}:.*High`) });

  it('keeps the findings on show through Collect actions, Save snapshot and Repair', async () => {
    const likelihood = firstCell(risksTable.name, 'likelihood');
    await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.typeCell(sheet, address, 'High'), likelihood);
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await page.getByRole('button', { name: paneText.check.run }).click();
    await findingFor(likelihood.address).waitFor({ timeout: 15000 });

    await page.getByRole('tab', { name: paneText.tabs.actions }).click();
    await page.getByRole('button', { name: paneText.actions.collect }).click();
    await page.getByRole('status').filter({ hasText: /^Collected \d+ actions?|^No action has/ }).waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: paneText.actions.saveSnapshot }).click();
    await page.getByText(paneText.actions.saved(workbookSchema.tables.find((p) => p.table.name === 'tblHistory')?.table.sheet ?? ''))
      .waitFor({ timeout: 15000 });
    await page.getByRole('tab', { name: paneText.tabs.workbook }).click();
    await page.getByRole('button', { name: text.repair }).click();
    await page.getByRole('status').filter({ hasText: text.doneTitle }).waitFor({ timeout: 15000 });

    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await findingFor(likelihood.address).waitFor({ timeout: 15000 });
    expect(await page.getByRole('button', { name: paneText.check.again }).isVisible()).toBe(true);
  });

  it('follows the entries when work changes them: a new client clears the finding', async () => {
    const likelihood = firstCell(risksTable.name, 'likelihood');
    await page.getByRole('tab', { name: paneText.tabs.workbook }).click();
    await page.getByRole('button', { name: text.newClient.button }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: text.newClient.confirm }).click();
    await page.getByRole('status').filter({ hasText: /Save it under a new name/ }).waitFor({ timeout: 15000 });
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await page.getByRole('button', { name: paneText.check.again }).waitFor({ timeout: 5000 });
    expect(await findingFor(likelihood.address).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a message the pane says on its own fades away', () => {
  /** Opacity transitions that began on status messages, as the page saw them. */
  const recordFades = (page: Page) => page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { fades: string[] }).fades = seen;
    document.addEventListener('transitionrun', (event) => {
      const target = event.target as HTMLElement;
      if (event.propertyName === 'opacity' && target.getAttribute('role') === 'status') seen.push(target.textContent ?? '');
    });
  });
  const fades = (page: Page) => page.evaluate(() => (window as unknown as { fades: string[] }).fades);

  it('lets "Gave ID" fade after a while, and never takes focus for it', async () => {
    const { page, errors } = await openCreatedPane({ clock: true });
    await recordFades(page);
    const before = await focused(page);
    await typeRisk(page, 'Beta may withdraw its key engineer');
    const numbered = page.getByText(/^Gave ID R-\d{3} to a new risk\.$/);
    await numbered.waitFor({ timeout: 15000 });
    expect(await focused(page)).toBe(before);
    await page.clock.fastForward(FADE_AFTER_MS + 50);
    await page.waitForFunction(() => (window as unknown as { fades: string[] }).fades.length > 0, undefined, { polling: 100, timeout: 5000 });
    await page.clock.fastForward(FADE_MS);
    await numbered.waitFor({ state: 'detached', timeout: 5000 });
    expect((await fades(page)).every((text) => text.startsWith('Gave ID'))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: text.doneTitle }).count()).toBe(1);
    await looksRight(page, errors, 'first-run-6-faded');
  });

  it('goes without fading for a person who asked for reduced motion', async () => {
    const { page } = await openCreatedPane({ clock: true });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordFades(page);
    await typeRisk(page, 'Beta may withdraw its key engineer');
    const numbered = page.getByText(/^Gave ID R-\d{3} to a new risk\.$/);
    await numbered.waitFor({ timeout: 15000 });
    await page.clock.fastForward(FADE_AFTER_MS + 50);
    await numbered.waitFor({ state: 'detached', timeout: 5000 });
    expect(await fades(page)).toEqual([]);
  });
});

describe('no dead ends', () => {
  it('stops reading and offers Try again when the first read fails, in words that fit a read', async () => {
    const { page, errors } = await openPane(served, { beforePane: () => window.__fakeExcel.failAt(1, 'GeneralException') });
    const alert = page.getByRole('alert').filter({ hasText: text.readFailed.title });
    await alert.waitFor({ timeout: 15000 });
    expect(await alert.getByText(text.readFailed.other).isVisible()).toBe(true);
    expect(await page.getByRole('status', { name: paneText.status.label }).textContent()).toBe(paneText.status.readFailed);
    expect(await page.getByText(text.reading).count()).toBe(0);
    expect(await page.getByRole('button', { name: text.repair }).count()).toBe(0);
    await looksRight(page, errors, 'first-run-7-read-failed');

    await page.getByRole('button', { name: text.readFailed.retry }).click();
    await page.getByRole('button', { name: text.create }).waitFor({ timeout: 15000 });
    expect(await alert.count()).toBe(0);
    await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5000 });
    expect(await focused(page)).toBe(paneText.tabs.workbook);
  });

  it('offers Repair too when a missing part stopped the read, and goes on once it is back', async () => {
    const { page, errors } = await openPane(served, { beforePane: () => window.__fakeExcel.failAt(1, 'ItemNotFound') });
    const alert = page.getByRole('alert').filter({ hasText: text.readFailed.title });
    await alert.waitFor({ timeout: 15000 });
    expect(await alert.getByText(text.readFailed.missing).isVisible()).toBe(true);
    // Repair is what the words recommend, so it is the primary button (white on the brand colour), not Try again.
    const ink = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b).color);
    expect(await ink(text.repair)).toBe('rgb(255, 255, 255)');
    expect(await ink(text.readFailed.retry)).not.toBe('rgb(255, 255, 255)');
    await looksRight(page, errors, 'first-run-8-read-failed-missing');
    await alert.getByRole('button', { name: text.repair }).click();
    await page.getByRole('button', { name: text.goToPrinciples }).waitFor({ timeout: 15000 });
    expect(await alert.count()).toBe(0);
  });

  it('says "create the workbook first" on Check, Scores and Actions, with the way to the Workbook tab', async () => {
    const { page, errors } = await openPane(served);
    await page.getByRole('button', { name: text.create }).waitFor({ timeout: 15000 });
    const says = { check: paneText.check.noTables, scores: paneText.scores.noTables, actions: paneText.actions.noTables };
    for (const [tab, words] of Object.entries(says)) {
      await page.getByRole('tab', { name: paneText.tabs[tab as keyof typeof says] }).click();
      await page.getByRole('tabpanel').getByText(words).waitFor({ timeout: 15000 });
      expect(await page.getByRole('tabpanel').getByRole('button').allTextContents()).toEqual([text.needsWorkbook]);
      await looksRight(page, errors, `first-run-9-needs-workbook-${tab}`);
    }
    await page.getByRole('button', { name: text.needsWorkbook }).click();
    await page.getByRole('button', { name: text.create }).waitFor({ timeout: 5000 });
    expect(await focused(page)).toBe(paneText.tabs.workbook);
  });

  it('turns Repair and New client off, with the reason, on a workbook from a newer template', async () => {
    const { page, errors } = await openCreatedPane();
    await page.evaluate(() => window.__fakeExcel.state.setCustomProperty('PartneringTemplateVersion', '99.0.0'));
    // Opening Scores reads the workbook again.
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    await page.getByText(paneText.scores.overall).waitFor({ timeout: 15000 });
    await page.getByRole('tab', { name: paneText.tabs.workbook }).click();
    const reason = text.upgrade.newer('99.0.0', workbookSchema.version);
    await page.getByText(reason).waitFor({ timeout: 5000 });
    for (const name of [text.repair, text.newClient.button]) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.getAttribute('aria-disabled')).toBe('true');
      const described = await button.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent);
      expect(described).toBe(reason);
    }
    expect(await page.getByRole('button', { name: text.upgrade.button }).count()).toBe(0);
    await page.getByRole('button', { name: text.repair }).click({ force: true });
    await page.getByRole('button', { name: text.newClient.button }).click({ force: true });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByText(text.repairing).count()).toBe(0);
    await looksRight(page, errors, 'first-run-10-newer-template');
  });
});
