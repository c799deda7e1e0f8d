import { mkdirSync } from 'fs';
import type { Page } from 'playwright-core';
import { excelText } from '../../src/domain/strings/en/excel';
import { paneText } from '../../src/domain/strings/en/pane';
import { actionsTable } from '../../src/schema/actions';
import { cellAddress, parseCell } from '../../src/schema/address';
import { isoToSerial, localToday, serialToIso } from '../../src/schema/dates';
import { historyTable } from '../../src/schema/history';
import { lists } from '../../src/schema/lists';
import { principlesTable } from '../../src/schema/principles';
import type { TableSchema } from '../../src/schema/table';
import { risksTable } from '../../src/schema/risks';
import { workbookSchema } from '../../src/schema/workbook';
import { formatDay } from '../../src/taskpane/day-format';
import { screenshotDir } from './support/browser';
import { fillInAndCreate, firstCell, looksRight, openPane, untilListening } from './support/pane-page';
import { servedPane } from './support/served-pane';

/** A table's column as it stands in the fake workbook now, found by its header: its sheet, and each data cell. */
async function columnNow(page: Page, tableName: string, header: string) {
  const table = await page.evaluate((name) => {
    const found = window.__fakeExcel.state.table(name);
    return { sheet: found.sheet.name, address: found.address, headers: found.columns.map((c) => c.name) };
  }, tableName);
  const [from, to] = table.address.split(':').map(parseCell);
  const column = from.column + table.headers.indexOf(header);
  const addresses = Array.from({ length: to.row - from.row }, (_, i) => cellAddress(column, from.row + 1 + i));
  const values = await page.evaluate(({ sheet, cells }) => cells.map((a) => window.__fakeExcel.state.value(sheet, a)),
    { sheet: table.sheet, cells: addresses });
  return { sheet: table.sheet, cells: addresses.map((address, i) => ({ address, value: values[i] })) };
}

const served = servedPane();
beforeAll(() => { mkdirSync(screenshotDir, { recursive: true }); });

/** The pane after the person has created the workbook from the start form. */
async function openCreatedPane(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPane(served);
  await opened.page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
  await fillInAndCreate(opened.page);
  await opened.page.getByRole('button', { name: paneText.workbook.repair }).waitFor({ timeout: 15000 });
  return opened;
}

