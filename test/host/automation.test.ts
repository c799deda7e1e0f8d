import { collectActionsIntoTable, createWorkbook, numberNewRisks, readWorkbook, saveSnapshot } from '../../src/excel';
import { isoToSerial } from '../../src/schema/dates';
import { exampleEntries } from '../../src/schema/example';
import { LINE_POINTS, wrappedLines } from '../../src/schema/text-height';
import type { PlacedTable } from '../../src/schema/layout';
import { columnOf, workbookSchema } from '../../src/schema/workbook';
import { cellAddress } from '../../src/schema/address';
import { collectActions, workbookScores } from '../../src/scoring';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';
import { syncsOf } from './support/syncs';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

const TODAY = isoToSerial('2026-06-15') as number;

async function example(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, { workbookId: 'auto', ...exampleEntries('2026-03-31') });
  return excel;
}

describe('collect actions', () => {
  it('fills the Actions table with every action that has an owner or a due date, marking the overdue ones, in two syncs', async () => {
    const excel = await example();
    let collected: Awaited<ReturnType<typeof collectActionsIntoTable>> = [];
    expect(await syncsOf(excel, async () => { collected = await collectActionsIntoTable(excel.context, workbookSchema, TODAY); })).toBe(2);
    const data = await readWorkbook(excel.newContext(), workbookSchema);
    const rows = data.tables.tblActions.rows;
    expect(collected).toEqual(collectActions(data, TODAY));
    expect(rows.map((r) => r.cells.Action.value)).toEqual(collected.map((a) => a.action));
    const exitPlan = rows.find((r) => r.cells.Ref.value === 'P12.1');
    expect(exitPlan?.cells.Overdue.value).toBe('Overdue');
    expect(rows.some((r) => r.cells.Source.value === 'Risks')).toBe(true);
  });
});

const placedCell = (placed: PlacedTable, key: string, row: number) => cellAddress(columnOf(placed, key), placed.headerRow + 1 + row);

describe('row heights of collected actions', () => {
  it('makes a row with a long action tall enough for it, and a short one one line high, in the same two syncs', async () => {
    const excel = await example();
    const long = 'Agree with Northgate who answers for each stage of a joint bid, write it into the plan and review it with both teams after the first bid';
    const principles = workbookSchema.tables.find((p) => p.table.name === 'tblPrinciples')!;
    const first = placedCell(principles, 'action', 0);
    excel.state.typeCell('Principles', first, long);
    excel.state.typeCell('Principles', placedCell(principles, 'owner', 0), 'Sam');
    // A row left tall by an earlier, longer list is lowered again.
    excel.state.sheet('Actions').rowHeights[6] = 90;
    expect(await syncsOf(excel, () => collectActionsIntoTable(excel.context, workbookSchema, TODAY))).toBe(2);
    const rows = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblActions.rows;
    const heights = excel.state.sheet('Actions').rowHeights;
    const longRow = rows.find((r) => r.cells.Action.value === long);
    expect(longRow).toBeDefined();
    expect(heights[longRow!.row]).toBe(wrappedLines(long, 44) * LINE_POINTS);
    expect(heights[longRow!.row]).toBeGreaterThan(2 * LINE_POINTS);
    const short = rows.filter((r) => wrappedLines(String(r.cells.Action.value), 44) === 1);
    expect(short.length).toBeGreaterThan(0);
    expect(short.map((r) => heights[r.row])).toEqual(short.map(() => LINE_POINTS));
  });
});

describe('risk numbering', () => {
  it('gives a new risk with text but no ID the next free ID and never renumbers, in two syncs', async () => {
    const excel = await example();
    excel.state.typeCell('Risks', 'B11', 'Partner loses its certification');
    excel.state.typeCell('Risks', 'B13', 'Key account manager leaves');
    let ids: string[] = [];
    expect(await syncsOf(excel, async () => { ids = await numberNewRisks(excel.context, workbookSchema); })).toBe(2);
    expect(ids).toEqual(['R-007', 'R-008']);
    expect(excel.state.value('Risks', 'A11')).toBe('R-007');
    expect(excel.state.value('Risks', 'A13')).toBe('R-008');
    expect(excel.state.value('Risks', 'A5')).toBe('R-001');
    expect(await numberNewRisks(excel.newContext(), workbookSchema)).toEqual([]);
  });
});

describe('snapshot', () => {
  it('records today’s scores in the empty first row, then appends, in two syncs each', async () => {
    const excel = await example();
    const data = await readWorkbook(excel.newContext(), workbookSchema);
    const scores = workbookScores(data);
    expect(await syncsOf(excel, () => saveSnapshot(excel.context, workbookSchema, TODAY, '=Quarter 2 review'))).toBe(2);
    expect(await syncsOf(excel, () => saveSnapshot(excel.newContext(), workbookSchema, TODAY + 90, 'Quarter 3'))).toBe(2);
    const history = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblHistory.rows;
    expect(history).toHaveLength(2);
    expect(history[0].cells.Date.value).toBe(TODAY);
    expect(history[0].cells.Label.value).toBe('=Quarter 2 review');
    expect(history[0].cells.Overall.value).toBeCloseTo(scores.overall as number, 12);
    expect(history[0].cells.P01.value).toBeCloseTo(scores.principles[0].score as number, 12);
    expect(history[0].cells['Open high risks'].value).toBe(scores.openHighRisks);
    expect(history[1].cells.Label.value).toBe('Quarter 3');
  });
});

describe('adding rows while co-authoring', () => {
  it('collects actions into rows written below the table, never TableRowCollection.add, moving what a person put below down', async () => {
    const excel = await example();
    excel.coauthor();
    const before = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblActions;
    const below = `A${before.rows.at(-1)!.row + 3}`;
    excel.state.setCell('Actions', below, 'My own note below the table');
    const collected = await collectActionsIntoTable(excel.newContext(), workbookSchema, TODAY);
    expect(excel.conflicts).toEqual([]);
    const rows = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblActions.rows;
    expect(rows.map((r) => r.cells.Action.value)).toEqual(collected.map((a) => a.action));
    const grown = collected.length - before.rows.length;
    expect(grown).toBeGreaterThan(0);
    expect(excel.state.value('Actions', `A${before.rows.at(-1)!.row + 3 + grown}`)).toBe('My own note below the table');
  });

  it('appends a snapshot below the table, never TableRowCollection.add, in two syncs', async () => {
    const excel = await example();
    await saveSnapshot(excel.newContext(), workbookSchema, TODAY, 'First');
    excel.coauthor();
    expect(await syncsOf(excel, () => saveSnapshot(excel.newContext(), workbookSchema, TODAY + 1, 'Second'))).toBe(2);
    expect(excel.conflicts).toEqual([]);
    const history = (await readWorkbook(excel.newContext(), workbookSchema)).tables.tblHistory.rows;
    expect(history.map((r) => r.cells.Label.value)).toEqual(['First', 'Second']);
  });
});
