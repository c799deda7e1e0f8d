import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { workbookSchema } from '../../../src/schema/workbook';
import { compareInventories, takeInventory } from '../../../src/xlsx/package/inventory';
import { SheetCells } from '../../../src/xlsx/package/sheet-cells';
import { WorkbookParts } from '../../../src/xlsx/package/workbook-parts';
import { XlsxPackage } from '../../../src/xlsx/package/xlsx-package';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await writeWorkbook(workbookSchema, { workbookId: 'package-test' });
});

const sheetPath = (pkg: XlsxPackage, name: string) => new WorkbookParts(pkg).sheet(name)?.path as string;
const nobody = { ours: () => false, ourName: () => false };

describe('the package editor', () => {
  it('writes every part it did not change back byte for byte', () => {
    const pkg = XlsxPackage.open(workbook);
    const path = sheetPath(pkg, 'Start');
    const cells = new SheetCells(pkg.edit(path).documentElement as Element, []);
    cells.setValue('F2', 'A note of my own');
    const before = unzipSync(workbook);
    const after = unzipSync(pkg.toBytes());
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === path) expect(strFromU8(after[name])).toContain('A note of my own');
      else expect(Buffer.from(after[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
  });

  it('reads and edits a sheet written with a namespace prefix (x:c), adding what it writes with the same prefix', () => {
    const parts = unzipSync(workbook);
    const pkg0 = XlsxPackage.open(workbook);
    const path = sheetPath(pkg0, 'Start');
    parts[path] = strToU8(strFromU8(parts[path])
      .replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
      .replace(/<(\/?)(?!x:)([a-zA-Z]+)([\s>/])/g, (whole, slash: string, name: string, after: string) => (name === 'worksheet' ? whole : `<${slash}x:${name}${after}`))
      .replace('</worksheet>', '</x:worksheet>'));
    const prefixed = zipSync(parts);
    expect(readWorkbookData(prefixed).sheets).toContain('Start');
    const pkg = XlsxPackage.open(prefixed);
    const cells = new SheetCells(pkg.edit(path).documentElement as Element, new WorkbookParts(pkg).sharedStrings());
    const plain = new SheetCells(pkg0.xml(path)?.documentElement as Element, new WorkbookParts(pkg0).sharedStrings());
    expect(cells.read('A1')?.value).toEqual(plain.read('A1')?.value);
    expect(typeof cells.read('A1')?.value).toBe('string');
    cells.setValue('F2', 'typed =1+1');
    const xml = strFromU8(unzipSync(pkg.toBytes())[path]);
    expect(xml).toMatch(/<x:c r="F2" t="inlineStr"><x:is><x:t>typed =1\+1<\/x:t><\/x:is><\/x:c>/);
    expect(xml).not.toMatch(/<c r="F2"/);
  });

  it('writes text as text and a formula only when asked for one', () => {
    const pkg = XlsxPackage.open(workbook);
    const cells = new SheetCells(pkg.edit(sheetPath(pkg, 'Start')).documentElement as Element, []);
    cells.setValue('F3', '=SUM(A1:A2)');
    cells.setValue('F4', 12.5);
    cells.setFormula('F5', 'SUM(F4,1)');
    expect(cells.read('F3')).toEqual({ value: '=SUM(A1:A2)' });
    expect(cells.read('F4')).toEqual({ value: 12.5 });
    expect(cells.read('F5')?.formula).toBe('SUM(F4,1)');
  });
});

describe('the inventory', () => {
  it('names each of a person’s things an edit would lose, with where it was', () => {
    const pkg = XlsxPackage.open(workbook);
    const path = sheetPath(pkg, 'Start');
    const cells = new SheetCells(pkg.edit(path).documentElement as Element, []);
    cells.setValue('F2', 'Mine');
    const before = takeInventory(XlsxPackage.open(pkg.toBytes()));
    cells.take('F2');
    cells.setValue('A1', 'Changed title');
    const after = takeInventory(XlsxPackage.open(pkg.toBytes()));
    const losses = compareInventories(before, after, nobody);
    expect(losses.map((l) => l.where)).toEqual(["'Start'!A1", "'Start'!F2"]);
    expect(losses[1].what).toBe('"Mine" would become empty');
    expect(compareInventories(before, after, { ...nobody, ours: (sheet, address) => sheet === 'Start' && ['A1', 'F2'].includes(address) })).toEqual([]);
  });

  it('notices a sheet, a name, a visibility, a protection and the date system going', () => {
    const before = takeInventory(XlsxPackage.open(workbook));
    const after = structuredClone(before);
    after.sheets.delete('Actions');
    after.names.delete('lstRating');
    (after.sheets.get('Lists') as { state: string }).state = 'visible';
    (after.sheets.get('Start') as { protection: string }).protection = '<sheetProtection sheet="1"/>';
    after.date1904 = true;
    const losses = compareInventories(before, after, nobody).map((l) => `${l.where}: ${l.what}`);
    expect(losses).toEqual(expect.arrayContaining([
      'Actions: the sheet would be removed', 'lstRating: the defined name would be removed',
      'Lists: the sheet would change from hidden to visible', 'Start: its protection would change',
      'Workbook: the date system (1900 or 1904) would change',
    ]));
  });
});

describe('the sheet list in docProps/app.xml', () => {
  const app = (headings: string, titles: string[]) => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + `<HeadingPairs><vt:vector size="${headings.split('<vt:variant>').length - 1}" baseType="variant">${headings}</vt:vector></HeadingPairs>`
    + `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
  const group = (name: string, count: number) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`;

  it('adds a grafted sheet after the sheets before it, in a worksheet group Excel wrote in another language, and counts it', async () => {
    const { listSheetInAppProperties } = await import('../../../src/xlsx/package/app-properties');
    const pkg = XlsxPackage.open(workbook);
    pkg.put('docProps/app.xml', app(group('Diagramme', 1) + group('Arbeitsblätter', 2), ['Chart1', 'Start', 'Risks']));
    listSheetInAppProperties(pkg, 'Principles', ['Chart1', 'Start', 'Risks'], 2);
    const xml = strFromU8(unzipSync(pkg.toBytes())['docProps/app.xml']);
    expect(xml).toContain('<vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>');
    expect(xml).toContain('<vt:i4>1</vt:i4>');
    expect(xml).toMatch(/<vt:vector size="4" baseType="lpstr"><vt:lpstr>Chart1<\/vt:lpstr><vt:lpstr>Start<\/vt:lpstr><vt:lpstr>Principles<\/vt:lpstr><vt:lpstr>Risks<\/vt:lpstr><\/vt:vector>/);
  });

  it('lists the names Excel lists as Excel does: print titles and a sheet\'s names under the sheet, no constants, no filter ranges', async () => {
    const { excelNamedRanges } = await import('../../../src/xlsx/package/app-properties');
    expect(excelNamedRanges([
      { name: '_xlnm.Print_Titles', sheetIndex: 2, refersTo: "'Score history'!$4:$4" },
      { name: '_xlnm._FilterDatabase', sheetIndex: 1, refersTo: 'Risks!$B$4:$P$14' },
      { name: 'Budget', refersTo: 'Start!$C$5' },
      { name: 'Local', sheetIndex: 1, refersTo: 'Risks!$A$1' },
      { name: 'TemplateVersion', refersTo: '"1.0.0"' },
    ])).toEqual(["'Score history'!Print_Titles", 'Budget', 'Risks!Local']);
  });

  it('makes the named-ranges group Excel wrote in another language list the names after an edit, and counts them', async () => {
    const { listNamesInAppProperties } = await import('../../../src/xlsx/package/app-properties');
    const pkg = XlsxPackage.open(workbook);
    pkg.put('docProps/app.xml', app(group('Arbeitsblätter', 2) + group('Benannte Bereiche', 1), ['Start', 'Risks', 'Risks!Print_Titles']));
    listNamesInAppProperties(pkg, ['Risks!Print_Titles'], ['Risks!Print_Titles', 'Budget', 'Plan!Print_Titles']);
    const xml = strFromU8(unzipSync(pkg.toBytes())['docProps/app.xml']);
    expect(xml).toContain('<vt:lpstr>Arbeitsblätter</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4>');
    expect(xml).toContain('<vt:lpstr>Benannte Bereiche</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>');
    expect(xml).toContain('<vt:vector size="5" baseType="lpstr"><vt:lpstr>Start</vt:lpstr><vt:lpstr>Risks</vt:lpstr><vt:lpstr>Risks!Print_Titles</vt:lpstr><vt:lpstr>Budget</vt:lpstr><vt:lpstr>Plan!Print_Titles</vt:lpstr></vt:vector>');
  });

  it('adds a Named Ranges group when the workbook had no names Excel lists, and removes it when none is left', async () => {
    const { listNamesInAppProperties } = await import('../../../src/xlsx/package/app-properties');
    const pkg = XlsxPackage.open(workbook);
    pkg.put('docProps/app.xml', app(group('Worksheets', 2), ['Start', 'Risks']));
    listNamesInAppProperties(pkg, [], ['Budget']);
    const added = strFromU8(unzipSync(pkg.toBytes())['docProps/app.xml']);
    expect(added).toContain('<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>'
      + '<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>');
    expect(added).toContain('<vt:vector size="3" baseType="lpstr"><vt:lpstr>Start</vt:lpstr><vt:lpstr>Risks</vt:lpstr><vt:lpstr>Budget</vt:lpstr></vt:vector>');

    listNamesInAppProperties(pkg, ['Budget'], []);
    const removed = strFromU8(unzipSync(pkg.toBytes())['docProps/app.xml']);
    expect(removed).toContain('<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector>');
    expect(removed).toContain('<vt:vector size="2" baseType="lpstr"><vt:lpstr>Start</vt:lpstr><vt:lpstr>Risks</vt:lpstr></vt:vector>');
  });

  it('leaves a list that named the sheets but not the names without names', async () => {
    const { listNamesInAppProperties } = await import('../../../src/xlsx/package/app-properties');
    const pkg = XlsxPackage.open(workbook);
    const listed = app(group('Worksheets', 2), ['Start', 'Risks']);
    pkg.put('docProps/app.xml', listed);
    listNamesInAppProperties(pkg, ['Risks!Print_Titles'], ['Risks!Print_Titles', 'Budget']);
    expect(strFromU8(unzipSync(pkg.toBytes())['docProps/app.xml'])).toBe(listed);
  });

  it('leaves an app.xml without a sheet list as it was', async () => {
    const { listSheetInAppProperties } = await import('../../../src/xlsx/package/app-properties');
    const pkg = XlsxPackage.open(workbook);
    const before = Buffer.from(unzipSync(workbook)['docProps/app.xml']);
    listSheetInAppProperties(pkg, 'Principles', ['Start', 'Risks'], 1);
    expect(Buffer.from(unzipSync(pkg.toBytes())['docProps/app.xml']).equals(before)).toBe(true);
  });
});
