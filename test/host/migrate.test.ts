/**
 * Templates across clients in the open workbook: a new client from this workbook clears the
 * client's entries in place and keeps the consultant's customisations; an upgrade brings an older
 * layout to today's, keeping every value where it is.
 */
import fc from 'fast-check';
import { runChecks } from '../../src/checks';
import type { WorkbookData } from '../../src/data/workbook-data';
import { createWorkbook, HostError, readWorkbook, startNewClient, upgradeInPlace } from '../../src/excel';
import { newClientCopy } from '../../src/migrate';
import { columnLetter } from '../../src/schema/address';
import { exampleEntries } from '../../src/schema/example';
import { principlesTable } from '../../src/schema/principles';
import { risksTable } from '../../src/schema/risks';
import { initialRows, type CellValue } from '../../src/schema/rows';
import { table, type KeyOf } from '../../src/schema/table';
import { TEMPLATE_VERSION } from '../../src/schema/version';
import { columnOf, workbookSchema, type WorkbookSchema } from '../../src/schema/workbook';
import { createFakeExcel, installExcelGlobals, type FakeExcel, type FakeWorkbookState } from './fake-excel';
import { syncsOf } from './support/syncs';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

const column = (data: WorkbookData, tableName: string, header: string) => data.tables[tableName].rows.map((r) => r.cells[header]?.value ?? null);

