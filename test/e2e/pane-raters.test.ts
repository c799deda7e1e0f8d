/**
 * The Raters tab, used by keyboard as a person would: add a rater for the shared workbook, make a
 * rater form (opened as a new workbook), import returned forms made by our own writer, and see the
 * perception gap in words.
 */
import { readFileSync } from 'fs';
import { createWorkbook, readWorkbook } from '../../src/excel';
import { addRater } from '../../src/excel/ratings-add-rater';
import { importRatingForms } from '../../src/excel/ratings-import';
import { paneText } from '../../src/domain/strings/en/pane';
import { readText } from '../../src/domain/strings/en/read';
import { mergeText } from '../../src/domain/strings/en/rater-form';
import { formContent } from '../../src/forms/form-content';
import { cellName, type Side } from '../../src/forms/returned-form';
import { workbookSchema } from '../../src/schema/workbook';
import { jointAssessment } from '../../src/scoring';
import { gapSentence } from '../../src/taskpane/gap-sentence';
import { readRaterForm, writeRaterForm } from '../../src/xlsx/rater-form-file';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from '../host/fake-excel';
import { focused, looksRight, openPane, typeCells } from './support/pane-page';
import { servedPane } from './support/served-pane';

const served = servedPane();
const text = paneText.raters;
/** The id fake-office.ts gives the workbook it creates before the pane opens. */
const WORKBOOK_ID = '5f0c3c1e-2b7a-4c3d-9e1f-0a1b2c3d4e5f';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let restore: () => void;
let master: FakeExcel;
beforeAll(async () => {
  restore = installExcelGlobals();
  master = createFakeExcel();
  await createWorkbook(master.context, workbookSchema, { workbookId: WORKBOOK_ID });
});
afterAll(() => restore());

/** A returned form for the workbook the pane has, made by our writer, with the rater's ratings by Ref. */
async function returned(rater: string, side: Side, formId: string, ratings: Record<string, number | string>): Promise<Buffer> {
  const content = formContent(await readWorkbook(master.newContext(), workbookSchema), { rater, side, formId });
  if ('problem' in content) throw new Error(content.problem);
  for (const row of content.rows) if (String(row.ref) in ratings) row.rating = ratings[String(row.ref)];
  return Buffer.from(await writeRaterForm(content));
}

