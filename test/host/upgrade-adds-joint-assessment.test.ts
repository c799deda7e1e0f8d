/**
 * Upgrade in the open workbook from template 1.0.0 (before the joint assessment): the Ratings sheet,
 * tblRatings, its lists and the joint-assessment columns arrive through Repair, every entry stays.
 */
import { runChecks } from '../../src/checks';
import type { WorkbookData } from '../../src/data/workbook-data';
import { createWorkbook, readWorkbook, upgradeInPlace } from '../../src/excel';
import { exampleEntries } from '../../src/schema/example';
import { lists } from '../../src/schema/lists';
import { principlesTable } from '../../src/schema/principles';
import { ratingsTable } from '../../src/schema/ratings';
import { scoresTable } from '../../src/schema/scores';
import { TEMPLATE_VERSION } from '../../src/schema/version';
import { workbookSchema } from '../../src/schema/workbook';
import { JOINT_PRINCIPLE_COLUMNS, JOINT_SCORE_COLUMNS, layout100 } from '../support/layout-1-0-0';
import { createFakeExcel, installExcelGlobals } from './fake-excel';
import { syncsOf } from './support/syncs';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

const valuesOf = (data: WorkbookData) => Object.fromEntries(Object.entries(data.tables).map(([name, t]) => [name,
  t.rows.map((r) => Object.fromEntries(Object.entries(r.cells).map(([header, cell]) => [header, cell.value])))]));

it('adds the Ratings sheet, tblRatings, its lists and the new columns to a 1.0.0 workbook, keeping every value, in at most four syncs', async () => {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, layout100(), { workbookId: 'older-one', ...exampleEntries('2026-03-31') });
  const before = await readWorkbook(excel.newContext(), workbookSchema);
  expect([before.templateVersion, before.tables.tblRatings]).toEqual(['1.0.0', undefined]);

  let message = '';
  expect(await syncsOf(excel, async () => {
    const result = await upgradeInPlace(excel.newContext(), workbookSchema, () => 'new-id');
    message = result.message;
  })).toBeLessThanOrEqual(4);
  expect(message).toMatch(/Upgraded from template 1\.0\.0/);

  const after = await readWorkbook(excel.newContext(), workbookSchema);
  expect(after.templateVersion).toBe(TEMPLATE_VERSION);
  expect(after.tables.tblRatings.sheet).toBe(ratingsTable.sheet);
  expect(after.tables.tblRatings.columns.map((c) => c.header)).toEqual(ratingsTable.columns.map((c) => c.header));
  expect(after.lists[lists.side.name]).toEqual(lists.side.values);
  expect(after.lists[lists.criterionRef.name]).toEqual(lists.criterionRef.values);
  const principles = excel.state.calculatedFormulas('tblPrinciples');
  const scores = excel.state.calculatedFormulas('tblScores');
  for (const key of JOINT_PRINCIPLE_COLUMNS) expect(principles[principlesTable.col(key as never).header]).toBe(`=${principlesTable.formulas[key]}`);
  for (const key of JOINT_SCORE_COLUMNS) expect(scores[scoresTable.col(key as never).header]).toBe(`=${scoresTable.formulas[key]}`);

  const had = valuesOf(before);
  const kept = valuesOf(after);
  for (const [name, rows] of Object.entries(had)) {
    rows.forEach((row, i) => {
      for (const [header, value] of Object.entries(row)) expect({ name, i, header, value: kept[name]?.[i]?.[header] }).toEqual({ name, i, header, value });
    });
  }
  expect(after.workbookId).toBe('older-one');
  const jointChart = excel.state.sheet(scoresTable.sheet).charts.find((c) => c.series.map((s) => s.name).join() === 'Ours,Partner');
  expect(jointChart?.series.map((s) => s.values)).toEqual(['Dashboard!U4:U15', 'Dashboard!V4:V15']);
  expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);
});
