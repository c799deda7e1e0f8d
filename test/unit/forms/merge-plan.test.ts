import type { RawValue } from '../../../src/data/workbook-data';
import { planMerge, type MergeInput } from '../../../src/forms/merge-plan';
import { ratingOf, type ReturnedForm } from '../../../src/forms/returned-form';
import type { RowEntries } from '../../../src/schema/rows';

const SHEET = 'Rating form';
const REFS = ['P01.1', 'P01.2', 'P02.1', 'P02.2'];
const MASTER = 'assessment-1';

/** A returned form as a host read it: one row per Ref, Rating in column E and Comment in F from row 29. */
function form(source: string, formId: string, rater: string, side: RawValue, ratings: Array<[string, RawValue, RawValue?]>, workbookId = MASTER): ReturnedForm {
  return {
    source, workbookId, formId,
    rater: { sheet: SHEET, cell: 'C8', value: rater },
    side: { sheet: SHEET, cell: 'C9', value: side },
    rows: ratings.map(([ref, rating, comment], i) => ({
      ref: { sheet: SHEET, cell: `A${29 + i}`, value: ref },
      rating: { sheet: SHEET, cell: `E${29 + i}`, value: rating },
      comment: { sheet: SHEET, cell: `F${29 + i}`, value: comment ?? null },
    })),
  };
}

const master = (ratings: RowEntries[] = [{}]): MergeInput => ({ workbookId: MASTER, refs: REFS, ratings });
/** tblRatings after the plan is written: `{}` leaves a row as it was. */
const written = (before: RowEntries[], rows: RowEntries[]) => rows.map((row, i) => ({ ...(before[i] ?? {}), ...row }));
const blankRow = { rater: null, side: null, ref: null, rating: null, comment: null, form: null };

describe('reading a Rating as typed or re-saved', () => {
  it.each([
    [3, 3], ['3', 3], [' 4 ', 4], ['0', 0], [2.0, 2], ['N/A', 'N/A'], ['n/a', 'N/A'], ['N/a ', 'N/A'], [null, null], ['  ', null],
  ])('takes %j as %j', (value, rating) => expect(ratingOf(value as RawValue)).toBe(rating));

  it.each([[7], [2.5], ['good'], ['-1'], ['2.5'], [true], [{ error: '#N/A' }], ['NA']])('refuses %j', (value) => {
    expect(ratingOf(value as RawValue)).toBeUndefined();
  });
});

