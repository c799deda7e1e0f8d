import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { Workbook } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { content } from '../../../src/domain/strings/en';
import { exampleEntries } from '../../../src/schema/example';
import { principlesTable } from '../../../src/schema/principles';
import { FORM_PROPERTIES, formRatingPrompt, ratingValues } from '../../../src/schema/rater-form';
import { VALIDATION_LIMITS } from '../../../src/schema/validation';
import { workbookSchema } from '../../../src/schema/workbook';
import { rowsByKey } from '../../../src/scoring';
import { readRaterForm } from '../../../src/xlsx/rater-form-file';
import { readDeclaredPackage, readWorkbookData } from '../../../src/xlsx/read';
import { raterFormSchema } from '../../../src/schema/rater-form';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { scratchFolder } from '../../support/scratch-folder';

const partnering = partneringOn('2026-06-15');
const scratch = scratchFolder('form');
const MASTER_ID = 'assessment-7f3a';
let example: Uint8Array;
beforeAll(async () => {
  const entries = exampleEntries('2026-03-31');
  example = await writeWorkbook(workbookSchema, {
    workbookId: MASTER_ID, ...entries,
    start: { ...entries.start, organisation: 'Harbour Joinery Ltd', partners: 'Northgate Timber', relationship: 'Supply of certified oak' },
  });
});
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decoded = (xml: string) => xml.replace(/&(#\d+|\w+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e] ?? `&${e};`));
const partsOf = (file: string) => Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, strFromU8(bytes)] as const);

describe('partnering form', () => {
  it('writes a form with the details, the rater and side, both ids and the criteria to rate, and none of the entries', async () => {
    const master = scratch.file('assessment.xlsx', example);
    const out = path.join(scratch.path, 'ann.xlsx');

    const run = await partnering('form', master, '--rater', 'Ann Lee', '--side', 'Partner', '--out', out);

    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
    const { data, properties } = readDeclaredPackage(new Uint8Array(readFileSync(out)), raterFormSchema);
    const detail = (name: string) => data.names[name]?.value;
    expect([detail('FormOrganisation'), detail('FormPartners'), detail('FormRelationship'), detail('FormRater'), detail('FormSide')])
      .toEqual(['Harbour Joinery Ltd', 'Northgate Timber', 'Supply of certified oak', 'Ann Lee', 'Partner']);
    const formId = properties[FORM_PROPERTIES.formId];
    expect(formId).toMatch(/^[0-9a-f-]{36}$/);
    expect(properties[FORM_PROPERTIES.workbookId]).toBe(MASTER_ID);
    expect([detail('FormId'), detail('FormWorkbookId')]).toEqual([formId, MASTER_ID]);
    expect(run.printed).toEqual([
      `Wrote ${out}: a rating form for Ann Lee (Partner) with the ${principlesTable.seedRows?.length} criteria of ${master}, and nothing of its entries.`,
      `  Form id ${formId}; merge it back with partnering merge.`,
    ]);

    const criteria = rowsByKey(readWorkbookData(example), principlesTable);
    const form = readRaterForm(new Uint8Array(readFileSync(out)), out);
    expect(form.rows?.map((r) => r.ref.value)).toEqual(criteria.map((c) => c.ref));
    expect(form.rows?.every((r) => r.rating.value === null && r.comment.value === null)).toBe(true);
    const evidence = criteria.map((c) => c.evidence).filter((e): e is string => typeof e === 'string' && e.length > 0);
    expect(evidence.length).toBeGreaterThan(3);
    const everything = partsOf(out).map(([, xml]) => decoded(xml)).join('\n');
    for (const text of evidence) expect(everything).not.toContain(text);
    expect(readFileSync(master)).toEqual(Buffer.from(example));
  });

  it('gives the Rating a dropdown that refers to a range of 0–4 and N/A, with the levels in its input message', async () => {
    const out = path.join(scratch.path, 'bob.xlsx');
    await partnering('form', scratch.file('assessment.xlsx', example), '--rater', 'Bob', '--side', 'ours', '--out', out);

    const sheet = partsOf(out).find(([name]) => name === 'xl/worksheets/sheet1.xml')?.[1] ?? '';
    const rule = /<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/.exec(sheet)?.[0] ?? '';
    expect(rule).toContain('type="list"');
    expect(rule).toContain('<formula1>lstFormRating</formula1>');
    expect(formRatingPrompt.length).toBeLessThanOrEqual(VALIDATION_LIMITS.prompt);
    for (const level of content.maturityLevels) expect(formRatingPrompt).toContain(`${level.value} ${level.name}`);
    const { data } = readDeclaredPackage(new Uint8Array(readFileSync(out)), raterFormSchema);
    expect(data.names.FormSide.value).toBe('Ours');
    const workbookXml = partsOf(out).find(([name]) => name === 'xl/workbook.xml')?.[1] ?? '';
    expect(workbookXml).toContain(`<definedName name="lstFormRating">'Lists'!$A$2:$A$${ratingValues.length + 1}</definedName>`);
    const book = new Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const listed = ratingValues.map((_, i) => book.getWorksheet('Lists')?.getCell(`A${i + 2}`).value);
    expect(listed).toEqual([0, 1, 2, 3, 4, 'N/A']);
  });

  it.each([
    [['--side', 'ours', '--out', 'f.xlsx'], 'form: give the rater\'s name with --rater, e.g. --rater "Ann Lee".'],
    [['--rater', 'Ann', '--out', 'f.xlsx'], 'form: give the rater\'s side with --side ours (your organisation) or --side partner.'],
    [['--rater', 'Ann', '--side', 'theirs', '--out', 'f.xlsx'], 'form: --side must be ours or partner, found "theirs".'],
    [['--rater', 'Ann', '--side', 'ours'], 'form: give the form to write with --out, e.g. --out ann.xlsx'],
    [['--rater', 'Ann', '--side', 'ours', '--out', 'f.ods'], 'form: --out must end in .xlsx, found "f.ods".'],
  ])('refuses %j with one line and exit 2', async (options, message) => {
    const master = scratch.file('assessment.xlsx', example);
    const run = await partnering('form', master, ...options.map((o) => (o.endsWith('.xlsx') || o.endsWith('.ods') ? path.join(scratch.path, o) : o)));
    expect(run.code).toBe(2);
    expect(run.problems).toEqual([`partnering: ${message.replace(/f\.(xlsx|ods)/, (name) => path.join(scratch.path, name))}`]);
    expect(existsSync(path.join(scratch.path, 'f.xlsx'))).toBe(false);
  });

  it('never writes the form over the assessment it reads, even with --force', async () => {
    const master = scratch.file('assessment.xlsx', example);
    const run = await partnering('form', master, '--rater', 'Ann', '--side', 'ours', '--out', master, '--force');
    expect(run.code).toBe(2);
    expect(run.problems[0]).toContain('one of the workbooks this command reads');
    expect(readFileSync(master)).toEqual(Buffer.from(example));
  });

  it('refuses an assessment without a workbook id, since no form of it could be merged back', async () => {
    const master = scratch.file('template.xlsx', await writeWorkbook(workbookSchema, { workbookId: 'template' }));
    const out = path.join(scratch.path, 'f.xlsx');
    const run = await partnering('form', master, '--rater', 'Ann', '--side', 'ours', '--out', out);
    expect(run.code).toBe(2);
    expect(run.problems).toEqual([`${master}: the workbook has no workbook id for a form to carry back (workbooks made by partnering new or the add-in have one; partnering repair gives it one), so no form was written.`]);
    expect(existsSync(out)).toBe(false);
  });
});
