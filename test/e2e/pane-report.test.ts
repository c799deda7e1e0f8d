/**
 * Create report in the pane, clicked as a person would: in Office on the web the .docx is made in
 * the pane and offered as a link to save; in Office on a Mac, which cannot save files from a pane,
 * the report is written to a Report sheet instead.
 */
import { readFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { paneText } from '../../src/domain/strings/en/pane';
import { reportText } from '../../src/domain/strings/en/report';
import type { FakeOfficeOptions } from './support/fake-office';
import { fillInAndCreate, looksRight, openPane } from './support/pane-page';
import { servedPane } from './support/served-pane';

const served = servedPane();
const ORGANISATION = 'Acme Ltd';

async function createdIn(office: FakeOfficeOptions): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPane(served, { office });
  await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
  await fillInAndCreate(page);
  await page.getByRole('button', { name: paneText.workbook.repair }).waitFor({ timeout: 15000 });
  await page.getByRole('tab', { name: paneText.tabs.actions }).click();
  await page.getByRole('button', { name: reportText.pane.create }).waitFor({ timeout: 15000 });
  return { page, errors };
}

describe('Create report', () => {
  it('offers the .docx to save in Office on the web, with the organisation in it', async () => {
    const { page, errors } = await createdIn({});
    await page.getByRole('button', { name: reportText.pane.create }).click();
    const link = page.getByRole('link', { name: /^Save .*\.docx$/ });
    await link.waitFor({ timeout: 30000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^Acme Ltd report \d{4}-\d{2}-\d{2}\.docx$/);
    const parts = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(strFromU8(parts['word/document.xml'])).toContain(ORGANISATION);
    expect(await page.evaluate(() => window.__fakeExcel.state.findSheet('Report') === undefined)).toBe(true);
    await looksRight(page, errors, 'report-file');
    await page.close();
  });

  it('writes the Report sheet in Office on a Mac, with the organisation on it', async () => {
    const { page, errors } = await createdIn({ platform: 'Mac' });
    await page.getByRole('button', { name: reportText.pane.create }).click();
    await page.getByText(reportText.pane.sheetWritten('Report')).waitFor({ timeout: 30000 });
    const texts = await page.evaluate(() => [...window.__fakeExcel.state.sheet('Report').cells.values()].map((c) => String(c.value ?? '')));
    expect(texts).toContain(ORGANISATION);
    expect(await page.getByRole('link', { name: /^Save / }).count()).toBe(0);
    await looksRight(page, errors, 'report-sheet');
    await page.close();
  });
});
