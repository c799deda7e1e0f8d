import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runChecks } from '../../../src/checks';
import { exampleEntries } from '../../../src/schema/example';
import { risksTable } from '../../../src/schema/risks';
import { workbookSchema } from '../../../src/schema/workbook';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { WorkbookParts } from '../../../src/xlsx/package/workbook-parts';
import { REL_TYPE, XlsxPackage } from '../../../src/xlsx/package/xlsx-package';
import type { Element } from '@xmldom/xmldom';
import { SheetCells } from '../../../src/xlsx/package/sheet-cells';
import { partneringOn } from '../../support/cli';
import { tableEnd } from '../../support/personal-content';

let folder: string;
let example: Uint8Array;
beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-repair-'));
  const entries = exampleEntries('2026-03-31');
  example = await writeWorkbook(workbookSchema, { workbookId: 'client', ...entries });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');

/** The workbook with some of its parts rewritten as text, the way another program might leave it. */
function patched(bytes: Uint8Array, patch: (path: string, xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, part] of Object.entries(parts)) {
    if (!name.endsWith('.xml')) continue;
    const xml = strFromU8(part);
    const changed = patch(name, xml);
    if (changed !== xml) parts[name] = strToU8(changed);
  }
  return zipSync(parts);
}

const risksSheet = (name: string, xml: string) => name.startsWith('xl/worksheets/') && xml.includes('tblRisks[[#This Row]');
const file = (name: string, bytes: Uint8Array) => {
  const target = path.join(folder, name);
  writeFileSync(target, bytes);
  return target;
};

