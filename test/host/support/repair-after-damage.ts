/**
 * Repair after random damage keeps every value a person typed: for workbooks filled at
 * random and then damaged at random through the Office.js API (sheets deleted or renamed, columns
 * deleted or renamed, a table turned back into a range, formulas and figures typed over,
 * validations and highlights cleared, names, properties and charts deleted, rows inserted), every
 * value still in the workbook after the damage is there after the repair, and the structure is
 * whole again.
 */
import fc from 'fast-check';
import { runChecks } from '../../../src/checks';
import { createWorkbook, readWorkbook, repairWorkbook } from '../../../src/excel';
import { chartName } from '../../../src/excel/write-steps';
import { cellAddress } from '../../../src/schema/address';
import { exampleEntries } from '../../../src/schema/example';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../../../src/schema/properties';
import { initialRows } from '../../../src/schema/rows';
import { columnOf, workbookSchema } from '../../../src/schema/workbook';
import { cellKey, parseCellKey, parseRect } from '../fake-excel/address';
import { createFakeExcel, installExcelGlobals, type CellValue, type FakeExcel, type FakeWorkbookState } from '../fake-excel';

const STRUCTURE_RULES = new Set(['missing-sheet', 'missing-table', 'missing-column', 'missing-name', 'overwritten-formula']);

const tables = workbookSchema.tables;
const sheetNames = workbookSchema.sheets.map((s) => s.name);

const typed = fc.oneof(
  fc.integer({ min: -5, max: 30 }), fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
  fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('N/A', '=1+1', '+44', '@x', ' 3 ', 'High', '#REF!'),
);

/** A value typed into an input column (or a column of the person's own) of a table row as created. */
const entry = fc.record({
  table: fc.nat(tables.length - 1), column: fc.nat(40), row: fc.nat(60), value: typed,
});

const damage = fc.oneof(
  fc.record({ kind: fc.constant('deleteSheet' as const), sheet: fc.constantFrom(...sheetNames) }),
  fc.record({ kind: fc.constant('renameSheet' as const), sheet: fc.constantFrom(...sheetNames) }),
  fc.record({ kind: fc.constant('deleteColumn' as const), table: fc.nat(tables.length - 1), column: fc.nat(40) }),
  fc.record({ kind: fc.constant('renameColumn' as const), table: fc.nat(tables.length - 1), column: fc.nat(40) }),
  fc.record({ kind: fc.constant('tableToRange' as const), table: fc.nat(tables.length - 1) }),
  fc.record({ kind: fc.constant('typeOverFormula' as const), table: fc.nat(tables.length - 1), column: fc.nat(40), row: fc.nat(60), value: typed }),
  fc.record({ kind: fc.constant('typeOverFigure' as const), cell: fc.constantFrom(...workbookSchema.cells.filter((c) => c.formula !== undefined)), value: typed }),
  fc.record({ kind: fc.constant('clearValidation' as const), sheet: fc.constantFrom(...sheetNames) }),
  fc.record({ kind: fc.constant('clearHighlights' as const), sheet: fc.constantFrom(...sheetNames) }),
  fc.record({ kind: fc.constant('deleteName' as const), name: fc.constantFrom(...workbookSchema.definedNames.map((n) => n.name)) }),
  fc.record({ kind: fc.constant('deleteProperty' as const), key: fc.constantFrom(PROPERTY_VERSION, PROPERTY_WORKBOOK_ID) }),
  fc.record({ kind: fc.constant('deleteChart' as const), chart: fc.constantFrom(...workbookSchema.charts) }),
  fc.record({ kind: fc.constant('insertRows' as const), table: fc.nat(tables.length - 1), row: fc.nat(60) }),
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

/** A row and column of a table as created, picked by number. */
function place(tableIndex: number, columnIndex: number, rowIndex: number, formulas: boolean) {
  const placed = tables[tableIndex];
  const columns = placed.table.columns.filter((c) => Boolean(c.formula) === formulas);
  if (columns.length === 0) return undefined;
  const column = columns[columnIndex % columns.length];
  const rows = initialRows(placed.table).length;
  return { sheet: placed.table.sheet, table: placed.table, column, address: cellAddress(columnOf(placed, column.key), placed.headerRow + 1 + (rowIndex % rows)) };
}

const renamedSheet = (sheet: string) => `${sheet} (ours)`;

async function apply(excel: FakeExcel, d: Damage): Promise<void> {
  await excel.run(async (context) => {
    const { workbook } = context;
    switch (d.kind) {
      case 'deleteSheet': workbook.worksheets.getItem(d.sheet).delete(); break;
      case 'renameSheet': workbook.worksheets.getItem(d.sheet).name = renamedSheet(d.sheet); break;
      case 'deleteColumn': case 'renameColumn': {
        const { table } = tables[d.table];
        const column = table.columns[d.column % table.columns.length];
        const found = workbook.tables.getItem(table.name).columns.getItem(column.header);
        if (d.kind === 'deleteColumn') found.delete();
        else found.getHeaderRowRange().values = [[`${column.header} (old)`]];
        break;
      }
      case 'tableToRange': {
        // Table.convertToRange: the cells stay, the table goes (the fake has no member for it).
        const name = tables[d.table].table.name;
        excel.state.tables = excel.state.tables.filter((t) => t.name !== name);
        break;
      }
      case 'typeOverFormula': {
        const at = place(d.table, d.column, d.row, true);
        if (at) workbook.worksheets.getItem(at.sheet).getRange(at.address).values = [[d.value]];
        break;
      }
      case 'typeOverFigure': workbook.worksheets.getItem(d.cell.sheet).getRange(d.cell.cell).values = [[d.value]]; break;
      case 'clearValidation': workbook.worksheets.getItem(d.sheet).getRange('A1:Z200').dataValidation.clear(); break;
      case 'clearHighlights': workbook.worksheets.getItem(d.sheet).getRange('A1:Z200').conditionalFormats.clearAll(); break;
      case 'deleteName': workbook.names.getItem(d.name).delete(); break;
      case 'deleteProperty': workbook.properties.custom.getItem(d.key).delete(); break;
      case 'deleteChart': workbook.worksheets.getItem(d.chart.sheet).charts.getItem(chartName(d.chart)).delete(); break;
      case 'insertRows': {
        const placed = tables[d.table];
        const found = workbook.tables.getItem(placed.table.name).getDataBodyRange();
        found.getRow(d.row % initialRows(placed.table).length).insert('Down');
        break;
      }
    }
  }).catch(() => undefined); // Damage Excel refuses (its sheet is gone already) does not happen.
}

/**
 * Every constant in the workbook, row by row in column order, taken from the fake's cells (so a
 * table turned into a range counts too). Cells Repair is meant to write formulas into again are
 * left out: the calculated columns of our tables and the Dashboard figures.
 */
function userValues(state: FakeWorkbookState): Map<string, CellValue[]> {
  const restored = new Set<string>();
  for (const { table, headerRow, firstColumn } of tables) {
    const calculated = table.columns.filter((c) => c.formula);
    const found = state.findTable(table.name);
    if (found) {
      const rect = parseRect(found.address, 'test');
      found.columns.forEach((column, i) => {
        if (!calculated.some((c) => c.header.toLowerCase() === column.name.toLowerCase())) return;
        for (let row = rect.top + 1; row <= rect.bottom; row++) restored.add(`${found.sheet.name}!${cellKey(row, rect.left + i)}`);
      });
    } else {
      for (const column of calculated) {
        const index = table.columns.indexOf(column);
        for (let r = 1; r <= initialRows(table).length; r++) restored.add(`${table.sheet}!${cellAddress(firstColumn + index, headerRow + r)}`);
      }
    }
  }
  for (const cell of workbookSchema.cells.filter((c) => c.formula !== undefined)) {
    restored.add(`${cell.sheet}!${cell.cell}`);
    restored.add(`${renamedSheet(cell.sheet)}!${cell.cell}`);
  }
  const rows = new Map<string, Array<{ column: number; value: CellValue }>>();
  for (const sheet of state.worksheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula !== undefined || cell.value === null || cell.value === '' || restored.has(`${sheet.name}!${key}`)) continue;
      const { row, column } = parseCellKey(key);
      const where = `${sheet.name} row ${row + 1}`;
      rows.set(where, [...(rows.get(where) ?? []), { column, value: cell.value }]);
    }
  }
  return new Map([...rows].map(([where, cells]) => [where, cells.sort((a, b) => a.column - b.column).map((c) => c.value)]));
}

