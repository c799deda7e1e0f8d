/**
 * Workbooks the file commands edit in place (new from the template, repair, upgrade, new --from)
 * open in LibreOffice with no error cells, and the restored formulas compute what src/scoring does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exampleEntries } from '../../src/schema/example';
import { risksTable } from '../../src/schema/risks';
import { TEMPLATE_VERSION } from '../../src/schema/version';
import { workbookSchema } from '../../src/schema/workbook';
import { workbookScores } from '../../src/scoring';
import { readWorkbookData } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { partneringOn } from '../support/cli';
import { cellNumber, recalculate } from './support/recalc';

const partnering = partneringOn('2026-04-01');
let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-edited-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Dashboard!C3 holds OverallMaturity; Risks!I5 the first risk's Score. */
async function expectScoresComputed(file: string): Promise<void> {
  const bytes = readFileSync(file);
  const expected = workbookScores(readWorkbookData(bytes));
  const result = await recalculate(bytes, path.basename(file));
  if (expected.overall === null) expect(cellNumber(result, 'Dashboard', 3, 3)).toBeNull();
  else expect(cellNumber(result, 'Dashboard', 3, 3)).toBeCloseTo(expected.overall, 10);
  const risk = readWorkbookData(bytes).tables.tblRisks.rows[0].cells;
  if (typeof risk.Likelihood.value === 'number' && typeof risk.Impact.value === 'number') {
    expect(cellNumber(result, 'Risks', 5, 9)).toBe(risk.Likelihood.value * risk.Impact.value);
  }
}

function patched(bytes: Uint8Array, patch: (name: string, xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, part] of Object.entries(parts)) if (name.endsWith('.xml')) parts[name] = strToU8(patch(name, strFromU8(part)));
  return zipSync(parts);
}

it('new --example from the template computes its scores', async () => {
  const out = path.join(folder, 'example.xlsx');
  expect((await partnering('new', out, '--example')).code).toBe(0);
  await expectScoresComputed(out);
});

it('a repaired workbook computes the Score typed over and the figures again', async () => {
  const entries = exampleEntries('2026-03-31');
  const damaged = patched(await writeWorkbook(workbookSchema, { workbookId: 'r', ...entries }), (name, xml) => (name.startsWith('xl/worksheets/') && xml.includes('tblRisks[[#This Row]')
    ? xml.replace(/<c r="I5"([^>]*?) t="str"><f>[\s\S]*?<\/f>(<v>[^<]*<\/v>)?<\/c>/, '<c r="I5"$1><v>99</v></c>') : xml));
  const source = path.join(folder, 'damaged.xlsx');
  writeFileSync(source, damaged);
  const out = path.join(folder, 'repaired.xlsx');
  expect((await partnering('repair', source, '--out', out)).code).toBe(0);
  await expectScoresComputed(out);
});

it('an upgraded workbook and a new-client copy compute their scores', async () => {
  const entries = exampleEntries('2026-03-31');
  const older = patched(await writeWorkbook(workbookSchema, { workbookId: 'u', ...entries }), (name, xml) => (name === 'docProps/custom.xml' ? xml.replace(`<vt:lpwstr>${TEMPLATE_VERSION}</vt:lpwstr>`, '<vt:lpwstr>0.9.0</vt:lpwstr>') : xml));
  const source = path.join(folder, 'older.xlsx');
  writeFileSync(source, older);
  const upgraded = path.join(folder, 'upgraded.xlsx');
  expect((await partnering('upgrade', source, '--out', upgraded)).code).toBe(0);
  await expectScoresComputed(upgraded);
  const copy = path.join(folder, 'copy.xlsx');
  expect((await partnering('new', copy, '--from', upgraded)).code).toBe(0);
  await expectScoresComputed(copy);
});

