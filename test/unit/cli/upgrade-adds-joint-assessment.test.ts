/**
 * `partnering upgrade` of a workbook from template 1.0.0 (before the joint assessment): the Ratings
 * sheet, tblRatings, the lists its dropdowns need and the joint-assessment columns of tblPrinciples
 * and tblScores are added; every entry of the person's is where it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runChecks } from '../../../src/checks';
import type { WorkbookData } from '../../../src/data/workbook-data';
import { exampleEntries } from '../../../src/schema/example';
import { lists } from '../../../src/schema/lists';
import { principlesTable } from '../../../src/schema/principles';
import { ratingsTable } from '../../../src/schema/ratings';
import { scoresTable } from '../../../src/schema/scores';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { fileStructure } from '../../support/structure';
import { dataRange, placed } from '../../../src/schema/workbook';
import { JOINT_PRINCIPLE_COLUMNS, JOINT_SCORE_COLUMNS, layout100 } from '../../support/layout-1-0-0';

const partnering = partneringOn('2026-04-01');
let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-joint-upgrade-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every cell value of every table, by table, row and header (columns added to the left move a column of the person's own). */
const valuesOf = (data: WorkbookData) => Object.fromEntries(Object.entries(data.tables).map(([name, t]) => [name,
  t.rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([header, cell]) => [header, cell.value])))]));

describe('partnering upgrade from template 1.0.0', () => {
  let before: WorkbookData;
  let after: WorkbookData;
  let printed: string[];
  let upgraded: Uint8Array;

  beforeAll(async () => {
    const example = exampleEntries('2026-03-31');
    const older = path.join(folder, 'older.xlsx');
    writeFileSync(older, await writeWorkbook(layout100(), {
      ...example, workbookId: 'older-one',
      tables: { tblPrinciples: { rows: example.rows.tblPrinciples ?? [], extraColumns: [{ header: 'Consultant note', values: ['Ask for the minute'] }] } },
    }));
    before = readWorkbookData(readFileSync(older));
    const out = path.join(folder, 'upgraded.xlsx');
    const run = await partnering('upgrade', older, '--out', out);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
    printed = run.printed;
    upgraded = new Uint8Array(readFileSync(out));
    after = readWorkbookData(upgraded);
  });

  it('starts from a workbook that has none of the joint assessment', () => {
    expect(before.templateVersion).toBe('1.0.0');
    expect(before.tables.tblRatings).toBeUndefined();
    expect(before.tables.tblPrinciples.columns.map((c) => c.header)).not.toContain('Ours mean');
    expect(before.lists[lists.side.name]).toBeUndefined();
  });

  it('adds the Ratings sheet with tblRatings, its lists and the new columns with their formulas', () => {
    expect(printed[0]).toMatch(/from template version 1\.0\.0 to/);
    expect(after.templateVersion).toBe(TEMPLATE_VERSION);
    expect(after.tables.tblRatings.sheet).toBe(ratingsTable.sheet);
    expect(after.tables.tblRatings.columns.map((c) => c.header)).toEqual(ratingsTable.columns.map((c) => c.header));
    expect(after.lists[lists.side.name]).toEqual(lists.side.values);
    expect(after.lists[lists.criterionRef.name]).toEqual(lists.criterionRef.values);
    const firstRow = (name: string) => after.tables[name].rows[0].cells;
    for (const key of JOINT_PRINCIPLE_COLUMNS) {
      const header = principlesTable.col(key as never).header;
      expect([header, firstRow('tblPrinciples')[header]?.formula]).toEqual([header, principlesTable.formulas[key]]);
    }
    for (const key of JOINT_SCORE_COLUMNS) {
      const header = scoresTable.col(key as never).header;
      expect([header, firstRow('tblScores')[header]?.formula]).toEqual([header, scoresTable.formulas[key]]);
    }
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('adds the Dashboard chart of Ours against Partner, plotting the new columns', () => {
    const scores = placed(scoresTable);
    const bare = (reference: string) => reference.replace(/[$']/g, '');
    const plotted = fileStructure(upgraded).charts.filter((c) => c.sheet === scoresTable.sheet).map((c) => c.values.map(bare));
    expect(plotted).toContainEqual([dataRange(scores, 'ours'), dataRange(scores, 'partner')].map(bare));
  });

  it('keeps every value of every table the older workbook had, in its row and column', () => {
    const kept = valuesOf(after);
    const had = valuesOf(before);
    for (const [name, rows] of Object.entries(had)) {
      rows.forEach((row, i) => {
        for (const [header, value] of Object.entries(row)) {
          expect({ name, i, header, value: kept[name]?.[i]?.[header] }).toEqual({ name, i, header, value });
        }
      });
    }
    expect(after.tables.tblPrinciples.rows[0].cells['Consultant note'].value).toBe('Ask for the minute');
    expect(after.names.Organisation.value).toBe(before.names.Organisation.value);
    expect(after.workbookId).toBe('older-one');
  });
});

describe('partnering upgrade of a 1.0.0 workbook without a workbook id', () => {
  it('gives it one, which rater forms and merge need', async () => {
    const older = path.join(folder, 'older-without-id.xlsx');
    writeFileSync(older, await writeWorkbook(layout100(), { workbookId: '', ...exampleEntries('2026-03-31') }));
    expect(readWorkbookData(readFileSync(older)).workbookId ?? '').toBe('');
    const out = path.join(folder, 'upgraded-with-id.xlsx');
    const run = await partnering('upgrade', older, '--out', out);
    expect(run.code).toBe(0);
    expect(run.printed.join('\n')).toContain('gave it a new workbook id');
    expect(readWorkbookData(readFileSync(out)).workbookId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
