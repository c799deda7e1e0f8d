/**
 * A pane in the fake Excel as a person sees it: opened at 320 px with optional steps before the
 * pane's scripts run, and each state looked at the way every pane test looks at it.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { paneText } from '../../../src/domain/strings/en/pane';
import { workbookText } from '../../../src/domain/strings/en/workbook';
import { cellAddress } from '../../../src/schema/address';
import { lists } from '../../../src/schema/lists';
import { initialRowCount, workbookSchema } from '../../../src/schema/workbook';
import { type AxeViolation, offlinePage, screenshotDir, seriousAccessibilityViolations } from './browser';
import type { FakeOfficeOptions } from './fake-office';
import type { ServedPane } from './served-pane';

export interface OpenOptions {
  office?: FakeOfficeOptions;
  /** Runs in the page after the fake Office is there and before the pane starts, as `page.addInitScript` does. */
  beforePane?: () => void;
  /** Fake timers from the start, so a test can move time on with `page.clock.fastForward`. */
  clock?: boolean;
}

/** The pane at 320 × 720 in a fake Excel: office.js from the CDN is an empty script, so the fake Office stays. */
export async function openPane(served: ServedPane, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await offlinePage(served.browser);
  const errors: string[] = [];
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  if (options.clock) await page.clock.install();
  await page.addInitScript((given) => { window.__fakeOfficeOptions = given; }, options.office ?? {});
  await page.addInitScript({ path: served.fakeOffice });
  if (options.beforePane) await page.addInitScript(options.beforePane);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${served.server.url}taskpane.html`);
  return { page, errors };
}

/**
 * Fluent UI's focus manager (Tabster) puts zero-size, aria-hidden sentinels with tabindex 0 at the
 * edges of focus groups; when reached they move focus on at once, so no one ever rests on them.
 * axe cannot know that, so those nodes alone are set aside; every other node still counts.
 */
function withoutTabsterSentinels(violations: AxeViolation[]): AxeViolation[] {
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(n as { html?: string }).html?.includes('data-tabster-dummy')) }))
    .filter((v) => v.nodes.length > 0);
}

/** Each state: no page errors, no horizontal scrolling, no serious accessibility violation, a screenshot. */
export async function looksRight(page: Page, errors: string[], name: string, { contrastByAxe = true } = {}) {
  expect(errors).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(screenshotDir, `pane-${name}.png`), fullPage: true });
  const violations = (await seriousAccessibilityViolations(page)).filter((v) => contrastByAxe || v.id !== 'color-contrast');
  expect(withoutTabsterSentinels(violations).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Fills in the start form as a person would and creates the workbook. */
export async function fillInAndCreate(page: Page) {
  await page.getByLabel(workbookText.details.organisation).fill('Acme Ltd');
  await page.getByLabel(workbookText.details.partners).fill('Beta GmbH');
  await page.getByLabel(workbookText.details.relationship).fill('Joint bid for the harbour project');
  await page.getByRole('combobox', { name: workbookText.details.collaborationModel }).selectOption(String(lists.model.values[0]));
  await page.getByRole('combobox', { name: workbookText.details.lifecycleStage }).selectOption(String(lists.stage.values[1]));
  await page.getByRole('button', { name: paneText.workbook.create }).click();
}

/** The first data cell of a declared column, as the workbook is created, and the rows the table starts with. */
export function firstCell(tableName: string, key: string): { sheet: string; address: string; rows: number } {
  const placed = workbookSchema.tables.find((p) => p.table.name === tableName);
  if (!placed) throw new Error(`No table ${tableName}`);
  const column = placed.firstColumn + placed.table.columns.findIndex((c) => c.key === key);
  return { sheet: placed.table.sheet, address: cellAddress(column, placed.headerRow + 1), rows: initialRowCount(placed.table) };
}

/** What has focus, as a person would name it: its accessible label, else its text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '(the page)';
    return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '';
  });
}

/** Every data cell of a declared column, as the workbook is created. */
export function columnCells(tableName: string, key: string): { sheet: string; addresses: string[] } {
  const placed = workbookSchema.tables.find((p) => p.table.name === tableName);
  if (!placed) throw new Error(`No table ${tableName}`);
  const column = placed.firstColumn + placed.table.columns.findIndex((c) => c.key === key);
  const rows = initialRowCount(placed.table);
  return { sheet: placed.table.sheet, addresses: Array.from({ length: rows }, (_, i) => cellAddress(column, placed.headerRow + 1 + i)) };
}

/** Types values into cells as a person (or a paste) would, bypassing Excel's dropdown validation. */
export async function typeCells(page: Page, sheet: string, typed: Array<[string, string]>): Promise<void> {
  await page.evaluate(({ on, cells }) => cells.forEach(([address, value]) => window.__fakeExcel.state.typeCell(on, address, value)),
    { on: sheet, cells: typed });
}

/**
 * Text whose colour, as the browser draws it now, stands at less than 4.5:1 against the nearest
 * background behind it. In forced colours axe cannot judge this: it takes the foreground from
 * -webkit-text-fill-color, which forced colours leave alone, and the background from the forced
 * colour (axe-core issue 3978, axe-core-npm issue 1067), so it reports every text as failing.
 */
async function textBelowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const backgroundOf = (element: Element | null): number[] => {
      for (let e = element; e; e = e.parentElement) {
        const rgba = channels(getComputedStyle(e).backgroundColor);
        if (rgba.length === 3 || (rgba.length === 4 && rgba[3] > 0)) return rgba;
      }
      return channels(getComputedStyle(document.documentElement).backgroundColor);
    };
    const failures: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const ownText = Array.from(element.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const box = element.getBoundingClientRect();
      if (!ownText || box.width === 0 || box.height === 0) continue;
      const [fore, back] = [luminance(channels(getComputedStyle(element).color)), luminance(backgroundOf(element))];
      const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      if (ratio < 4.5) failures.push(`${element.textContent?.trim().slice(0, 40)}: ${ratio.toFixed(2)}`);
    }
    return failures;
  });
}

/** The judgement with forced colours on; the caller has turned them on. */
export async function looksRightInForcedColours(page: Page, errors: string[], name: string): Promise<void> {
  await looksRight(page, errors, name, { contrastByAxe: false });
  expect(await textBelowContrast(page)).toEqual([]);
}

/** The same judgement as it is now, then with Windows high contrast on (forced colours, dark), then back. */
export async function looksRightInForcedColoursToo(page: Page, errors: string[], name: string): Promise<void> {
  await looksRight(page, errors, name);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  try {
    await looksRightInForcedColours(page, errors, `${name}-forced-colours`);
  } finally {
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  }
}

/**
 * Waits until the pane listens for edits on a sheet. Excel tells an add-in only of edits made after
 * its handler was added, so a test that edits before then tests nothing the person meets (after
 * Create or Repair the pane starts listening again, a moment after it says the work is done).
 */
export async function untilListening(page: Page, sheet: string): Promise<void> {
  await page.waitForFunction((on) => window.__fakeExcel.listening(on) > 0, sheet, { polling: 50, timeout: 15000 });
}
