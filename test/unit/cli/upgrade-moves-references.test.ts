import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exampleEntries } from '../../../src/schema/example';
import { risksTable } from '../../../src/schema/risks';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { workbookSchema } from '../../../src/schema/workbook';
import { SheetCells } from '../../../src/xlsx/package/sheet-cells';
import { WorkbookParts } from '../../../src/xlsx/package/workbook-parts';
import { XlsxPackage } from '../../../src/xlsx/package/xlsx-package';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { loadExcelize, must } from '../../../src/xlsx/excelize';
import { partneringOn } from '../../support/cli';

let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-moves-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');

/** Written as template 0.9.0, so upgrade acts on it. */
function asOlderVersion(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  parts['docProps/custom.xml'] = strToU8(strFromU8(parts['docProps/custom.xml']).replace(`<vt:lpwstr>${TEMPLATE_VERSION}</vt:lpwstr>`, '<vt:lpwstr>0.9.0</vt:lpwstr>'));
  return zipSync(parts);
}

const cellsOf = (pkg: XlsxPackage, sheet: string) => new SheetCells(pkg.xml(new WorkbookParts(pkg).sheet(sheet)?.path ?? '')?.documentElement as Element, new WorkbookParts(pkg).sharedStrings());
const columnOf = (key: string) => String.fromCharCode(65 + risksTable.columns.findIndex((c) => c.key === key));

describe('partnering upgrade moving a person’s column out of our table', () => {
  it('keeps their formulas, shared formula, name and highlight pointing at the same cells, and names a reference that cannot follow', async () => {
    const example = await writeWorkbook(workbookSchema, { workbookId: 'moves', ...exampleEntries('2026-03-31') });
    const excelize = await loadExcelize();
    const file = excelize.OpenReader(asOlderVersion(example));
    // The person inserts a column of their own at C inside tblRisks: Likelihood (G) now stands in H.
    must(file.InsertCols('Risks', 'C', 1), 'Inserting a column');
    must(file.SetCellStr('Risks', 'C4', 'My notes'), 'Header');
    must(file.SetCellFormula('Risks', 'C5', 'H5*2', { Ref: 'C5:C7', Type: 'shared' }), 'Shared formula');
    must(file.NewSheet('Notes'), 'Own sheet');
    must(file.SetCellFormula('Notes', 'A1', 'Risks!H5*10'), 'Formula');
    must(file.SetCellFormula('Notes', 'A2', '"Risks!H5 is "&Risks!H5&" in \'Risks\'!H6"'), 'Formula with text');
    must(file.SetCellFormula('Notes', 'A3', 'SUM(Risks!H:H)'), 'Whole column');
    must(file.SetCellFormula('Notes', 'A4', 'Risks!$B$5&Risks!$H$6'), 'Unmoved and moved');
    must(file.SetDefinedName({ Name: 'MyLikelihood', RefersTo: "'Risks'!$H$5:$H$7" }), 'Name');
    const { buffer } = must(file.WriteToBuffer(), 'Saving');
    const older = new Uint8Array(buffer as ArrayBuffer);
    const parts = unzipSync(older);
    for (const [name, part] of Object.entries(parts)) {
      const xml = strFromU8(part);
      // Excel names the table column after the header typed into it; excelize leaves "Column3".
      if (name.startsWith('xl/tables/') && xml.includes('"tblRisks"')) parts[name] = strToU8(xml.replace('name="Column3"', 'name="My notes"'));
    }
    // A highlight of their own on Notes, written as Excel writes one.
    const notesPath = new WorkbookParts(XlsxPackage.open(older)).sheet('Notes')?.path ?? '';
    parts[notesPath] = strToU8(strFromU8(parts[notesPath]).replace(/(<\/sheetData>|<sheetData\/>)/,
      '$1<conditionalFormatting sqref="B1:B3"><cfRule type="expression" priority="1"><formula>Risks!$H5&gt;3</formula></cfRule></conditionalFormatting>'));
    const input = path.join(folder, 'older.xlsx');
    writeFileSync(input, zipSync(parts));
    const before = XlsxPackage.open(readFileSync(input));
    expect(cellsOf(before, 'Risks').read('C6')?.formula).toMatch(/^shared:/);

    const out = path.join(folder, 'upgraded.xlsx');
    const { code, output, problems } = await partnering('upgrade', input, '--out', out);
    expect(problems).toEqual([]);
    expect(code).toBe(0);
    expect(output).toMatch(/put the columns of tblRisks in today's order/);
    expect(output).toMatch(/made \d+ formulas point where the cells they use went/);
    expect(output).toMatch(/check 'Notes'!A3: it uses Risks!H:H, whose cells were put in a new order, so it was left as it was/);

    const after = XlsxPackage.open(readFileSync(out));
    const likelihood = columnOf('likelihood');
    const notes = cellsOf(after, 'Notes');
    expect(notes.read('A1')?.formula).toBe(`Risks!${likelihood}5*10`);
    expect(notes.read('A2')?.formula).toBe(`"Risks!H5 is "&Risks!${likelihood}5&" in 'Risks'!H6"`);
    expect(notes.read('A3')?.formula).toBe('SUM(Risks!H:H)');
    expect(notes.read('A4')?.formula).toBe(`Risks!$B$5&Risks!$${likelihood}$6`);
    const risks = cellsOf(after, 'Risks');
    const mine = String.fromCharCode(65 + risksTable.columns.length);
    expect(risks.read(`${mine}4`)?.value).toBe('My notes');
    for (const row of [5, 6, 7]) expect(risks.read(`${mine}${row}`)?.formula).toBe(`${likelihood}${row}*2`);
    const data = readWorkbookData(readFileSync(out));
    expect(data.tables.tblRisks.rows.slice(0, 3).map((r) => r.cells.Likelihood.value))
      .toEqual(readWorkbookData(readFileSync(input)).tables.tblRisks.rows.slice(0, 3).map((r) => r.cells.Likelihood.value));
    expect(strFromU8(after.bytes(new WorkbookParts(after).sheet('Notes')?.path ?? '') as Uint8Array)).toContain(`<formula>Risks!$${likelihood}5&gt;3</formula>`);
    expect(new WorkbookParts(after).definedNames().find((n) => n.name === 'MyLikelihood')?.refersTo).toBe(`'Risks'!$${likelihood}$5:$${likelihood}$7`);
  });
});