describe('new client from this workbook, in place', () => {
  async function consultantWorkbook(): Promise<FakeExcel> {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, { workbookId: 'consultant', ...exampleEntries('2026-03-31') });
    await excel.run(async (context) => {
      const { workbook } = context;
      const principles = workbook.worksheets.getItem('Principles');
      principles.getRange('E5').values = [[2]]; // a weight
      principles.getRange('C6').values = [['A criterion the consultant reworded']];
      workbook.worksheets.getItem('Dashboard').getRange('N4').values = [[4]]; // a target
      workbook.tables.getItem('tblPrinciples').columns.add(undefined, undefined, 'Consultant note');
      workbook.tables.getItem('tblRisks').rows.add(undefined, Array.from({ length: 5 }, (_, i) => risksTable.columns.map((c) => (c.key === 'risk' ? `Extra risk ${i}` : ''))));
      workbook.tables.getItem('tblRisks').columns.add(undefined, undefined, 'Contract ref');
    });
    // The consultant's column is added at the table's right-hand end.
    excel.state.setCell('Principles', `${columnLetter(principlesTable.columns.length + 1)}5`, 'Ask for the board minute');
    excel.state.setCell('Risks', 'T5', 'C-17');
    // A consultant's own risk category, in place of the last one of the list.
    const categories = workbookSchema.definedNames.find((n) => n.name === 'lstCategory')?.refersTo as string;
    excel.state.setCell('Lists', (/([A-Z]+)\$(\d+)$/.exec(categories) as RegExpExecArray).slice(1).join(''), 'Supplier insolvency');
    return excel;
  }

  it('clears the client’s entries and keeps the consultant’s customisations, in two syncs', async () => {
    const excel = await consultantWorkbook();
    const before = await readWorkbook(excel.newContext(), workbookSchema);
    expect(column(before, 'tblPrinciples', 'Rating').some((v) => v !== null)).toBe(true);
    let message = '';
    expect(await syncsOf(excel, async () => { message = (await startNewClient(excel.newContext(), workbookSchema, 'client-2')).message; })).toBe(2);
    expect(message).toMatch(/Save it under a new name/);
    const staleBefore = excel.stats.staleReads;

    const after = await readWorkbook(excel.newContext(), workbookSchema);
    for (const header of ['Ref', 'Criterion', 'Guidance', 'Weight', 'Consultant note']) {
      expect([header, column(after, 'tblPrinciples', header)]).toEqual([header, column(before, 'tblPrinciples', header)]);
    }
    expect(column(after, 'tblPrinciples', 'Weight')[0]).toBe(2);
    expect(column(after, 'tblPrinciples', 'Consultant note')[0]).toBe('Ask for the board minute');
    for (const header of ['Rating', 'Evidence', 'Action', 'Owner', 'Due', 'Status']) {
      expect([header, column(after, 'tblPrinciples', header).every((v) => v === null)]).toEqual([header, true]);
    }
    expect(column(after, 'tblScores', 'Target')[0]).toBe(4);
    expect(column(after, 'tblPlan', 'Element')).toEqual(column(before, 'tblPlan', 'Element'));
    expect(new Set(column(after, 'tblPlan', 'Status'))).toEqual(new Set(['Not started']));
    expect(column(after, 'tblPlan', 'Content').every((v) => v === null)).toBe(true);
    expect(column(after, 'tblCompetencies', 'Level').every((v) => v === null)).toBe(true);
    expect(after.tables.tblRisks.rows).toHaveLength(initialRows(risksTable).length);
    for (const header of ['ID', 'Risk', 'Owner', 'Likelihood', 'Contract ref']) {
      expect([header, column(after, 'tblRisks', header).every((v) => v === null)]).toEqual([header, true]);
    }
    expect(after.tables.tblActions.rows).toHaveLength(1);
    expect(after.tables.tblHistory.rows).toHaveLength(1);
    expect(after.names.Organisation.value).toBeNull();
    expect(after.lists).toEqual(before.lists);
    expect(after.lists.lstCategory).toContain('Supplier insolvency');
    expect(after.workbookId).toBe('client-2');
    // The read after New client recalculated first: no score it read was stale.
    expect(excel.stats.staleReads - staleBefore).toBe(0);
    expect(excel.state.calculatedFormulas('tblRisks').Score).toBe(`=${risksTable.formulas.score}`);
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);
    expect(excel.state.runtime.enableEvents).toBe(true);
  });

  it('keeps the consultant’s own formula columns in the risk register, actions and score history', async () => {
    const excel = await consultantWorkbook();
    const own = { tblRisks: '=[@Likelihood]+[@Impact]', tblActions: '=LEN([@Action])', tblHistory: '=[@Overall]*25' };
    await excel.run(async (context) => {
      for (const [name, formula] of Object.entries(own)) {
        const added = context.workbook.tables.getItem(name).columns.add(undefined, undefined, 'Consultant formula');
        // One formula for every data cell, as Office.js takes a single value for a whole range.
        added.getDataBodyRange().formulas = formula as unknown as string[][];
      }
    });
    await startNewClient(excel.newContext(), workbookSchema, 'client-2');
    const after = await readWorkbook(excel.newContext(), workbookSchema);
    for (const [name, formula] of Object.entries(own)) {
      expect([name, new Set(after.tables[name].rows.map((r) => r.cells['Consultant formula']?.formula))]).toEqual([name, new Set([formula.slice(1)])]);
    }
  });

  it('changes nothing and points to Repair when one of the tables is missing', async () => {
    const excel = await consultantWorkbook();
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Actions').delete(); });
    const before = await readWorkbook(excel.newContext(), workbookSchema);
    await expect(startNewClient(excel.newContext(), workbookSchema, 'client-2')).rejects.toThrow(/tblActions is missing.*Repair workbook/);
    expect(await readWorkbook(excel.newContext(), workbookSchema)).toEqual(before);
  });

  it('gives the same workbook as src/migrate’s new-client copy, for 100 random fills', async () => {
    const start = createFakeExcel();
    await createWorkbook(start.context, workbookSchema, { workbookId: 'random' });
    const template: FakeWorkbookState = start.state;
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 9 }), fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('=1+1', '@x', 'N/A'));
    const entry = fc.record({ table: fc.nat(workbookSchema.tables.length - 1), column: fc.nat(30), row: fc.nat(70), value });
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 20 }), fc.nat(15), async (entries, extraRisks) => {
      const excel = createFakeExcel({ from: template });
      if (extraRisks > 0) {
        await excel.run(async (context) => {
          context.workbook.tables.getItem('tblRisks').rows.add(undefined, Array.from({ length: extraRisks }, () => risksTable.columns.map(() => '')));
        });
      }
      for (const e of entries) {
        const placed = workbookSchema.tables[e.table];
        const inputs = placed.table.columns.filter((c) => !c.formula);
        const target = inputs[e.column % inputs.length];
        const rows = placed.table.name === 'tblRisks' ? initialRows(placed.table).length + extraRisks : initialRows(placed.table).length;
        excel.state.setCell(placed.table.sheet, `${columnLetter(columnOf(placed, target.key))}${placed.headerRow + 1 + (e.row % rows)}`, e.value);
      }
      const before = await readWorkbook(excel.newContext(), workbookSchema);
      const expected = newClientCopy(before, workbookSchema);
      await startNewClient(excel.newContext(), workbookSchema, 'next');
      const after = await readWorkbook(excel.newContext(), workbookSchema);
      for (const { table: t } of workbookSchema.tables) {
        const rows = after.tables[t.name].rows;
        const want = t.clientRows
          ? initialRows(t).slice(0, Math.min(before.tables[t.name].rows.length, initialRows(t).length)).map(() => ({}))
          : expected.tables[t.name].rows;
        expect([t.name, rows.length]).toEqual([t.name, want.length]);
        for (const c of t.columns.filter((col) => !col.formula)) {
          const got = rows.map((r) => r.cells[c.header]?.value ?? null);
          const wanted = want.map((r) => ((r as Record<string, CellValue>)[c.key] ?? null));
          expect({ table: t.name, column: c.header, values: got }).toEqual({ table: t.name, column: c.header, values: wanted });
        }
      }
    }), { numRuns: 100 });
  }, 120_000);
});