describe('the Raters tab', () => {
  it('adds a rater, makes a form, imports returned forms and shows the gap, by keyboard, without what the older Edge lacks', async () => {
    // EdgeHTML, which some Excel builds with ExcelApi 1.9 still use, has no TextEncoder, TextDecoder or Blob.arrayBuffer.
    const beforePane = () => {
      const scope = window as unknown as Record<string, unknown>;
      delete scope.TextEncoder;
      delete scope.TextDecoder;
      delete (Blob.prototype as unknown as Record<string, unknown>).arrayBuffer;
    };
    const { page, errors } = await openPane(served, { office: { created: true }, beforePane });
    await page.getByRole('tab', { name: paneText.tabs.workbook }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe(paneText.tabs.raters);
    await page.keyboard.press('Enter');
    await page.getByText(text.noRatings).waitFor({ timeout: 15000 });
    await looksRight(page, errors, 'raters-empty');

    await page.getByLabel(text.name).focus();
    await page.keyboard.type('Sam Lee');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: text.sidePartner }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(text.add);
    await page.keyboard.press('Enter');
    const refs = jointAssessment(await readWorkbook(master.newContext(), workbookSchema)).criteria.map((c) => c.ref);
    await page.getByText(text.added('Sam Lee', 'Partner', refs.length, 'Ratings')).waitFor({ timeout: 15000 });
    const samRows = await page.evaluate(() => [...window.__fakeExcel.state.sheet('Ratings').cells.values()].filter((c) => c.value === 'Sam Lee').length);
    expect(samRows).toBe(refs.length);
    expect(await focused(page)).toBe(text.add);
    await page.keyboard.press('Enter');
    await page.getByText(text.nameTaken('Sam Lee', 'Partner')).waitFor({ timeout: 15000 });

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(text.makeForm);
    await page.keyboard.press('Enter');
    await page.getByText(text.formOpened('Sam Lee')).waitFor({ timeout: 15000 });
    const opened = await page.evaluate(() => window.__fakeExcel.newWorkbooks.map((b) => Array.from(b)));
    expect(opened).toHaveLength(1);
    const form = readRaterForm(new Uint8Array(opened[0]), 'opened.xlsx');
    expect([form.rater?.value, form.side?.value, form.workbookId]).toEqual(['Sam Lee', 'Partner', WORKBOOK_ID]);

    const [first, second] = refs;
    const ann = await returned('Ann Lee', 'Ours', 'form-ann', { [first]: 4, [second]: 3 });
    const ben = await returned('Ben Roy', 'Partner', 'form-ben', { [first]: 2, [second]: 7 });
    const other = createFakeExcel();
    await createWorkbook(other.context, workbookSchema, { workbookId: 'another-assessment' });
    const stranger = formContent(await readWorkbook(other.newContext(), workbookSchema), { rater: 'Cy Dunn', side: 'Ours', formId: 'form-cy' });
    if ('problem' in stranger) throw new Error(stranger.problem);
    const forms = [
      { name: 'ann.xlsx', mimeType: XLSX, buffer: ann },
      { name: 'ben.xlsx', mimeType: XLSX, buffer: ben },
      { name: 'cy.xlsx', mimeType: XLSX, buffer: Buffer.from(await writeRaterForm(stranger)) },
    ];
    const ratingRows = () => page.evaluate(() => [...window.__fakeExcel.state.sheet('Ratings').cells.values()].filter((c) => c.value !== null).length);
    const rowsBefore = await ratingRows();
    // As merge does, a file that is no form stops the import: nothing of the others lands either.
    await page.locator('#returned-forms').setInputFiles([...forms, { name: 'notes.xlsx', mimeType: XLSX, buffer: Buffer.from('Just some notes') }]);
    await page.getByText(text.importStopped).waitFor({ timeout: 30000 });
    await page.getByText(text.unreadable('notes.xlsx', readText.notXlsx)).waitFor();
    expect(await ratingRows()).toBe(rowsBefore);

    await page.locator('#returned-forms').setInputFiles(forms);
    await page.getByText(text.importDone(3, 2)).waitFor({ timeout: 30000 });
    await page.getByText(mergeText.otherAssessment('cy.xlsx', 'another-assessment', WORKBOOK_ID)).waitFor();
    expect(await page.getByText(text.unreadable('notes.xlsx', readText.notXlsx)).count()).toBe(0);
    const seven = readRaterForm(new Uint8Array(ben), 'ben.xlsx').rows!.find((r) => r.ref.value === second)!.rating;
    await page.getByText(mergeText.badRating('ben.xlsx', cellName(seven), '7')).waitFor();

    // The same rater and forms added to a copy of the workbook here give the figures the pane should say.
    await addRater(master.newContext(), workbookSchema, 'Sam Lee', 'Partner');
    await importRatingForms(master.newContext(), workbookSchema, [readRaterForm(new Uint8Array(ann), 'ann.xlsx'), readRaterForm(new Uint8Array(ben), 'ben.xlsx')]);
    const principle = jointAssessment(await readWorkbook(master.newContext(), workbookSchema)).principles[0];
    expect(principle.perceptionGap).toBeGreaterThan(0);
    await page.getByText(gapSentence(principle) as string).waitFor({ timeout: 15000 });
    await looksRight(page, errors, 'raters-imported');

    // Sam rates on the sheet itself; the gap follows once the pane reads the ratings again.
    const samRating = (await readWorkbook(master.newContext(), workbookSchema)).tables.tblRatings.rows
      .find((r) => r.cells.Rater.value === 'Sam Lee')!.cells.Rating.address;
    master.state.typeCell('Ratings', samRating, '0');
    await typeCells(page, 'Ratings', [[samRating, '0']]);
    const after = jointAssessment(await readWorkbook(master.newContext(), workbookSchema)).principles[0];
    expect(gapSentence(after)).not.toBe(gapSentence(principle));
    await page.getByRole('button', { name: text.refreshGap }).click();
    await page.getByText(gapSentence(after) as string).waitFor({ timeout: 15000 });
    await page.close();
  });

  it('offers the form as a file to save when Excel does not open it as a new workbook', async () => {
    const { page, errors } = await openPane(served, { office: { created: true, createWorkbookFails: true } });
    await page.getByRole('tab', { name: paneText.tabs.raters }).click();
    await page.getByLabel(text.name).fill('Ann Lee');
    await page.getByRole('button', { name: text.makeForm }).click();
    const link = page.getByRole('link', { name: text.saveForm(text.formFile('Ann Lee')) });
    await link.waitFor({ timeout: 15000 });
    await page.getByText(text.formNotOpened(text.formFile('Ann Lee'))).waitFor();
    expect(await focused(page)).toBe(text.saveForm(text.formFile('Ann Lee')));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Ann Lee rating form.xlsx');
    const form = readRaterForm(new Uint8Array(readFileSync(await download.path())), 'saved.xlsx');
    expect([form.rater?.value, form.side?.value, form.workbookId]).toEqual(['Ann Lee', 'Ours', WORKBOOK_ID]);
    await looksRight(page, errors, 'raters-form-file');
    await page.close();
  });
});