describe('the task pane in Excel (fake host), as a person uses it at 320 px', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openPane(served)); });
  const looksRightAs = (name: string) => looksRight(page, errors, name);

  const tabPanel = () => page.getByRole('tabpanel');

  it('offers a short form on a workbook without our sheets', async () => {
    await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
    expect(await page.getByRole('tab', { name: paneText.tabs.workbook }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByText(paneText.status.notCreated).isVisible()).toBe(true);
    await looksRightAs('1-form');
  });

  it('creates the workbook from what the person filled in and says so', async () => {
    await fillInAndCreate(page);

    await tabPanel().getByText(paneText.workbook.doneTitle).waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: paneText.workbook.repair }).waitFor();
    const start = await page.evaluate(() => {
      const { state } = window.__fakeExcel;
      return [state.value('Start', 'B5'), state.value('Start', 'B6'), state.value('Start', 'B9')];
    });
    expect(start).toEqual(['Acme Ltd', 'Beta GmbH', lists.stage.values[1]]);
    await looksRightAs('2-created');
  });

  it('finds a Likelihood typed as a word, and selects its cell when the finding is clicked', async () => {
    const likelihood = firstCell('tblRisks', 'likelihood');
    await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.typeCell(sheet, address, 'High'), likelihood);
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    await page.getByRole('button', { name: paneText.check.run }).click();
    const finding = page.getByRole('button', { name: new RegExp(`${likelihood.address}:.*High`) });
    await finding.waitFor({ timeout: 15000 });
    expect(await page.getByText(/✖ [1-9]\d* errors?/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: paneText.check.again }).isVisible()).toBe(true);
    await looksRightAs('3-findings');

    await finding.click();
    await page.waitForFunction(({ sheet, address }) => {
      const { selection } = window.__fakeExcel.state;
      return selection.sheet === sheet && selection.address === address;
    }, likelihood, { timeout: 5000 });
  });

  it('checks again by itself when a person edits a table after the first check', async () => {
    const impact = firstCell('tblRisks', 'impact');
    await untilListening(page, impact.sheet);
    await page.evaluate(({ sheet, address }) => {
      window.__fakeExcel.state.typeCell(sheet, address, 'Huge');
      window.__fakeExcel.fireChanged(sheet, address);
    }, impact);
    await page.getByRole('button', { name: new RegExp(`${impact.address}:.*Huge`) }).waitFor({ timeout: 15000 });
    expect(await page.getByText(/✖ 2 errors/).isVisible()).toBe(true);
  });

  it('gives a risk typed into a blank row its ID as soon as the edit is noticed', async () => {
    const risk = firstCell('tblRisks', 'risk');
    const row = parseCell(risk.address).row + 9;
    const riskAddress = cellAddress(parseCell(risk.address).column, row);
    const idAddress = cellAddress(parseCell(firstCell('tblRisks', 'id').address).column, row);
    await untilListening(page, risk.sheet);
    await page.evaluate(({ sheet, address }) => {
      window.__fakeExcel.state.typeCell(sheet, address, 'Beta may withdraw its key engineer');
      window.__fakeExcel.fireChanged(sheet, address);
    }, { sheet: risk.sheet, address: riskAddress });
    await page.getByText(/^Gave ID R-\d{3} to a new risk\.$/).waitFor({ timeout: 15000 });
    expect(await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.value(sheet, address), { sheet: risk.sheet, address: idAddress }))
      .toMatch(/^R-\d{3}$/);
  });

  it('repairs the workbook and says what it did', async () => {
    await page.getByRole('tab', { name: paneText.tabs.workbook }).click();
    await page.evaluate(() => { window.__fakeExcelDelayMs = 1500; });
    await page.getByRole('button', { name: paneText.workbook.repair }).click();
    await page.getByText(paneText.workbook.repairing).waitFor({ timeout: 1400 });
    expect(await page.getByRole('button', { name: paneText.workbook.repair }).isDisabled()).toBe(true);
    await looksRightAs('4-repairing');
    await page.evaluate(() => { window.__fakeExcelDelayMs = 0; });
    await tabPanel().getByText(paneText.workbook.doneTitle).waitFor({ timeout: 15000 });
    expect(await page.getByText(paneText.workbook.repairing).count()).toBe(0);
    await looksRightAs('4-repaired');
  });

  it('shows overall maturity, plan completeness, principle bars and risks by rating', async () => {
    const rating = firstCell('tblPrinciples', 'rating');
    await page.evaluate(({ sheet, address, rows }) => {
      const { state } = window.__fakeExcel;
      const column = address.replace(/\d+$/, '');
      const first = Number(address.slice(column.length));
      for (let r = 0; r < rows; r += 1) state.typeCell(sheet, `${column}${first + r}`, '2');
    }, rating);
    await page.getByRole('tab', { name: paneText.tabs.scores }).click();
    // The ratings were typed after the pane last read the workbook: opening Scores reads them.
    await page.getByText('2.00', { exact: true }).waitFor({ timeout: 15000 });
    expect(await page.getByText(paneText.scores.overall).isVisible()).toBe(true);
    expect(await page.getByText(paneText.scores.plan).isVisible()).toBe(true);
    expect(await page.getByText(paneText.scores.scoreLine('2.00', 'Developing', '3'), { exact: true }).count()).toBe(12);
    expect(await page.getByText(/^Critical: \d+ risks?$/).isVisible()).toBe(true);
    await looksRightAs('5-scores');
  });

  it('says in words, as an error, when Excel refuses the work', async () => {
    await page.evaluate(() => window.__fakeExcel.failAt(1, 'EditModeNotAllowed'));
    await page.getByRole('tab', { name: paneText.tabs.check }).click();
    // The findings of the first check are still on show: repairing left the entries as they were.
    await page.getByRole('button', { name: paneText.check.again }).click();
    const alert = page.getByRole('alert').filter({ hasText: excelText.errors.EditModeNotAllowed });
    await alert.waitFor({ timeout: 15000 });
    expect(await alert.getByText(paneText.workbook.errorTitle).isVisible()).toBe(true);
    await looksRightAs('6-excel-error');

    await page.getByRole('button', { name: paneText.check.again }).click();
    await alert.waitFor({ state: 'detached', timeout: 15000 });
  });

  it('says so in words when a re-check started by an edit fails, instead of failing unseen', async () => {
    const impact = firstCell('tblRisks', 'impact');
    await untilListening(page, impact.sheet);
    await page.evaluate(({ sheet, address }) => {
      window.__fakeExcel.failAt(1, 'GeneralException');
      window.__fakeExcel.state.typeCell(sheet, address, '3');
      window.__fakeExcel.fireChanged(sheet, address);
    }, impact);
    // The edit starts more than the re-check in the pane; which piece of work reaches Excel first,
    // and so meets the fault, varies with timing. Either way the pane says it in words.
    const alert = page.getByRole('alert').filter({ hasText: /Nothing you typed was lost/ });
    await alert.waitFor({ timeout: 15000 });
    expect(await alert.textContent()).toMatch(new RegExp(`^(${paneText.check.liveFailedTitle}|${paneText.workbook.errorTitle})`));
  });
});