it('a Dashboard repair brought back computes its figures', async () => {
  const { editWorkbook } = await import('../support/xlsx-edit');
  const entries = exampleEntries('2026-03-31');
  const withoutDashboard = await editWorkbook(await writeWorkbook(workbookSchema, { workbookId: 'd', ...entries }), (workbook) => {
    const result = workbook.DeleteSheet('Dashboard');
    if (result.error) throw new Error(result.error);
  });
  const source = path.join(folder, 'no-dashboard.xlsx');
  writeFileSync(source, withoutDashboard);
  const out = path.join(folder, 'dashboard-back.xlsx');
  expect((await partnering('repair', source, '--out', out)).code).toBe(0);
  await expectScoresComputed(out);
});

it('a tblRisks repair put back over the range it was converted to computes its Scores and the figures', async () => {
  const { editWorkbook } = await import('../support/xlsx-edit');
  const entries = exampleEntries('2026-03-31');
  const converted = await editWorkbook(await writeWorkbook(workbookSchema, { workbookId: 't', ...entries }), (workbook) => {
    const result = workbook.DeleteTable('tblRisks');
    if (result.error) throw new Error(result.error);
  });
  const source = path.join(folder, 'converted.xlsx');
  writeFileSync(source, converted);
  const out = path.join(folder, 'risks-back.xlsx');
  const { code, output } = await partnering('repair', source, '--out', out);
  expect(code).toBe(0);
  expect(output).toMatch(/restored the table tblRisks on Risks/);
  await expectScoresComputed(out);
});

it('after an upgrade moved a person’s column, their formulas and shared formula compute what they computed before', async () => {
  const { editWorkbook } = await import('../support/xlsx-edit');
  const entries = exampleEntries('2026-03-31');
  const older = patched(await editWorkbook(await writeWorkbook(workbookSchema, { workbookId: 'm', ...entries }), (workbook) => {
    // Likelihood (G) stands in H once the person inserts a column of their own at C.
    for (const result of [workbook.InsertCols('Risks', 'C', 1), workbook.SetCellStr('Risks', 'C4', 'My notes'),
      workbook.SetCellFormula('Risks', 'C5', 'H5*100', { Ref: 'C5:C8', Type: 'shared' }),
      workbook.NewSheet('Notes'), workbook.SetCellFormula('Notes', 'A1', 'SUM(Risks!H5:H8)')]) if (result.error) throw new Error(result.error);
  }), (name, xml) => {
    if (name === 'docProps/custom.xml') return xml.replace(`<vt:lpwstr>${TEMPLATE_VERSION}</vt:lpwstr>`, '<vt:lpwstr>0.9.0</vt:lpwstr>');
    return name.startsWith('xl/tables/') && xml.includes('"tblRisks"') ? xml.replace('name="Column3"', 'name="My notes"') : xml;
  });
  const source = path.join(folder, 'moved-older.xlsx');
  writeFileSync(source, older);
  const out = path.join(folder, 'moved-upgraded.xlsx');
  expect((await partnering('upgrade', source, '--out', out)).code).toBe(0);
  const before = await recalculate(older, 'moved-older.xlsx');
  const after = await recalculate(readFileSync(out), 'moved-upgraded.xlsx');
  const likelihoods = readWorkbookData(readFileSync(out)).tables.tblRisks.rows.slice(0, 4).map((r) => r.cells.Likelihood.value as number);
  expect(cellNumber(after, 'Notes', 1, 1)).toBe(likelihoods.reduce((a, b) => a + b, 0));
  expect(cellNumber(after, 'Notes', 1, 1)).toBe(cellNumber(before, 'Notes', 1, 1));
  const myNotes = risksTable.columns.length + 1;
  for (let i = 0; i < 4; i++) {
    expect(cellNumber(before, 'Risks', 5 + i, 3)).toBe(likelihoods[i] * 100);
    expect(cellNumber(after, 'Risks', 5 + i, myNotes)).toBe(likelihoods[i] * 100);
  }
});