describe('partnering repair', () => {
  it('restores a typed-over Score, the calculated-column formulas LibreOffice drops and deleted dropdowns, keeping every entry', async () => {
    const damaged = patched(example, (name, xml) => {
      if (name.startsWith('xl/tables/')) return xml.replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/g, '');
      if (risksSheet(name, xml)) {
        return xml.replace(/<c r="I5"([^>]*?) t="str"><f>[\s\S]*?<\/f>(<v>[^<]*<\/v>)?<\/c>/, '<c r="I5"$1><v>7</v></c>')
          .replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, '');
      }
      return xml;
    });
    const source = file('damaged.xlsx', damaged);
    const before = readWorkbookData(damaged);
    expect(runChecks(before, { today: '2026-04-01' }).map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toContain('Risks!I5 overwritten-formula');

    const out = path.join(folder, 'repaired.xlsx');
    const { code, output } = await partnering('repair', source, '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/restored the calculated formula of 1 cell in tblRisks/);
    expect(output).toMatch(/restored the dropdowns and entry rules of tblRisks/);
    expect(output).toMatch(/restored the columns and calculated-column formulas of tblPrinciples/);

    const after = readWorkbookData(readFileSync(out));
    expect(after.tables.tblRisks.rows[0].cells.Score.formula).toBe(risksTable.formulas.score);
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.rule === 'overwritten-formula')).toEqual([]);
    const text = (data: typeof after) => data.tables.tblRisks.rows.map((r) => [r.cells.Risk.value, r.cells.Likelihood.value, r.cells.Owner.value]);
    expect(text(after)).toEqual(text(before));
    const risksPart = Object.entries(unzipSync(readFileSync(out))).map(([name, part]) => [name, strFromU8(part)]).find(([name, xml]) => risksSheet(name, xml));
    expect(risksPart?.[1]).toMatch(/<dataValidation [^>]*sqref="G5:G\d+"[^>]*type="whole"|<dataValidation [^>]*type="whole"[^>]*sqref="G5:G\d+"/);
    expect(readFileSync(source)).toEqual(Buffer.from(damaged));

    const again = await partnering('repair', out, '--in-place');
    expect(again.code).toBe(0);
    expect(again.printed[0]).toMatch(/nothing needed repairing/);
  });

  it('adds a deleted column back at the table’s right-hand end', async () => {
    const withoutNextReview = patched(example, (name, xml) => {
      if (name.startsWith('xl/tables/') && xml.includes('name="tblRisks"')) {
        return xml.replace(/<tableColumn id="\d+" name="Next review"><\/tableColumn>/, '').replace(/ref="A4:S(\d+)"/g, 'ref="A4:R$1"').replace('count="19"', 'count="18"');
      }
      if (risksSheet(name, xml)) return xml.replace(/<c r="S\d+"[^>]*?(\/>|>[\s\S]*?<\/c>)/g, '');
      return xml;
    });
    expect(readWorkbookData(withoutNextReview).tables.tblRisks.columns.map((c) => c.header)).not.toContain('Next review');
    const out = path.join(folder, 'column-back.xlsx');
    const { code, output } = await partnering('repair', file('no-next-review.xlsx', withoutNextReview), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/added the column Next review to tblRisks/);
    const after = readWorkbookData(readFileSync(out)).tables.tblRisks;
    expect(after.columns.map((c) => c.header)).toEqual(risksTable.columns.map((c) => c.header));
  });

  it('leaves a table alone where it would grow over a person’s cell, says which, and repairs the rest', async () => {
    const blocked = patched(example, (name, xml) => {
      if (name.startsWith('xl/tables/') && xml.includes('name="tblPrinciples"')) return xml.replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/g, '');
      if (name.startsWith('xl/tables/') && xml.includes('name="tblRisks"')) {
        return xml.replace(/<tableColumn id="\d+" name="Next review"><\/tableColumn>/, '').replace(/ref="A4:S(\d+)"/g, 'ref="A4:R$1"').replace('count="19"', 'count="18"');
      }
      if (risksSheet(name, xml)) {
        return xml.replace(/<c r="S\d+"[^>]*?(\/>|>[\s\S]*?<\/c>)/g, '').replace(/(<row r="6"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="S6" t="inlineStr"><is><t>my note</t></is></c>$2')
          .replace(/<c r="I5"([^>]*?) t="str"><f>[\s\S]*?<\/f>(<v>[^<]*<\/v>)?<\/c>/, '<c r="I5"$1><v>7</v></c>');
      }
      return xml;
    });
    const out = path.join(folder, 'blocked-out.xlsx');
    const { code, output } = await partnering('repair', file('blocked.xlsx', blocked), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/could not complete tblRisks: your cell 'Risks'!S6 stands where it would grow/);
    expect(output).toMatch(/restored the columns and calculated-column formulas of tblPrinciples/);
    const after = readWorkbookData(readFileSync(out));
    expect(after.tables.tblRisks.columns.map((c) => c.header)).not.toContain('Next review');
    expect(after.tables.tblRisks.rows[0].cells.Score.value).toBe(7);
    expect(after.tables.tblRisks.rows[1].cells['Next review']).toBeUndefined();
    expect(readWorkbookData(readFileSync(out)).sheets).toEqual(readWorkbookData(blocked).sheets);
  });

  it('finds a table a person renamed by its headers and says so', async () => {
    const renamed = patched(example, (name, xml) => {
      if (name.startsWith('xl/tables/') && xml.includes('name="tblActions"')) return xml.replace(/"tblActions"/g, '"tblMyActions"');
      if (name.startsWith('xl/worksheets/')) return xml.replace(/tblActions\[/g, 'tblMyActions[').replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, (v) => (v.includes('lstActionStatus') ? '' : v));
      return xml;
    });
    const out = path.join(folder, 'renamed-out.xlsx');
    const { code, output } = await partnering('repair', file('renamed.xlsx', renamed), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/tblActions is called tblMyActions now; it was kept under that name/);
    expect(output).toMatch(/restored the dropdowns and entry rules of tblMyActions|restored the dropdowns and entry rules of tblActions/);
    expect(Object.keys(readWorkbookData(readFileSync(out)).tables)).toContain('tblMyActions');
  });

  it('asks where to write and never writes without being told', async () => {
    const source = file('plain.xlsx', example);
    expect((await partnering('repair', source)).problems[0]).toMatch(/--out NEW\.xlsx, or --in-place/);
    expect((await partnering('repair', source, '--out', source)).problems[0]).toMatch(/is the workbook being repaired/);
    const untouched = await partnering('repair', source, '--out', path.join(folder, 'copy.xlsx'));
    expect(untouched.printed[0]).toMatch(/nothing needed repairing, nothing was written/);
    expect(existsSync(path.join(folder, 'copy.xlsx'))).toBe(false);
  });
});

describe('partnering check points to repair for files', () => {
  it('names the repair command when a finding needs Repair workbook', async () => {
    const damaged = patched(example, (name, xml) => (risksSheet(name, xml)
      ? xml.replace(/<c r="I5"([^>]*?) t="str"><f>[\s\S]*?<\/f>(<v>[^<]*<\/v>)?<\/c>/, '<c r="I5"$1><v>7</v></c>') : xml));
    const { output } = await partnering('check', file('for-check.xlsx', damaged));
    expect(output).toMatch(/partnering repair FILE\.xlsx --out REPAIRED\.xlsx/);
  });
});