describe('planMerge', () => {
  it('writes each rated criterion with rater, side and form id, into the empty row first and then below, and lists invalid values at their cells', () => {
    const ann = form('ann.xlsx', 'form-a', 'Ann Lee', 'Ours', [['P01.1', 3, 'Minutes of May'], ['P01.2', 'n/a'], ['P02.1', null], ['P02.2', 7]]);

    const plan = planMerge(master(), [ann], { anonymous: false });

    expect(plan.rows).toEqual([
      { rater: 'Ann Lee', side: 'Ours', ref: 'P01.1', rating: 3, comment: 'Minutes of May', form: 'form-a' },
      { rater: 'Ann Lee', side: 'Ours', ref: 'P01.2', rating: 'N/A', comment: null, form: 'form-a' },
    ]);
    expect(plan.invalid).toEqual([`ann.xlsx: 'Rating form'!E32: Rating must be a whole number 0–4 or N/A, found "7"; not imported.`]);
    expect(plan.refused).toEqual([]);
    expect(plan.merged).toEqual([{ source: 'ann.xlsx', formId: 'form-a', rater: 'Ann Lee', side: 'Ours', rows: 2, replaced: 0 }]);
  });

  it('keeps a Comment given without a Rating, so nothing the rater wrote is lost', () => {
    const plan = planMerge(master(), [form('a.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', null, 'Cannot judge: new here']])], { anonymous: false });
    expect(plan.rows).toEqual([{ rater: 'Ann', side: 'Ours', ref: 'P01.1', rating: null, comment: 'Cannot judge: new here', form: 'form-a' }]);
  });

  it('changes nothing when the same forms are merged again', () => {
    const forms = [
      form('ann.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', 3], ['P01.2', 2]]),
      form('raj.xlsx', 'form-r', 'Raj', 'partner', [['P01.1', 1], ['P02.1', 'N/A', 'Not ours to judge']]),
    ];
    const typedHere: RowEntries = { rater: 'Lee', side: 'Ours', ref: 'P02.2', rating: 4, comment: null, form: null };
    const once = written([typedHere], planMerge(master([typedHere]), forms, { anonymous: false }).rows);

    const again = planMerge(master(once), forms, { anonymous: false });

    expect(written(once, again.rows)).toEqual(once);
    expect(once[0]).toEqual(typedHere);
    expect(once.map((r) => r.side)).toEqual(['Ours', 'Ours', 'Ours', 'Partner', 'Partner']);
    expect(again.merged.map((m) => m.replaced)).toEqual([2, 2]);
  });

  it('puts a corrected copy of a form in the place of its earlier rows and empties those it no longer needs', () => {
    const first = form('ann.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', 3], ['P01.2', 2], ['P02.1', 1]]);
    const other = form('raj.xlsx', 'form-r', 'Raj', 'Partner', [['P01.1', 1]]);
    const before = written([], planMerge(master([]), [first, other], { anonymous: false }).rows);
    const corrected = form('ann-v2.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', 4], ['P02.1', 'N/A']]);

    const plan = planMerge(master(before), [corrected], { anonymous: false });

    expect(written(before, plan.rows)).toEqual([
      { rater: 'Ann', side: 'Ours', ref: 'P01.1', rating: 4, comment: null, form: 'form-a' },
      { rater: 'Ann', side: 'Ours', ref: 'P02.1', rating: 'N/A', comment: null, form: 'form-a' },
      blankRow,
      { rater: 'Raj', side: 'Partner', ref: 'P01.1', rating: 1, comment: null, form: 'form-r' },
    ]);
  });

  it('refuses a form of another assessment whole and still merges the others', () => {
    const stranger = form('old.xlsx', 'form-x', 'Zoe', 'Ours', [['P01.1', 2]], 'assessment-2');
    const ann = form('ann.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', 3]]);

    const plan = planMerge(master(), [stranger, ann], { anonymous: false });

    expect(plan.refused).toEqual(['old.xlsx: this form belongs to another assessment (id assessment-2), not to this one (id assessment-1); nothing of it was imported. Make the rater a form from this workbook.']);
    expect(plan.rows.map((r) => r.rater)).toEqual(['Ann']);
  });

  it('writes Rater 1, Rater 2 … for the forms, each keeping its number when merged again, and no name', () => {
    const forms = [
      form('ann.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', 3]]),
      form('raj.xlsx', 'form-r', 'Raj', 'Partner', [['P01.1', 1]]),
    ];
    const once = written([], planMerge(master([]), forms, { anonymous: true }).rows);
    const later = planMerge(master(once), [form('kim.xlsx', 'form-k', 'Kim', 'Ours', [['P01.2', 2]]), forms[1]], { anonymous: true });
    const twice = written(once, later.rows);

    expect(twice.map((r) => [r.rater, r.form])).toEqual([['Rater 1', 'form-a'], ['Rater 2', 'form-r'], ['Rater 3', 'form-k']]);
    expect(JSON.stringify(twice)).not.toMatch(/Ann|Raj|Kim/);
    expect(later.merged.map((m) => m.rater)).toEqual(['Rater 3', 'Rater 2']);
  });

  it('refuses a copy of one form given to another rater, a Side that is neither, an empty Rater and a Ref the assessment lacks', () => {
    const ann = form('ann.xlsx', 'form-a', 'Ann', 'Ours', [['P01.1', 3]]);
    const copy = form('bob.xlsx', 'form-a', 'Bob', 'Ours', [['P01.1', 0]]);
    const sideless = form('kim.xlsx', 'form-k', 'Kim', 'Both', [['P01.1', 2]]);
    const nameless = form('anon.xlsx', 'form-n', '  ', 'Ours', [['P01.1', 2]]);
    const extra = form('lee.xlsx', 'form-l', 'Lee', 'Partner', [['P09.9', 2], ['P01.1', 4], ['P01.1', 1]]);

    const plan = planMerge(master(), [ann, copy, sideless, nameless, extra], { anonymous: false });

    expect(plan.refused).toEqual([
      'bob.xlsx: it has the same Form id as ann.xlsx but another rater (a copy of one form); nothing of it was imported. Make each rater a form of their own.',
      `kim.xlsx: 'Rating form'!C9: Side must be Ours or Partner, found "Both"; nothing of this form was imported.`,
      `anon.xlsx: 'Rating form'!C8: the Rater is empty; nothing of this form was imported. Fill in the rater's name, or merge with --anonymous.`,
    ]);
    expect(plan.invalid).toEqual([
      `lee.xlsx: 'Rating form'!A29: Ref "P09.9" is not a criterion of this assessment; that row was not imported.`,
      `lee.xlsx: 'Rating form'!A31: Ref "P01.1" appears twice in the form; only its first row was imported.`,
    ]);
    expect(plan.rows.map((r) => [r.rater, r.ref, r.rating])).toEqual([['Ann', 'P01.1', 3], ['Lee', 'P01.1', 4]]);
  });

  it('takes a blank Ref in the assessment for no criterion, so a form row without a Ref is not imported', () => {
    const blankRef = form('ann.xlsx', 'form-a', 'Ann', 'Ours', [['', 3], ['P01.1', 2]]);

    const plan = planMerge({ ...master(), refs: [...REFS, '', '  '] }, [blankRef], { anonymous: false });

    expect(plan.invalid).toEqual([`ann.xlsx: 'Rating form'!A29: Ref "" is not a criterion of this assessment; that row was not imported.`]);
    expect(plan.rows.map((r) => [r.rater, r.ref, r.rating])).toEqual([['Ann', 'P01.1', 2]]);
  });
});