/** True when `part` appears in `whole` in the same order (Repair may add labels and headers, and move cells right). */
function inOrder(part: CellValue[], whole: CellValue[]): boolean {
  let i = 0;
  for (const value of whole) if (i < part.length && Object.is(value, part[i])) i++;
  return i === part.length;
}

/**
 * Registers the property over `runs` random workbooks in the enclosing file: the cases are split
 * over two files so that Jest's two workers share them.
 */
export function repairsAfterRandomDamage(runs: number): void {
  let restoreGlobals: () => void;
  let template: FakeWorkbookState;
  beforeAll(async () => {
    restoreGlobals = installExcelGlobals();
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, { workbookId: 'template', ...exampleEntries('2026-03-31') });
    template = excel.state;
  });
  afterAll(() => restoreGlobals());

  it(`keeps every value a person typed and makes the structure whole, for ${runs} random workbooks`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 12 }), fc.array(damage, { minLength: 1, maxLength: 4 }), async (entries, damages) => {
      const excel = createFakeExcel({ from: template });
      for (const e of entries) {
        const at = place(e.table, e.column, e.row, false);
        if (at) excel.state.setCell(at.sheet, at.address, e.value);
      }
      for (const d of damages) await apply(excel, d);
      const before = userValues(excel.state);

      const syncs = excel.stats.syncs;
      const result = await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
      expect(excel.stats.syncs - syncs).toBeLessThanOrEqual(3);

      const data = await readWorkbook(excel.newContext(), workbookSchema);
      const after = userValues(excel.state);
      for (const [where, values] of before) {
        if (!inOrder(values, after.get(where) ?? [])) expect({ where, values: after.get(where) }).toEqual({ where, values });
      }
      if (result.unrestorable.length === 0) {
        const broken = runChecks(data, { today: '2026-04-01' }).filter((f) => STRUCTURE_RULES.has(f.rule));
        expect(broken.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
      }
      expect(excel.state.runtime.enableEvents).toBe(true);
    }), { numRuns: runs });
  }, 300_000);
}
