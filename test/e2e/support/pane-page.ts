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
export async function looksRight(page: Page, errors: string[], name: string) {
  expect(errors).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(screenshotDir, `pane-${name}.png`), fullPage: true });
  const violations = await seriousAccessibilityViolations(page);
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
