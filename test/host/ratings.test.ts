import { createWorkbook, readWorkbook } from '../../src/excel';
import { addRater } from '../../src/excel/ratings-add-rater';
import { importRatingForms } from '../../src/excel/ratings-import';
import { openAsNewWorkbook, opensNewWorkbooks } from '../../src/excel/new-workbook';
import { paneText } from '../../src/domain/strings/en/pane';
import { mergeText } from '../../src/domain/strings/en/rater-form';
import { formContent } from '../../src/forms/form-content';
import type { Side } from '../../src/forms/returned-form';
import { principlesTable } from '../../src/schema/principles';
import { ratingsTable } from '../../src/schema/ratings';
import { workbookSchema } from '../../src/schema/workbook';
import { jointAssessment, rowsByKey } from '../../src/scoring';
import { readRaterForm, writeRaterForm } from '../../src/xlsx/rater-form-file';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';
import { syncsOf } from './support/syncs';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

const MASTER = 'assessment-1';

async function assessment(workbookId = MASTER): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, { workbookId, start: { organisation: 'Acme Ltd', partners: 'Beta GmbH' } });
  return excel;
}

const ratingRows = async (excel: FakeExcel) => rowsByKey(await readWorkbook(excel.newContext(), workbookSchema), ratingsTable)
  .filter((row) => Object.values(row).some((v) => v !== null));
const criterionRefs = async (excel: FakeExcel) => rowsByKey(await readWorkbook(excel.newContext(), workbookSchema), principlesTable).map((r) => r.ref);

interface Fill {
  ref: string;
  rating?: string | number;
  comment?: string;
}

/**
 * A form made from the workbook in the fake, as the file that comes back: the rater's entries go
 * into the form's own cells as the writer fills rows (no spreadsheet program needed for that).
 */
async function returnedForm(excel: FakeExcel, rater: string, side: Side, formId: string, fills: Fill[], source = `${rater}.xlsx`) {
  const content = formContent(await readWorkbook(excel.newContext(), workbookSchema), { rater, side, formId });
  if ('problem' in content) throw new Error(content.problem);
  for (const { ref, ...entries } of fills) Object.assign(content.rows.find((row) => row.ref === ref) ?? {}, entries);
  return readRaterForm(await writeRaterForm(content), source);
}

describe('add a rater', () => {
  it('gives the rater one row per criterion with a blank Rating, in two syncs, the name written as text', async () => {
    const excel = await assessment();
    let added: Awaited<ReturnType<typeof addRater>> | undefined;
    expect(await syncsOf(excel, async () => { added = await addRater(excel.newContext(), workbookSchema, ' =Sam Lee ', 'Ours'); })).toBe(2);
    const refs = await criterionRefs(excel);
    expect(added).toEqual({ rater: '=Sam Lee', side: 'Ours', rows: refs.length, sheet: 'Ratings' });
    const rows = await ratingRows(excel);
    expect(rows.map((r) => r.ref)).toEqual(refs);
    expect(rows.every((r) => r.rater === '=Sam Lee' && r.side === 'Ours' && r.rating === null && r.form === null)).toBe(true);
    const firstRow = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblRatings.rows[0];
    expect(excel.state.formula('Ratings', firstRow.cells.Rater.address)).toBeUndefined();
  });

  it('refuses a blank name before reading, and a name the side already has in one sync, writing nothing', async () => {
    const excel = await assessment();
    await addRater(excel.newContext(), workbookSchema, 'Sam Lee', 'Ours');
    const before = await ratingRows(excel);
    let syncs = await syncsOf(excel, () => expect(addRater(excel.newContext(), workbookSchema, '  ', 'Ours')).rejects.toThrow(paneText.raters.nameMissing));
    expect(syncs).toBe(0);
    syncs = await syncsOf(excel, () => expect(addRater(excel.newContext(), workbookSchema, 'sam lee', 'Ours'))
      .rejects.toThrow(paneText.raters.nameTaken('sam lee', 'Ours')));
    expect(syncs).toBe(1);
    expect(await ratingRows(excel)).toEqual(before);
    await addRater(excel.newContext(), workbookSchema, 'Sam Lee', 'Partner');
    expect((await ratingRows(excel)).length).toBe(2 * before.length);
  });

  it('lets two co-authors add themselves at the same moment, below the table and never with TableRowCollection.add', async () => {
    const alex = await assessment();
    const bea = alex.coauthor();
    // Both read the table before either writes, as two people clicking Add rater together.
    await Promise.all([addRater(alex.newContext(), workbookSchema, 'Alex', 'Ours'), addRater(bea.newContext(), workbookSchema, 'Bea', 'Partner')]);
    expect(alex.conflicts).toEqual([]);
    const rows = await ratingRows(alex);
    const refs = await criterionRefs(alex);
    expect(rows.filter((r) => r.rater === 'Alex').map((r) => r.ref)).toEqual(refs);
    expect(rows.filter((r) => r.rater === 'Bea' && r.side === 'Partner').map((r) => r.ref)).toEqual(refs);
  });
});

