/**
 * Whatever people paste or other tools write, the checks answer with findings and never crash:
 * random values of every type in every input column, overwritten formulas, missing columns,
 * tables and names, odd versions and lists.
 */
import fc from 'fast-check';
import { rules, runChecks } from '../../../src/checks';
import type { RawValue, WorkbookData } from '../../../src/data/workbook-data';
import { serialToIso } from '../../../src/schema/dates';
import { allLists } from '../../../src/schema/lists';
import { workbookSchema } from '../../../src/schema/workbook';
import { removeColumn } from '../../support/workbook-data';
import { blank, example } from './fixtures';

const tables = workbookSchema.tables.map((p) => p.table);
const inputColumns = tables.flatMap((t) => t.columns.filter((c) => !c.formula).map((c) => ({ table: t.name, key: c.key, header: c.header })));
const calculatedColumns = tables.flatMap((t) => t.columns.filter((c) => c.formula).map((c) => ({ table: t.name, header: c.header })));
const everyColumn = tables.flatMap((t) => t.columns.map((c) => ({ table: t.name, key: c.key })));
const names = workbookSchema.cells.flatMap((c) => (c.name ? [c.name] : []));
const ruleIds = new Set(rules.map((r) => r.id));

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer({ min: -5, max: 10 }),
  fc.integer({ min: -1, max: 2958467 }),
  fc.constantFrom<RawValue>(
    ...allLists.flatMap((l) => l.values),
    'N/A', 'n/a', '', ' ', ' 3 ', '=1+1', 'three', 'High', 'next week', '31/02/2026', '2026-03-31', '#REF!', ' Open',
    '5 Working together', '99 Beyond', 'R-001', 'r-001 ', 'A04', 'A12', 'Agreed', 'Done', 'Closed', 'Accept',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.boolean(),
  fc.constantFrom<RawValue>({ error: '#REF!' }, { error: '#N/A' }, { error: '#VALUE!' }, { error: '#DIV/0!' }, { error: '#SPILL!' }),
);

const formulaOrValue = fc.oneof(
  rawValue.map((value) => ({ value })),
  fc.oneof(fc.string(), fc.constantFrom('[@Likelihood]*[@Impact]', '=1+1', 'tblRisks[@[Residual likelihood]]', '[[#This Row],[Score]]'))
    .map((formula) => ({ value: null, formula })),
);

const scenario = fc.record({
  start: fc.constantFrom(blank, example),
  inputs: fc.tuple(...inputColumns.map(() => fc.tuple(fc.nat({ max: 80 }), rawValue))),
  extraInputs: fc.array(fc.tuple(fc.constantFrom(...inputColumns), fc.nat({ max: 80 }), rawValue), { maxLength: 40 }),
  calculated: fc.array(fc.tuple(fc.constantFrom(...calculatedColumns), fc.nat({ max: 80 }), formulaOrValue), { maxLength: 10 }),
  named: fc.array(fc.tuple(fc.constantFrom(...names), formulaOrValue), { maxLength: 8 }),
  missingColumns: fc.subarray(everyColumn, { maxLength: 4 }),
  missingTables: fc.subarray(tables.map((t) => t.name), { maxLength: 2 }),
  missingNames: fc.subarray(names, { maxLength: 3 }),
  lists: fc.option(fc.dictionary(fc.constantFrom(...allLists.map((l) => l.name)), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }))),
  version: fc.option(fc.oneof(fc.string(), fc.constantFrom('1.0.0', '2.0', '0.1', 'v1', '1..0', '999999999999999999999.1'))),
  todaySerial: fc.integer({ min: 1, max: 2958465 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): WorkbookData {
  const data: WorkbookData = structuredClone(s.start);
  const put = (table: string, header: string, row: number, cell: { value: RawValue; formula?: string }) => {
    const rows = data.tables[table].rows;
    const target = rows[row % rows.length].cells[header];
    target.value = cell.value;
    if (cell.formula === undefined) delete target.formula;
    else target.formula = cell.formula;
  };
  inputColumns.forEach((c, i) => put(c.table, c.header, s.inputs[i][0], { value: s.inputs[i][1] }));
  for (const [c, row, value] of s.extraInputs) put(c.table, c.header, row, { value });
  for (const [c, row, cell] of s.calculated) put(c.table, c.header, row, cell);
  for (const [name, cell] of s.named) Object.assign(data.names[name], cell);
  const damaged = s.missingColumns.reduce((d, { table, key }) => removeColumn(d, table, key), data);
  for (const table of s.missingTables) delete damaged.tables[table];
  for (const name of s.missingNames) delete damaged.names[name];
  return { ...damaged, lists: s.lists ?? damaged.lists, templateVersion: s.version ?? undefined };
}

describe('the checks under random entries', () => {
  it('never throw, and every finding says where, what and what to do in words', () => {
    fc.assert(fc.property(scenario, (s) => {
      const findings = runChecks(build(s), { today: serialToIso(s.todaySerial) });
      for (const f of findings) {
        expect(ruleIds.has(f.rule)).toBe(true);
        expect(['error', 'warning', 'info']).toContain(f.severity);
        for (const field of [f.sheet, f.cell, f.message, f.fix]) expect(typeof field).toBe('string');
        expect(f.message.length).toBeGreaterThan(0);
        expect(f.fix.length).toBeGreaterThan(0);
        expect(f.message).not.toMatch(/undefined|\[object Object\]/);
      }
    }), { numRuns: 200 });
  });
});
