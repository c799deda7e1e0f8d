/**
 * The pane creates a workbook that prints on the paper of the person's region: Letter for an Office
 * in US or Canadian English or French or Mexican Spanish, A4 elsewhere, read from
 * Office.context.displayLanguage.
 */
import type { Page } from 'playwright-core';
import { paneText } from '../../src/domain/strings/en/pane';
import { workbookSchema } from '../../src/schema/workbook';
import type { FakeOfficeOptions } from './support/fake-office';
import { fillInAndCreate, openPane } from './support/pane-page';
import { servedPane } from './support/served-pane';

const served = servedPane();

async function createdIn(office: FakeOfficeOptions): Promise<Page> {
  const { page, errors } = await openPane(served, { office });
  await page.getByRole('button', { name: paneText.workbook.create }).waitFor({ timeout: 15000 });
  await fillInAndCreate(page);
  await page.getByRole('button', { name: paneText.workbook.repair }).waitFor({ timeout: 15000 });
  expect(errors).toEqual([]);
  return page;
}

/** The paper of every sheet the schema sets up for printing, as the fake Excel holds it. */
const papers = (page: Page) => page.evaluate((names) => names.map((name) => window.__fakeExcel.state.sheet(name).pageLayout.paperSize),
  workbookSchema.sheets.filter((s) => s.page).map((s) => s.name));

describe('the paper a workbook created in the pane prints on', () => {
  it('is Letter in an Office displayed in Canadian French', async () => {
    const page = await createdIn({ displayLanguage: 'fr-CA' });
    expect(new Set(await papers(page))).toEqual(new Set(['Letter']));
    await page.close();
  });

  it('is A4 in an Office displayed in German', async () => {
    const page = await createdIn({ displayLanguage: 'de-DE' });
    expect(new Set(await papers(page))).toEqual(new Set(['A4']));
    await page.close();
  });
});