describe('the Actions tab: what is due, a snapshot of the scores, IDs for new risks', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openCreatedPane()); });
  const looksRightAs = (name: string) => looksRight(page, errors, `actions-${name}`);
  const text = paneText.actions;
  const today = isoToSerial(localToday()) as number;
  const daysFromToday = (days: number) => serialToIso(today + days);
  // The fake Office speaks en-US; the pane writes due dates as that language does.
  const shownDaysFromToday = (days: number) => formatDay(today + days, 'en-US');
  const header = (table: TableSchema, key: string) => table.col(key).header;

  it('says so when nothing is overdue or due soon', async () => {
    await page.getByRole('tab', { name: paneText.tabs.actions }).click();
    await page.getByRole('button', { name: text.collect }).click();
    await page.getByText(text.nothingDue(14)).waitFor({ timeout: 15000 });
    expect(await page.getByRole('status').filter({ hasText: /^Collected \d+ actions?|^No action has/ }).count()).toBe(1);
    await looksRightAs('1-nothing-due');
  });

  it('lists an overdue criterion action first, names it in words and selects its row on the Actions sheet', async () => {
    const refs = await columnNow(page, principlesTable.name, header(principlesTable, 'ref'));
    const [first, second] = refs.cells;
    const fill = async (row: number, action: string, owner: string, due: string) => {
      const cellOf = async (key: string) => (await columnNow(page, principlesTable.name, header(principlesTable, key))).cells[row].address;
      const entries = [[await cellOf('action'), action], [await cellOf('owner'), owner], [await cellOf('due'), due]];
      await page.evaluate(({ sheet, typed }) => typed.forEach(([address, value]) => window.__fakeExcel.state.typeCell(sheet, address, value)),
        { sheet: refs.sheet, typed: entries });
    };
    await fill(1, 'Agree the review dates with Beta', 'Kim', daysFromToday(5));
    await fill(0, 'Draft exit arrangements', 'Sam', daysFromToday(-10));
    expect(second.value).not.toBeNull();

    await page.getByRole('button', { name: text.collect }).click();
    const source = String(lists.source.values[0]);
    const overdue = `${text.overdue}: ${text.item(source, String(first.value), 'Draft exit arrangements', 'Sam')}${text.dueOn(shownDaysFromToday(-10))}`;
    const soon = `${text.dueSoon}: ${text.item(source, String(second.value), 'Agree the review dates with Beta', 'Kim')}${text.dueOn(shownDaysFromToday(5))}`;
    await page.getByRole('button', { name: overdue, exact: true }).waitFor({ timeout: 15000 });
    const items = await page.getByRole('listitem').getByRole('button').allTextContents();
    expect(items).toEqual([overdue, soon]);
    expect(await page.getByText(text.collected(2, actionsTable.sheet)).isVisible()).toBe(true);
    await looksRightAs('2-due');

    await page.getByRole('button', { name: overdue, exact: true }).click();
    const actionColumn = await columnNow(page, actionsTable.name, header(actionsTable, 'action'));
    const row = actionColumn.cells.find((c) => c.value === 'Draft exit arrangements');
    expect(row).toBeDefined();
    await page.waitForFunction(({ sheet, address }) => {
      const { selection } = window.__fakeExcel.state;
      return selection.sheet === sheet && selection.address === address;
    }, { sheet: actionColumn.sheet, address: row?.address }, { timeout: 5000 });

    await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.typeCell(sheet, address, 'Draft the exit plan'),
      { sheet: actionColumn.sheet, address: row?.address ?? '' });
    await page.getByRole('button', { name: overdue, exact: true }).click();
    await page.getByText(text.notFound(actionsTable.sheet)).waitFor({ timeout: 5000 });
  });

  it('saves a snapshot of the scores under the label given, showing progress while Excel is slow', async () => {
    const label = page.getByRole('textbox', { name: text.snapshotLabel });
    expect(await label.inputValue()).toBe(text.defaultSnapshotLabel(localToday()));
    await label.fill('Quarter 4 review');
    await page.evaluate(() => { window.__fakeExcelDelayMs = 1500; });
    await page.getByRole('button', { name: text.saveSnapshot }).click();
    await page.getByText(text.saving).waitFor({ timeout: 1400 });
    expect(await page.getByRole('button', { name: text.collect }).isDisabled()).toBe(true);
    await looksRightAs('3-saving');
    await page.evaluate(() => { window.__fakeExcelDelayMs = 0; });
    await page.getByText(text.saved(historyTable.sheet)).waitFor({ timeout: 15000 });
    const labels = await columnNow(page, historyTable.name, header(historyTable, 'label'));
    expect(labels.cells.map((c) => c.value)).toContain('Quarter 4 review');
    await looksRightAs('4-saved');
  });

  it('gives a risk typed into a blank row the next free ID, and says when every risk has one', async () => {
    const ids = await columnNow(page, risksTable.name, header(risksTable, 'id'));
    const risks = await columnNow(page, risksTable.name, header(risksTable, 'risk'));
    const blank = risks.cells.findIndex((c) => c.value === null);
    expect(blank).toBeGreaterThan(-1);
    const highest = Math.max(0, ...ids.cells.map((c) => Number(/^R-(\d+)$/.exec(String(c.value))?.[1] ?? 0)));
    const expected = `R-${String(highest + 1).padStart(3, '0')}`;
    await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.typeCell(sheet, address, 'Beta may withdraw its key engineer'),
      { sheet: risks.sheet, address: risks.cells[blank].address });

    await page.getByRole('button', { name: text.numberRisks }).click();
    await page.getByText(text.numbered([expected])).waitFor({ timeout: 15000 });
    expect(await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.value(sheet, address),
      { sheet: ids.sheet, address: ids.cells[blank].address })).toBe(expected);
    await looksRightAs('5-numbered');

    await page.getByRole('button', { name: text.numberRisks }).click();
    await page.getByText(text.allNumbered).waitFor({ timeout: 15000 });
  });
});

