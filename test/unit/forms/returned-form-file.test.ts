import { strFromU8, unzipSync, zipSync } from 'fflate';
import { exampleEntries } from '../../../src/schema/example';
import { workbookSchema } from '../../../src/schema/workbook';
import { formContent } from '../../../src/forms/form-content';
import { readRaterForm, writeRaterForm } from '../../../src/xlsx/rater-form-file';
import { readWorkbookData, WorkbookReadError } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { fillForm } from '../../support/rater-forms';

let master: Uint8Array;
let blank: Uint8Array;
beforeAll(async () => {
  master = await writeWorkbook(workbookSchema, { workbookId: 'assessment-1', ...exampleEntries('2026-03-31') });
  const content = formContent(readWorkbookData(master), { rater: 'Ann Lee', side: 'Ours', formId: 'form-a' });
  if ('problem' in content) throw new Error(content.problem);
  blank = await writeRaterForm(content);
});

const fills = [
  { ref: 'P01.1', rating: 3, comment: 'Named contact since May' },
  { ref: 'P01.2', rating: '2' },
  { ref: 'P01.3', rating: 'n/a' },
  { ref: 'P02.1', rating: 7 },
  { ref: 'P02.2', rating: 'good' },
];

/** What a merge sees of a form: each row with a Rating or a Comment, by Ref, and the ids and rater. */
function seen(bytes: Uint8Array) {
  const form = readRaterForm(bytes, 'ann.xlsx');
  return {
    ids: [form.workbookId, form.formId], rater: form.rater?.value, side: form.side?.value,
    rows: (form.rows ?? []).filter((r) => r.rating.value !== null || r.comment.value !== null)
      .map((r) => [r.ref.value, r.rating.value, r.comment.value, r.rating.cell]),
  };
}

describe('a returned rater form', () => {
  it('reads back the ratings as typed, each at its cell, with both ids and the rater', async () => {
    const filled = seen(await fillForm(blank, fills));
    expect(filled.ids).toEqual(['assessment-1', 'form-a']);
    expect([filled.rater, filled.side]).toEqual(['Ann Lee', 'Ours']);
    expect(filled.rows.map(([ref, rating, comment]) => [ref, rating, comment])).toEqual([
      ['P01.1', 3, 'Named contact since May'], ['P01.2', '2', null], ['P01.3', 'n/a', null], ['P02.1', 7, null], ['P02.2', 'good', null],
    ]);
    expect(filled.rows[0][3]).toMatch(/^E\d+$/);
  });

  it('reads the same from the ids on the sheet when a program dropped its document properties (as openpyxl does)', async () => {
    const filled = await fillForm(blank, fills);
    const parts = unzipSync(filled);
    delete parts['docProps/custom.xml'];
    const stripped = zipSync(parts);
    expect(strFromU8(stripped, true)).not.toContain('PartneringFormOf');

    expect(seen(stripped)).toEqual(seen(filled));
  });

  it('refuses an assessment given in place of a form, in words', () => {
    expect(() => readRaterForm(master, 'assessment.xlsx')).toThrow(new WorkbookReadError('not-partnering',
      'this is not a rater form (made with partnering form): it has no table of criteria to rate and no form version.'));
  });
});
