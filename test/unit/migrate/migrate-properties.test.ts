/**
 * Property tests over many randomly filled workbooks: a new-client copy keeps every customisation
 * and clears every client entry; an upgrade loses no value a person typed.
 */
import fc from 'fast-check';
import { newClientCopy, upgradeWorkbook } from '../../../src/migrate';
import type { CellValue, RowEntries } from '../../../src/schema/rows';
import { workbookSchema } from '../../../src/schema/workbook';
import { workbookDataFrom } from '../../support/workbook-data';

const RUNS = 1000;

const value = fc.oneof(
  fc.constant(null), fc.integer({ min: -5, max: 30 }), fc.double({ min: -10, max: 10, noNaN: true }),
  fc.string({ maxLength: 12 }), fc.constantFrom('N/A', '=1+1', '+44', '@x', ' 3 ', 'High', 'Agreed', 'Open'),
);

/** Random entries for every non-calculated column of the first rows of each table. */
const entries = fc.record(Object.fromEntries(workbookSchema.tables.map(({ table }) => {
  const columns = table.columns.filter((c) => !c.formula);
  const row = fc.record(Object.fromEntries(columns.map((c) => [c.key, value])) as Record<string, fc.Arbitrary<CellValue>>, { requiredKeys: [] });
  return [table.name, fc.array(row, { maxLength: 4 })];
})) as Record<string, fc.Arbitrary<RowEntries[]>>);

const templateTables = workbookSchema.tables.filter((p) => !p.table.clientRows).map((p) => p.table);
const clientTables = workbookSchema.tables.filter((p) => p.table.clientRows).map((p) => p.table);

/** Values are primitives, so strict equality is the comparison (NaN is never generated). */
const same = (a: CellValue | undefined, b: CellValue | undefined) => (a ?? null) === (b ?? null);

describe('a new-client copy', () => {
  it(`keeps every customisation and clears every client entry, for ${RUNS} random workbooks`, () => {
    fc.assert(fc.property(entries, (rows) => {
      const data = workbookDataFrom({ rows });
      const copy = newClientCopy(data, workbookSchema);
      const templateKept = templateTables.every((table) => {
        const source = data.tables[table.name];
        const copied = copy.tables[table.name];
        return copied.rows.length === source.rows.length && source.rows.every((row, i) => table.columns
          .filter((c) => !c.formula)
          .every((c) => same(copied.rows[i][c.key], c.clientEntry ? (c.initial ?? null) : row.cells[c.header]?.value as CellValue)));
      });
      const clientCleared = clientTables.every((table) => copy.tables[table.name].rows.length === 0);
      return templateKept && clientCleared && Object.keys(copy.start).length === 0 && copy.lists === data.lists;
    }), { numRuns: RUNS });
  });
});

describe('an upgrade', () => {
  it(`loses no value a person typed, for ${RUNS} random workbooks with extra columns`, () => {
    fc.assert(fc.property(entries, fc.string({ minLength: 1, maxLength: 10 }), (rows, extraValue) => {
      const data = workbookDataFrom({ rows, version: '0.9.0' });
      const risks = data.tables.tblRisks;
      const extraColumn = risks.columns[risks.columns.length - 1].column + 1;
      risks.columns.push({ header: 'Contract ref', column: extraColumn });
      risks.rows.forEach((row) => { row.cells['Contract ref'] = { address: `Z${row.row}`, value: extraValue }; });
      const upgraded = upgradeWorkbook(data, workbookSchema);
      const kept = workbookSchema.tables.every(({ table }) => data.tables[table.name].rows.every((row, i) => table.columns
        .filter((c) => !c.formula)
        .every((c) => same(upgraded.tables[table.name].rows[i][c.key], row.cells[c.header]?.value as CellValue))));
      const extras = upgraded.tables.tblRisks.extraColumns;
      return kept && extras.length === 1 && extras[0].header === 'Contract ref' && extras[0].values.every((v) => v === extraValue);
    }), { numRuns: RUNS });
  });

  it('maps columns an older layout named differently onto today’s keys', () => {
    const data = workbookDataFrom({ rows: { tblRisks: [{ risk: 'Supplier strike', likelihood: 4, impact: 3 }] }, version: '0.9.0' });
    const risks = data.tables.tblRisks;
    for (const [now, then] of [['Likelihood', 'Probability'], ['Impact', 'Severity']]) {
      const column = risks.columns.find((c) => c.header === now);
      if (!column) throw new Error(now);
      column.header = then;
      for (const row of risks.rows) {
        row.cells[then] = row.cells[now];
        delete row.cells[now];
      }
    }
    const layouts = [{ version: '0.9.0', renamed: { tblRisks: { Probability: 'likelihood', Severity: 'impact' } } }];
    const upgraded = upgradeWorkbook(data, workbookSchema, layouts);
    expect(upgraded.tables.tblRisks.rows[0]).toMatchObject({ risk: 'Supplier strike', likelihood: 4, impact: 3 });
    expect(upgraded.tables.tblRisks.extraColumns).toEqual([]);
    const without = upgradeWorkbook(data, workbookSchema, []);
    expect(without.tables.tblRisks.extraColumns.map((e) => e.header)).toEqual(['Probability', 'Severity']);
  });
});
