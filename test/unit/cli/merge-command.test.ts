import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { exampleEntries } from '../../../src/schema/example';
import { ratingsTable } from '../../../src/schema/ratings';
import { workbookSchema } from '../../../src/schema/workbook';
import { rowsByKey } from '../../../src/scoring';
import { readRaterForm } from '../../../src/xlsx/rater-form-file';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { fillForm, type Fill } from '../../support/rater-forms';
import { scratchFolder } from '../../support/scratch-folder';

const partnering = partneringOn('2026-06-15');
const scratch = scratchFolder('merge');

let master: Uint8Array;
let otherMaster: Uint8Array;
beforeAll(async () => {
  master = await writeWorkbook(workbookSchema, { workbookId: 'assessment-1', ...exampleEntries('2026-03-31') });
  otherMaster = await writeWorkbook(workbookSchema, { workbookId: 'assessment-2', ...exampleEntries('2026-03-31') });
});

/** A form made for the rater with `partnering form`, then filled in as the rater would. */
async function returned(from: string, rater: string, side: string, fills: Fill[]): Promise<string> {
  const name = path.join(scratch.path, `${rater.split(' ')[0].toLowerCase()}-${side}.xlsx`);
  const made = await partnering('form', from, '--rater', rater, '--side', side, '--out', name);
  if (made.code !== 0) throw new Error(made.problems.join('\n'));
  return scratch.file(path.basename(name), await fillForm(new Uint8Array(readFileSync(name)), fills));
}
/** tblRatings' rows down to the last one with anything in it (the table starts with empty rows to type in). */
const ratings = (file: string) => {
  const rows = rowsByKey(readWorkbookData(new Uint8Array(readFileSync(file))), ratingsTable);
  const last = rows.map((r) => Object.values(r).some((v) => v !== null && v !== '')).lastIndexOf(true);
  return rows.slice(0, last + 1);
};
const formIdOf = (file: string) => readRaterForm(new Uint8Array(readFileSync(file)), file).formId;
const cellOf = (file: string, ref: string) => {
  const row = readRaterForm(new Uint8Array(readFileSync(file)), file).rows?.find((r) => r.ref.value === ref);
  return `'${row?.rating.sheet}'!${row?.rating.cell}`;
};