describe('the Workbook tab for consultants: upgrade an older workbook, start a new client', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => { ({ page, errors } = await openCreatedPane()); });
  const text = paneText.workbook;
  const rating = firstCell(principlesTable.name, 'rating');
  const weight = firstCell(principlesTable.name, 'weight');

  it('offers Upgrade on a workbook from an older template, and upgrades it in place', async () => {
    await page.evaluate(() => window.__fakeExcel.state.setCustomProperty('PartneringTemplateVersion', '0.9.0'));
    await page.getByRole('button', { name: text.repair }).click();
    const upgrade = page.getByRole('button', { name: text.upgrade.button });
    await upgrade.waitFor({ timeout: 15000 });
    expect(await page.getByText(text.upgrade.offer('0.9.0', workbookSchema.version)).isVisible()).toBe(true);
    await looksRight(page, errors, 'consultant-1-upgrade-offer');

    await upgrade.click();
    await page.getByText(/Upgraded from template 0\.9\.0/).waitFor({ timeout: 15000 });
    expect(await page.evaluate(() => window.__fakeExcel.state.customProperty('PartneringTemplateVersion'))).toBe(workbookSchema.version);
    expect(await upgrade.count()).toBe(0);
  });

  it('asks before clearing a client’s entries, with Cancel focused, and changes nothing when cancelled', async () => {
    await page.evaluate(({ r, w }) => {
      window.__fakeExcel.state.typeCell(r.sheet, r.address, '3');
      window.__fakeExcel.state.typeCell(w.sheet, w.address, '2');
    }, { r: rating, w: weight });
    await page.getByRole('button', { name: text.newClient.button }).click();
    const dialog = page.getByRole('alertdialog', { name: text.newClient.confirmTitle });
    await dialog.waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(text.newClient.cancel);
    expect(await dialog.getByText(text.newClient.caution).isVisible()).toBe(true);
    // The dialog fades in; contrast is judged once it is fully there.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 });
    await looksRight(page, errors, 'consultant-2-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5000 });
    expect(await page.evaluate(({ sheet, address }) => window.__fakeExcel.state.value(sheet, address), rating)).toBe(3);
  });

  it('clears the client’s entries from the keyboard, keeps the weight, and says to save under a new name', async () => {
    await page.getByRole('button', { name: text.newClient.button }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog', { name: text.newClient.confirmTitle }).waitFor({ timeout: 5000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(text.newClient.confirm);
    await page.keyboard.press('Enter');
    await page.getByText(/Save it under a new name/).waitFor({ timeout: 15000 });
    const [ratingNow, weightNow, organisation] = await page.evaluate(({ r, w }) => [
      window.__fakeExcel.state.value(r.sheet, r.address), window.__fakeExcel.state.value(w.sheet, w.address), window.__fakeExcel.state.value('Start', 'B5'),
    ], { r: rating, w: weight });
    expect([ratingNow, weightNow, organisation]).toEqual([null, 2, null]);
    await page.getByRole('alertdialog').waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'), undefined, { timeout: 5000 });
    await looksRight(page, errors, 'consultant-3-new-client');
  });
});