describe('upgrade in place', () => {
  /** Template 0.9.0: risk columns in another order, Likelihood called Probability, no Partner column. */
  function olderSchema(): WorkbookSchema {
    const keys: Array<KeyOf<typeof risksTable>> = ['risk', 'id', 'impact', 'likelihood'];
    const columns = [...keys.map((k) => risksTable.col(k)), ...risksTable.columns.filter((c) => !keys.includes(c.key) && c.key !== 'partner')]
      .map((c) => (c.key === 'likelihood' ? { ...c, header: 'Probability' } : c));
    const older = table({ ...risksTable, columns });
    return {
      ...workbookSchema,
      version: '0.9.0',
      tables: workbookSchema.tables.map((p) => (p.table === risksTable ? { ...p, table: older } : p)),
      definedNames: workbookSchema.definedNames.map((n) => (n.name === 'TemplateVersion' ? { ...n, refersTo: '"0.9.0"' } : n)),
    };
  }
  const layouts = [{ version: '0.9.0', renamed: { tblRisks: { Probability: 'likelihood' } } }];

  async function olderWorkbook(): Promise<FakeExcel> {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, olderSchema(), {
      workbookId: 'old-one', start: { organisation: 'Acme' },
      rows: { tblRisks: [{ id: 'R-001', risk: 'Supplier strike', likelihood: 4, impact: 3, owner: 'Sam', status: 'Open', nextReview: '2026-01-10' }] },
    });
    await excel.run(async (context) => { context.workbook.tables.getItem('tblRisks').columns.add(undefined, undefined, 'Contract ref'); });
    excel.state.setCell('Risks', `${columnLetter(risksTable.columns.length)}5`, 'C-17');
    return excel;
  }

  it('renames, adds and restores what today’s layout has, keeps every value where it is, in at most four syncs', async () => {
    const excel = await olderWorkbook();
    const before = await readWorkbook(excel.newContext(), workbookSchema);
    expect(before.templateVersion).toBe('0.9.0');
    let result: Awaited<ReturnType<typeof upgradeInPlace>> | undefined;
    expect(await syncsOf(excel, async () => { result = await upgradeInPlace(excel.newContext(), workbookSchema, () => 'new-id', layouts); })).toBeLessThanOrEqual(4);
    expect(result?.message).toMatch(/Upgraded from template 0\.9\.0 to .*renamed Probability to Likelihood.*added the Partner column of tblRisks/);

    const after = await readWorkbook(excel.newContext(), workbookSchema);
    expect(after.templateVersion).toBe(TEMPLATE_VERSION);
    expect(excel.state.findName('TemplateVersion')?.formula).toBe(`="${TEMPLATE_VERSION}"`);
    expect(after.workbookId).toBe('old-one');
    const risk = after.tables.tblRisks.rows[0].cells;
    expect([risk.ID.value, risk.Risk.value, risk.Likelihood.value, risk.Impact.value, risk.Owner.value, risk['Contract ref'].value])
      .toEqual(['R-001', 'Supplier strike', 4, 3, 'Sam', 'C-17']);
    expect(risk.Likelihood.address).toBe(before.tables.tblRisks.rows[0].cells.Probability.address);
    expect(after.tables.tblRisks.columns.map((c) => c.header)).toContain('Partner');
    expect(excel.state.calculatedFormulas('tblRisks').Score).toBe(`=${risksTable.formulas.score}`);
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);

    // The overdue highlight follows Next review and Status where they stand in this layout.
    const at = (header: string) => columnLetter(after.tables.tblRisks.columns.find((c) => c.header === header)?.column as number);
    const custom = excel.state.sheet('Risks').conditionalFormats.filter((f) => f.type === 'Custom');
    const overdue = custom.filter((f) => JSON.stringify(f.details).includes('TODAY()'));
    const column = (header: string) => `${at(header)}5:${at(header)}${4 + after.tables.tblRisks.rows.length}`;
    expect(overdue.map((f) => f.address)).toEqual([column('Next review')]);
    expect(JSON.stringify(overdue[0].details)).toContain(`$${at('Status')}5<>`);
    // So does the highlight of a likelihood or impact off the scale.
    const offScale = custom.filter((f) => !overdue.includes(f));
    expect(offScale.map((f) => f.address).sort()).toEqual(['Likelihood', 'Impact', 'Residual likelihood', 'Residual impact'].map(column).sort());
    expect(JSON.stringify(offScale.find((f) => f.address === column('Likelihood'))?.details)).toContain(`ISNUMBER(${at('Likelihood')}5)`);
  });

  it('says there is nothing to upgrade on a current workbook, and refuses one from a newer template', async () => {
    const current = createFakeExcel();
    await createWorkbook(current.context, workbookSchema, { workbookId: 'now' });
    expect(await syncsOf(current, async () => {
      expect(await upgradeInPlace(current.newContext(), workbookSchema, () => 'x', layouts)).toMatchObject({ status: 'current' });
    })).toBe(1);
    const newer = createFakeExcel();
    await createWorkbook(newer.context, { ...workbookSchema, version: '9.0.0' }, { workbookId: 'future' });
    const refused = await upgradeInPlace(newer.newContext(), workbookSchema, () => 'x', layouts);
    expect(refused).toMatchObject({ status: 'newer' });
    expect(refused.message).toMatch(/newer than this add-in/);
    expect(newer.state.customProperty('PartneringTemplateVersion')).toBe('9.0.0');
  });

  it('turns an Office.js failure into a plain HostError', async () => {
    const excel = await olderWorkbook();
    excel.failAt(60, 'InvalidArgument');
    await expect(upgradeInPlace(excel.newContext(), workbookSchema, () => 'x', layouts)).rejects.toBeInstanceOf(HostError);
  });
});