describe('partnering merge', () => {
  it('imports each form\'s ratings and comments into tblRatings, lists the values it refused at their cells, and keeps the assessment', async () => {
    const source = scratch.file('assessment.xlsx', master);
    const ann = await returned(source, 'Ann Lee', 'ours', [{ ref: 'P01.1', rating: 3, comment: 'Named contact' }, { ref: 'P01.2', rating: 'n/a' }]);
    const bo = await returned(source, 'Bo Chan', 'ours', [{ ref: 'P01.1', rating: '4' }, { ref: 'P01.2', rating: 2.5 }]);
    const raj = await returned(source, 'Raj Patel', 'partner', [{ ref: 'P01.1', rating: 1 }, { ref: 'P01.3', comment: 'Not seen yet' }]);
    const out = path.join(scratch.path, 'merged.xlsx');

    const run = await partnering('merge', source, ann, bo, raj, '--out', out);

    expect(run.code).toBe(1);
    expect(ratings(out)).toEqual([
      { rater: 'Ann Lee', side: 'Ours', ref: 'P01.1', rating: 3, comment: 'Named contact', form: formIdOf(ann) },
      { rater: 'Ann Lee', side: 'Ours', ref: 'P01.2', rating: 'N/A', comment: null, form: formIdOf(ann) },
      { rater: 'Bo Chan', side: 'Ours', ref: 'P01.1', rating: 4, comment: null, form: formIdOf(bo) },
      { rater: 'Raj Patel', side: 'Partner', ref: 'P01.1', rating: 1, comment: null, form: formIdOf(raj) },
      { rater: 'Raj Patel', side: 'Partner', ref: 'P01.3', rating: null, comment: 'Not seen yet', form: formIdOf(raj) },
    ]);
    expect(run.problems).toEqual([
      'partnering: 1 value was not imported:',
      `  ${bo}: ${cellOf(bo, 'P01.2')}: Rating must be a whole number 0–4 or N/A, found "2.5"; not imported.`,
    ]);
    expect(run.printed).toEqual([
      'Merged 3 forms into the Ratings sheet: wrote ' + out + '.',
      `  - ${ann}: Ann Lee (Ours), 2 rows`,
      `  - ${bo}: Bo Chan (Ours), 1 row`,
      `  - ${raj}: Raj Patel (Partner), 2 rows`,
      'Everything else was kept as it was: every entry, and your own sheets, cells, columns, names, comments, charts, widths and protection (compared before writing).',
    ]);
    expect(readFileSync(source)).toEqual(Buffer.from(master));
    const before = readWorkbookData(master);
    const after = readWorkbookData(new Uint8Array(readFileSync(out)));
    expect(rowsByKey(after, workbookSchema.tables[0].table)).toEqual(rowsByKey(before, workbookSchema.tables[0].table));
  });

  it('changes nothing when the same forms are merged again, and puts a corrected copy in the place of its rows', async () => {
    const source = scratch.file('assessment.xlsx', master);
    const ann = await returned(source, 'Ann Lee', 'ours', [{ ref: 'P01.1', rating: 3 }, { ref: 'P01.2', rating: 2 }]);
    const raj = await returned(source, 'Raj Patel', 'partner', [{ ref: 'P01.1', rating: 1 }]);
    expect((await partnering('merge', source, ann, raj, '--in-place')).code).toBe(0);
    const once = ratings(source);
    const bytes = readFileSync(source);

    const again = await partnering('merge', source, ann, raj, '--in-place');

    expect(again.code).toBe(0);
    expect(again.printed[0]).toBe(`${source}: the Ratings sheet already holds what these 2 forms say; nothing was written.`);
    expect(readFileSync(source)).toEqual(bytes);
    expect(ratings(source)).toEqual(once);

    const corrected = scratch.file('ann-corrected.xlsx', await fillForm(new Uint8Array(readFileSync(ann)), [{ ref: 'P01.2', rating: '' }, { ref: 'P01.1', rating: 4 }]));
    const third = await partnering('merge', source, corrected, '--in-place');
    expect(third.printed[1]).toBe(`  - ${corrected}: Ann Lee (Ours), 1 row, in place of the 2 this form gave before`);
    expect(ratings(source).map((r) => [r.rater, r.ref, r.rating])).toEqual([['Ann Lee', 'P01.1', 4], [null, null, null], ['Raj Patel', 'P01.1', 1]]);
  });

  it('refuses a form of another assessment and imports nothing of it', async () => {
    const source = scratch.file('assessment.xlsx', master);
    const stranger = await returned(scratch.file('other.xlsx', otherMaster), 'Zoe Ng', 'ours', [{ ref: 'P01.1', rating: 2 }]);
    const out = path.join(scratch.path, 'merged.xlsx');

    const run = await partnering('merge', source, stranger, '--out', out);

    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      `partnering: ${stranger}: this form belongs to another assessment (id assessment-2), not to this one (id assessment-1); nothing of it was imported. Make the rater a form from this workbook.`,
      'partnering: No form could be merged; nothing was written.',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('with --anonymous writes Rater 1, Rater 2 … and no rater\'s name anywhere in the file, comments kept', async () => {
    const source = scratch.file('assessment.xlsx', master);
    const ann = await returned(source, 'Annika Lindqvist', 'ours', [{ ref: 'P01.1', rating: 3, comment: 'Works well' }]);
    const raj = await returned(source, 'Rajesh Patel', 'partner', [{ ref: 'P01.1', rating: 1 }]);
    const out = path.join(scratch.path, 'merged.xlsx');

    const run = await partnering('merge', source, ann, raj, '--out', out, '--anonymous');

    expect(run.code).toBe(0);
    expect(ratings(out).map((r) => [r.rater, r.comment])).toEqual([['Rater 1', 'Works well'], ['Rater 2', null]]);
    for (const [part, bytes] of Object.entries(unzipSync(readFileSync(out)))) {
      const text = strFromU8(bytes);
      for (const name of ['Annika', 'Lindqvist', 'Rajesh', 'Patel']) expect([part, text.includes(name)]).toEqual([part, false]);
    }
    expect(run.output).not.toMatch(/Annika|Rajesh/);
  });

  it('writes nothing when a form cannot be read, with exit 2', async () => {
    const source = scratch.file('assessment.xlsx', master);
    const ann = await returned(source, 'Ann Lee', 'ours', [{ ref: 'P01.1', rating: 3 }]);
    const out = path.join(scratch.path, 'merged.xlsx');

    const run = await partnering('merge', source, ann, source, '--out', out);

    expect(run.code).toBe(2);
    expect(run.problems).toEqual([
      `${source}: this is not a rater form (made with partnering form): it has no table of criteria to rate and no form version.`,
      'Nothing was written: fix or leave out the file above, then run the command again.',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('never writes over a form it reads, nor over the assessment without --in-place', async () => {
    const source = scratch.file('assessment.xlsx', master);
    const ann = await returned(source, 'Ann Lee', 'ours', [{ ref: 'P01.1', rating: 3 }]);
    const annBytes = readFileSync(ann);

    const onForm = await partnering('merge', source, ann, '--out', ann, '--force');
    const onSource = await partnering('merge', source, ann, '--out', source, '--force');
    const noForms = await partnering('merge', source, '--in-place');

    expect([onForm.code, onSource.code, noForms.code]).toEqual([2, 2, 2]);
    expect(onForm.problems[0]).toContain('one of the workbooks this command reads');
    expect(onSource.problems).toEqual([`partnering: merge: --out ${source} is the workbook being read. Use --in-place to change it, or choose another name.`]);
    expect(noForms.problems).toEqual(['partnering: merge: give at least one returned form after the assessment.']);
    expect(readFileSync(ann)).toEqual(annBytes);
    expect(readFileSync(source)).toEqual(Buffer.from(master));
  });
});