describe('partnering repair of a deleted sheet', () => {
  it('brings back a deleted Dashboard with its table, figures and charts, keeping the rest', async () => {
    const { editWorkbook } = await import('../../support/xlsx-edit');
    const withoutDashboard = await editWorkbook(example, (workbook) => {
      const result = workbook.DeleteSheet('Dashboard');
      if (result.error) throw new Error(result.error);
    });
    expect(readWorkbookData(withoutDashboard).sheets).not.toContain('Dashboard');
    const out = path.join(folder, 'dashboard-back.xlsx');
    const { code, output } = await partnering('repair', file('no-dashboard.xlsx', withoutDashboard), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/restored the sheet Dashboard with its tables and charts/);
    const bytes = readFileSync(out);
    const after = readWorkbookData(bytes);
    expect(after.sheets).toContain('Dashboard');
    expect(after.tables.tblScores.rows).toHaveLength(readWorkbookData(example).tables.tblScores.rows.length);
    expect(after.names.OverallMaturity.formula).toBe(readWorkbookData(example).names.OverallMaturity.formula);
    const pkg = XlsxPackage.open(bytes);
    const dashboard = new WorkbookParts(pkg).sheet('Dashboard');
    const drawing = pkg.relationships(dashboard?.path ?? '').find((r) => r.type === REL_TYPE.drawing);
    const charts = pkg.relationships(drawing?.path ?? '').filter((r) => r.type === REL_TYPE.chart && r.path && pkg.has(r.path));
    expect(charts).toHaveLength(workbookSchema.charts.filter((c) => c.sheet === 'Dashboard').length);
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('partnering repair puts a deleted sheet back at its place', () => {
  it('restores a deleted Plan between Principles and Competencies, with its print titles, and lists it in docProps/app.xml', async () => {
    const { editWorkbook } = await import('../../support/xlsx-edit');
    const { appSheetList, excelNamesIn, sheetNames, withExcelAppProperties, workbookXml } = await import('../../support/app-properties');
    const withoutPlan = withExcelAppProperties(await editWorkbook(example, (workbook) => {
      const result = workbook.NewSheet('My notes');
      if (result.error) throw new Error(result.error);
      const deleted = workbook.DeleteSheet('Plan');
      if (deleted.error) throw new Error(deleted.error);
    }));
    const declared = workbookSchema.sheets.map((s) => s.name);
    expect(sheetNames(withoutPlan)).toEqual([...declared.filter((s) => s !== 'Plan'), 'My notes']);
    expect(appSheetList(withoutPlan)).toEqual({ worksheets: sheetNames(withoutPlan), namedRanges: excelNamesIn(workbookXml(withoutPlan)), consistent: true });
    expect(appSheetList(withoutPlan)?.namedRanges).not.toContain("'Plan'!Print_Titles");

    const out = path.join(folder, 'plan-back.xlsx');
    const { code, output } = await partnering('repair', file('no-plan.xlsx', withoutPlan), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/restored the sheet Plan with its tables and charts/);
    const bytes = new Uint8Array(readFileSync(out));
    expect(sheetNames(bytes)).toEqual([...declared, 'My notes']);
    // The print titles of the restored sheet are one of the names Excel lists.
    expect(appSheetList(bytes)).toEqual({ worksheets: [...declared, 'My notes'], namedRanges: excelNamesIn(workbookXml(bytes)), consistent: true });
    expect(appSheetList(bytes)?.namedRanges).toContain("'Plan'!Print_Titles");
    const names = new WorkbookParts(XlsxPackage.open(bytes)).definedNames().filter((n) => n.name === '_xlnm.Print_Titles');
    const sheets = sheetNames(bytes);
    // Print titles may hold rows and columns ('Principles'!$A:$A,'Principles'!$4:$4): each area names the sheet the name belongs to.
    for (const name of names) {
      expect(name.refersTo.split(',').map((area) => area.split('!')[0])).toEqual(name.refersTo.split(',').map(() => `'${sheets[name.sheetIndex as number]}'`));
    }
    expect(names.map((n) => sheets[n.sheetIndex as number])).toContain('Plan');
  });
});

describe('partnering repair of a table gone from a sheet that is still there', () => {
  it('puts tblRisks back over the range a person converted it to, keeping their entries and the cell beside it', async () => {
    const { editWorkbook, type } = await import('../../support/xlsx-edit');
    const converted = await editWorkbook(example, (workbook) => {
      const result = workbook.DeleteTable('tblRisks');
      if (result.error) throw new Error(result.error);
      type(workbook, 'Risks', 'V5', 'my own note');
    });
    const before = readWorkbookData(example).tables.tblRisks;
    expect(Object.keys(readWorkbookData(converted).tables)).not.toContain('tblRisks');
    const out = path.join(folder, 'risks-back.xlsx');
    const { code, output } = await partnering('repair', file('converted.xlsx', converted), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`restored the table tblRisks on Risks, over the ${before.rows.length} rows of entries left in its place`));
    const after = readWorkbookData(readFileSync(out));
    const entries = (table: typeof before) => table.rows.map((r) => [r.cells.Risk.value, r.cells.Likelihood.value, r.cells.Impact.value, r.cells.Owner.value]);
    expect(after.tables.tblRisks.columns.map((c) => c.header)).toEqual(risksTable.columns.map((c) => c.header));
    expect(entries(after.tables.tblRisks)).toEqual(entries(before));
    expect(after.tables.tblRisks.rows[0].cells.Score.formula).toBe(risksTable.formulas.score);
    const pkg = XlsxPackage.open(readFileSync(out));
    const part = new WorkbookParts(pkg).table('tblRisks');
    expect(part?.ref).toBe(new WorkbookParts(XlsxPackage.open(example)).table('tblRisks')?.ref);
    expect(strFromU8(pkg.bytes(part?.path ?? '') as Uint8Array)).toContain('<calculatedColumnFormula>');
    expect(new SheetCells(pkg.xml(part?.sheet.path ?? '')?.documentElement as Element, new WorkbookParts(pkg).sharedStrings()).read('V5')?.value).toBe('my own note');
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.rule === 'missing-table')).toEqual([]);
  });

  it('puts a deleted tblRisks back into the empty cells it left', async () => {
    const { editWorkbook } = await import('../../support/xlsx-edit');
    const { lastRow } = tableEnd(example, 'tblRisks');
    const emptied = await editWorkbook(example, (workbook) => {
      const result = workbook.DeleteTable('tblRisks');
      if (result.error) throw new Error(result.error);
      for (let row = 4; row <= lastRow; row++) workbook.RemoveRow('Risks', 4);
    });
    const out = path.join(folder, 'risks-fresh.xlsx');
    const { code, output } = await partnering('repair', file('emptied.xlsx', emptied), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/restored the table tblRisks on Risks\n/);
    expect(output).toMatch(/restored the dropdowns and entry rules of tblRisks/);
    const after = readWorkbookData(readFileSync(out)).tables.tblRisks;
    expect(after.columns.map((c) => c.header)).toEqual(risksTable.columns.map((c) => c.header));
    expect(after.rows[0].cells.Score.formula).toBe(risksTable.formulas.score);
  });

  it('refuses to put tblRisks back over a person’s cells, naming them, and changes none of them', async () => {
    const { editWorkbook, type } = await import('../../support/xlsx-edit');
    const occupied = await editWorkbook(example, (workbook) => {
      const result = workbook.DeleteTable('tblRisks');
      if (result.error) throw new Error(result.error);
      type(workbook, 'Risks', 'B4', 'My heading');
    });
    const out = path.join(folder, 'risks-occupied.xlsx');
    const { code, output } = await partnering('repair', file('occupied.xlsx', occupied), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/could not restore tblRisks: your cells 'Risks'!B4 stand where it goes \(move them, then repair again\)/);
    const written = existsSync(out) ? readFileSync(out) : readFileSync(path.join(folder, 'occupied.xlsx'));
    expect(Object.keys(readWorkbookData(written).tables)).not.toContain('tblRisks');
    const pkg = XlsxPackage.open(written);
    expect(new SheetCells(pkg.xml(new WorkbookParts(pkg).sheet('Risks')?.path ?? '')?.documentElement as Element, new WorkbookParts(pkg).sharedStrings()).read('B4')?.value).toBe('My heading');
  });
});

describe('partnering repair of a sheet a person renamed whose table is gone', () => {
  it('knows the renamed Risks sheet by its title and note, puts tblRisks back there and adds no second Risks sheet', async () => {
    const { editWorkbook, type } = await import('../../support/xlsx-edit');
    const renamed = await editWorkbook(example, (workbook) => {
      for (const result of [workbook.DeleteTable('tblRisks'), workbook.SetSheetName('Risks', 'Client risks')]) if (result.error) throw new Error(result.error);
      type(workbook, 'Client risks', 'V5', 'my own note');
    });
    const before = readWorkbookData(example).tables.tblRisks;
    const out = path.join(folder, 'renamed-risks-back.xlsx');
    const { code, output } = await partnering('repair', file('renamed-risks.xlsx', renamed), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/took Client risks for the sheet Risks, by the title and note at its top; it keeps its name/);
    expect(output).toMatch(/restored the table tblRisks on Client risks/);
    expect(output).not.toMatch(/restored the sheet Risks/);
    const after = readWorkbookData(readFileSync(out));
    expect(after.sheets.filter((s) => /risks/i.test(s))).toEqual(['Client risks']);
    expect(after.tables.tblRisks.sheet).toBe('Client risks');
    const entries = (table: typeof before) => table.rows.map((r) => [r.cells.Risk.value, r.cells.Likelihood.value, r.cells.Owner.value]);
    expect(entries(after.tables.tblRisks)).toEqual(entries(before));
  });

  it('takes no sheet of the person’s for ours unless both our title and note stand at its top', async () => {
    const { editWorkbook, type } = await import('../../support/xlsx-edit');
    const title = workbookSchema.cells.find((c) => c.sheet === 'Actions' && c.cell === 'A1')?.value as string;
    const deleted = await editWorkbook(example, (workbook) => {
      for (const result of [workbook.DeleteSheet('Actions'), workbook.NewSheet('To do')]) if (result.error) throw new Error(result.error);
      type(workbook, 'To do', 'A1', title);
      type(workbook, 'To do', 'A2', 'My own list of things to do');
    });
    const out = path.join(folder, 'own-actions-back.xlsx');
    const { code, output } = await partnering('repair', file('own-actions.xlsx', deleted), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(/restored the sheet Actions with its tables and charts/);
    const after = readWorkbookData(readFileSync(out));
    expect(after.tables.tblActions.sheet).toBe('Actions');
    expect(after.sheets).toContain('To do');
  });
});

describe('partnering repair of a chart gone from a sheet that is still there', () => {
  /** The chart parts anchored on a sheet's drawing (a deleted chart's relationship may stay behind). */
  const anchoredCharts = (bytes: Uint8Array, sheet: string) => {
    const pkg = XlsxPackage.open(bytes);
    const drawing = pkg.relationships(new WorkbookParts(pkg).sheet(sheet)?.path ?? '').find((r) => r.type === REL_TYPE.drawing);
    const anchored = [...strFromU8(pkg.bytes(drawing?.path ?? '') ?? new Uint8Array()).matchAll(/<c:chart\b[^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    return pkg.relationships(drawing?.path ?? '').filter((r) => anchored.includes(r.id) && r.path && pkg.has(r.path))
      .map((r) => strFromU8(pkg.bytes(r.path as string) as Uint8Array));
  };
  const chartTitles = (bytes: Uint8Array, sheet: string) => anchoredCharts(bytes, sheet).map((xml) => /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1]);

  it('puts the Dashboard’s radar chart back, keeping the person’s cells and the other charts', async () => {
    const { editWorkbook, type } = await import('../../support/xlsx-edit');
    const radar = workbookSchema.charts.find((c) => c.kind === 'radar');
    if (!radar) throw new Error('No radar chart declared.');
    const withoutRadar = await editWorkbook(example, (workbook) => {
      const result = workbook.DeleteChart('Dashboard', radar.anchor);
      if (result.error) throw new Error(result.error);
      type(workbook, 'Dashboard', radar.anchor, 'my note where the chart was');
    });
    expect(chartTitles(withoutRadar, 'Dashboard')).not.toContain(radar.title);
    const out = path.join(folder, 'radar-back.xlsx');
    const { code, output } = await partnering('repair', file('no-radar.xlsx', withoutRadar), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(`restored the chart "${radar.title}" on Dashboard`);
    const bytes = new Uint8Array(readFileSync(out));
    expect(chartTitles(bytes, 'Dashboard').sort()).toEqual(workbookSchema.charts.filter((c) => c.sheet === 'Dashboard').map((c) => c.title).sort());
    const pkg = XlsxPackage.open(bytes);
    const cells = new SheetCells(pkg.xml(new WorkbookParts(pkg).sheet('Dashboard')?.path ?? '')?.documentElement as Element, new WorkbookParts(pkg).sharedStrings());
    expect(cells.read(radar.anchor)?.value).toBe('my note where the chart was');
    expect((await partnering('repair', out, '--in-place')).printed[0]).toMatch(/nothing needed repairing/);
  });

  it('puts the Score history chart back on a renamed sheet, its series pointing at the sheet’s name now', async () => {
    const { editWorkbook } = await import('../../support/xlsx-edit');
    const line = workbookSchema.charts.find((c) => c.kind === 'line');
    if (!line) throw new Error('No line chart declared.');
    const renamed = await editWorkbook(example, (workbook) => {
      const deleted = workbook.DeleteChart(line.sheet, line.anchor);
      if (deleted.error) throw new Error(deleted.error);
      const result = workbook.SetSheetName(line.sheet, 'Our scores');
      if (result.error) throw new Error(result.error);
    });
    const out = path.join(folder, 'line-back.xlsx');
    const { code, output } = await partnering('repair', file('no-line.xlsx', renamed), '--out', out);
    expect(code).toBe(0);
    expect(output).toMatch(`restored the chart "${line.title}" on Our scores`);
    const charts = anchoredCharts(new Uint8Array(readFileSync(out)), 'Our scores');
    expect(charts).toHaveLength(1);
    const series = [...charts[0].matchAll(/<(?:c:)?f>([^<]*)<\/(?:c:)?f>/g)].map((m) => m[1]);
    expect(series.length).toBeGreaterThan(0);
    for (const reference of series) expect(reference).toMatch(/^'Our scores'!/);
  });
});

describe('partnering repair of a workbook without its workbook id', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  /** The custom property that carries the id taken out, as a program that drops unknown properties leaves it. */
  const withoutId = (bytes: Uint8Array) => patched(bytes, (name, xml) => (name === 'docProps/custom.xml'
    ? xml.replace(/<property\b[^>]*name="PartneringWorkbookId"[^>]*>[\s\S]*?<\/property>/, '') : xml));

  it('gives it a new id and says so, after which a rater form can be made from it', async () => {
    const source = file('no-id.xlsx', withoutId(example));
    expect(readWorkbookData(readFileSync(source)).workbookId ?? '').toBe('');
    const refused = await partnering('form', source, '--rater', 'Ann', '--side', 'ours', '--out', path.join(folder, 'refused-form.xlsx'));
    expect(refused.problems[0]).toMatch(/no workbook id .*partnering repair gives it one/);

    const out = path.join(folder, 'no-id-repaired.xlsx');
    const run = await partnering('repair', source, '--out', out);
    expect(run.code).toBe(0);
    expect(run.printed.join('\n')).toContain('gave it a new workbook id');
    const repaired = readWorkbookData(readFileSync(out));
    expect(repaired.workbookId).toMatch(UUID);
    expect(rowsOf(repaired)).toEqual(rowsOf(readWorkbookData(readFileSync(source))));

    const form = await partnering('form', out, '--rater', 'Ann', '--side', 'ours', '--out', path.join(folder, 'no-id-form.xlsx'));
    expect(form.code).toBe(0);
  });

  it('gives a workbook still carrying the template’s stand-in id one of its own, another on each repair of such a copy', async () => {
    const ids: string[] = [];
    const source = file('template-id.xlsx', await writeWorkbook(workbookSchema, { workbookId: 'template' }));
    for (const name of ['first', 'second']) {
      const out = path.join(folder, `${name}-template-id-repaired.xlsx`);
      expect((await partnering('repair', source, '--out', out)).code).toBe(0);
      ids.push(readWorkbookData(readFileSync(out)).workbookId ?? '');
    }
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('keeps the id of a workbook that has one', async () => {
    const source = file('with-id.xlsx', patched(example, (name, xml) => (risksSheet(name, xml) ? xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, '') : xml)));
    const out = path.join(folder, 'with-id-repaired.xlsx');
    const run = await partnering('repair', source, '--out', out);
    expect(run.code).toBe(0);
    expect(run.printed.join('\n')).not.toContain('workbook id');
    expect(readWorkbookData(readFileSync(out)).workbookId).toBe('client');
  });
});

/** Every table's cell values by row and header. */
function rowsOf(data: ReturnType<typeof readWorkbookData>) {
  return Object.fromEntries(Object.entries(data.tables).map(([name, t]) => [name, t.rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([h, c]) => [h, c.value])))]));
}