describe('the task pane when Office uses a dark theme', () => {
  it('follows it, and stays readable', async () => {
    const { page, errors } = await openPane(served, { office: { darkTheme: true } });
    await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
    const background = await page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor);
    const [red, green, blue] = (background.match(/\d+/g) ?? []).map(Number);
    expect(red + green + blue).toBeLessThan(3 * 80);
    await looksRight(page, errors, '7-dark');
  });
});

describe('the task pane from the keyboard alone', () => {
  it('creates the workbook, checks it and goes to a finding without a mouse', async () => {
    const { page, errors } = await openPane(served);
    await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')
      ?? document.activeElement?.textContent?.trim() ?? '');

    await page.keyboard.press('Tab');
    expect(await focused()).toBe(paneText.tabs.workbook);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Acme Ltd');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Beta GmbH');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(paneText.workbook.create);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: paneText.workbook.repair }).waitFor({ timeout: 15000 });
    expect(await page.evaluate(() => [window.__fakeExcel.state.value('Start', 'B5'), window.__fakeExcel.state.value('Start', 'B8')]))
      .toEqual(['Acme Ltd', lists.model.values[0]]);

    await page.getByRole('tab', { name: paneText.tabs.workbook }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: paneText.tabs.check }).getAttribute('aria-selected')).toBe('true');
    // The Check tab's script arrives on demand; a person tabs on once its content shows.
    await page.getByRole('button', { name: paneText.check.run }).waitFor({ timeout: 15000 });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(paneText.check.run);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: paneText.check.again }).waitFor({ timeout: 15000 });
    // Past the filters by kind (Errors, Warnings, Notes) to the first finding that names its cell.
    let first = '';
    for (let stops = 0; stops < 6 && !/, [A-Z]+\d+:/.test(first); stops += 1) {
      await page.keyboard.press('Tab');
      first = await focused();
    }
    await page.keyboard.press('Enter');
    const cell = /, ([A-Z]+\d+):/.exec(first)?.[1];
    expect(cell).toBeDefined();
    await page.waitForFunction((address) => window.__fakeExcel.state.selection.address === address, cell, { timeout: 5000 });
    expect(errors).toEqual([]);
  });
});