describe('import returned forms', () => {
  it('writes each form\'s ratings with its Form id in two syncs, and importing it again changes nothing', async () => {
    const excel = await assessment();
    const ann = await returnedForm(excel, 'Ann Lee', 'Ours', 'form-a', [{ ref: 'P01.1', rating: 3, comment: 'Named contact' }, { ref: 'P01.2', rating: 'N/A' }]);
    const ben = await returnedForm(excel, 'Ben Roy', 'Partner', 'form-b', [{ ref: 'P01.1', rating: 1 }, { ref: 'P01.2', rating: 7 }]);
    let imported: Awaited<ReturnType<typeof importRatingForms>> | undefined;
    expect(await syncsOf(excel, async () => { imported = await importRatingForms(excel.newContext(), workbookSchema, [ann, ben]); })).toBe(2);
    const benRating = ben.rows!.find((r) => r.ref.value === 'P01.2')!.rating;
    expect(imported?.invalid).toEqual([mergeText.badRating('Ben Roy.xlsx', `'${benRating.sheet}'!${benRating.cell}`, '7')]);
    expect(imported?.merged.map((m) => [m.rater, m.side, m.rows, m.replaced])).toEqual([['Ann Lee', 'Ours', 2, 0], ['Ben Roy', 'Partner', 1, 0]]);
    const rows = await ratingRows(excel);
    expect(rows).toEqual([
      { rater: 'Ann Lee', side: 'Ours', ref: 'P01.1', rating: 3, comment: 'Named contact', form: 'form-a' },
      { rater: 'Ann Lee', side: 'Ours', ref: 'P01.2', rating: 'N/A', comment: null, form: 'form-a' },
      { rater: 'Ben Roy', side: 'Partner', ref: 'P01.1', rating: 1, comment: null, form: 'form-b' },
    ]);
    const gap = jointAssessment(await readWorkbook(excel.newContext(), workbookSchema)).principles.find((p) => p.ref === 'P01');
    expect(gap?.perceptionGap).toBeCloseTo(2);
    expect(await syncsOf(excel, () => importRatingForms(excel.newContext(), workbookSchema, [ann, ben]))).toBe(2);
    expect(await ratingRows(excel)).toEqual(rows);
  });

  it('refuses a form of another assessment with the reason, writing nothing, in one sync', async () => {
    const other = await assessment('assessment-2');
    const stranger = await returnedForm(other, 'Cy Dunn', 'Ours', 'form-c', [{ ref: 'P01.1', rating: 2 }]);
    const excel = await assessment();
    let imported: Awaited<ReturnType<typeof importRatingForms>> | undefined;
    expect(await syncsOf(excel, async () => { imported = await importRatingForms(excel.newContext(), workbookSchema, [stranger]); })).toBe(1);
    expect(imported?.refused).toEqual([mergeText.otherAssessment('Cy Dunn.xlsx', 'assessment-2', MASTER)]);
    expect(imported?.merged).toEqual([]);
    expect(await ratingRows(excel)).toEqual([]);
  });
});

describe('a rater form opened as a new workbook', () => {
  const opening = (excel: FakeExcel) => {
    (globalThis as unknown as { Excel: Record<string, unknown> }).Excel.createWorkbook = (base64?: string) => excel.createWorkbook(base64);
  };

  it('opens the form\'s own bytes in an Excel with ExcelApi 1.8', async () => {
    const excel = await assessment();
    opening(excel);
    const content = formContent(await readWorkbook(excel.newContext(), workbookSchema), { rater: 'Ann Lee', side: 'Ours', formId: 'form-a' });
    if ('problem' in content) throw new Error(content.problem);
    const bytes = await writeRaterForm(content);
    expect(opensNewWorkbooks(excel.supports)).toBe(true);
    await openAsNewWorkbook(bytes);
    expect(excel.newWorkbooks).toEqual([bytes]);
    expect(readRaterForm(excel.newWorkbooks[0], 'opened').rater?.value).toBe('Ann Lee');
  });

  it('is refused by an older Excel, which the pane asks about first', async () => {
    const excel = createFakeExcel({ excelApi: '1.7' });
    opening(excel);
    expect(opensNewWorkbooks(excel.supports)).toBe(false);
    await expect(openAsNewWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(excel.newWorkbooks).toEqual([]);
  });
});
