import { chartName, REQUEST_BYTE_BUDGET } from '../../src/excel/write-steps';
import { runChecks } from '../../src/checks';
import { createWorkbook, goToCell, HostError, readWorkbook, repairWorkbook, type StartDetails } from '../../src/excel';
import { exampleEntries } from '../../src/schema/example';
import { risksTable } from '../../src/schema/risks';
import { initialRows } from '../../src/schema/rows';
import { workbookSchema } from '../../src/schema/workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { fileStructure } from '../support/structure';
import { createFakeExcel, installExcelGlobals, PAYLOAD_LIMIT_BYTES, type FakeExcel } from './fake-excel';
import { fakeStructure } from './support/fake-structure';
import { syncsOf } from './support/syncs';

let restoreGlobals: () => void;
beforeAll(() => { restoreGlobals = installExcelGlobals(); });
afterAll(() => restoreGlobals());

const details = { workbookId: 'host-test', start: { organisation: '=HYPERLINK("http://example.org","click")', partners: '+44 20 7946 0000' } };

async function created(entries: StartDetails = details): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, entries);
  return excel;
}

describe('create', () => {
  it('builds every sheet, table, name, chart and property in two syncs on an empty workbook', async () => {
    const excel = createFakeExcel();
    const result = await createWorkbook(excel.context, workbookSchema, details);
    expect(result.status).toBe('created');
    expect(excel.stats.syncs).toBe(2);
    const { state } = excel;
    expect(workbookSchema.sheets.every((s) => state.findSheet(s.name))).toBe(true);
    expect(state.sheet('Lists').visibility).toBe('Hidden');
    expect(state.tables.map((t) => t.name).sort()).toEqual(workbookSchema.tables.map((p) => p.table.name).sort());
    expect(state.calculatedFormulas('tblRisks').Score).toBe(`=${workbookSchema.tables.find((p) => p.table.name === 'tblRisks')?.table.formulas.score}`);
    expect(state.customProperty('PartneringTemplateVersion')).toBe(workbookSchema.version);
    for (const sheet of workbookSchema.sheets) expect([sheet.name, state.sheet(sheet.name).charts.length]).toEqual([sheet.name, workbookSchema.charts.filter((c) => c.sheet === sheet.name).length]);
    expect(state.runtime.enableEvents).toBe(true);
  });

  it('puts the formulas in every row even where Excel’s AutoCorrect makes no calculated columns, and Repair keeps them there', async () => {
    const excel = createFakeExcel();
    excel.state.autoCorrect.fillFormulasInTables = false;
    await createWorkbook(excel.context, workbookSchema, { workbookId: 'no-autocorrect', ...exampleEntries('2026-03-31') });
    expect(excel.state.calculatedFormulas('tblRisks')).toEqual({});
    const scores = () => readWorkbook(excel.newContext(), workbookSchema).then((d) => d.tables.tblRisks.rows.map((r) => r.cells.Score.formula));
    expect(new Set(await scores())).toEqual(new Set([risksTable.formulas.score]));
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Risks').getRange('I6').values = [[99]]; });
    await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    expect(new Set(await scores())).toEqual(new Set([risksTable.formulas.score]));
  });

  it('writes what a person typed as text, never as a formula', async () => {
    const { state } = await created();
    expect(state.formula('Start', 'B5')).toBeUndefined();
    expect(state.value('Start', 'B5')).toBe('=HYPERLINK("http://example.org","click")');
    expect(state.value('Start', 'B6')).toBe('+44 20 7946 0000');
  });

  it('changes nothing and offers Repair when a Principles sheet already exists', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1', 'Principles'] });
    excel.state.setCell('Principles', 'A1', 'my own notes');
    const result = await createWorkbook(excel.context, workbookSchema, details);
    expect(result).toMatchObject({ status: 'exists', existing: ['the Principles sheet'] });
    expect(result.message).toMatch(/Repair workbook/);
    expect(excel.stats.syncs).toBe(1);
    expect(excel.state.worksheets.map((s) => s.name)).toEqual(['Sheet1', 'Principles']);
    expect(excel.state.value('Principles', 'A1')).toBe('my own notes');
  });

  it('writes the same structure as the file host for the same schema', async () => {
    const { state } = await created();
    const file = fileStructure(await writeWorkbook(workbookSchema, { workbookId: 'file' }));
    expect(fakeStructure(state)).toEqual(file);
  });

  it('turns an Office.js failure into a plain HostError', async () => {
    const excel = createFakeExcel();
    excel.failAt(5, 'AccessDenied');
    await expect(createWorkbook(excel.context, workbookSchema, details)).rejects.toEqual(expect.objectContaining({
      code: 'AccessDenied', message: expect.stringMatching(/protected.*Unprotect/),
    }));
    await expect(createWorkbook(createFakeExcel().context, workbookSchema, details)).resolves.toBeDefined();
    expect(new HostError('x', 'y')).toBeInstanceOf(Error);
  });
});

describe('read', () => {
  it('reads every table in one sync, and the checks find nothing wrong in a fresh workbook', async () => {
    const excel = await created({ workbookId: 'read', ...exampleEntries('2026-03-31') });
    const before = excel.stats.syncs;
    const data = await readWorkbook(excel.context, workbookSchema);
    expect(excel.stats.syncs - before).toBe(1);
    expect(Object.keys(data.tables).sort()).toEqual(workbookSchema.tables.map((p) => p.table.name).sort());
    expect(data.templateVersion).toBe(workbookSchema.version);
    expect(runChecks(data, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('recalculates first, in the same one sync, so no formula result it reads is stale after create or repair', async () => {
    const excel = await created({ workbookId: 'fresh', ...exampleEntries('2026-03-31') });
    await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    const staleBefore = excel.stats.staleReads;
    expect(await syncsOf(excel, () => readWorkbook(excel.newContext(), workbookSchema))).toBe(1);
    expect(excel.stats.staleReads - staleBefore).toBe(0);
  });

  it('finds a pasted value at its new address after the sheet is renamed and rows inserted', async () => {
    const excel = await created({ workbookId: 'moved', ...exampleEntries('2026-03-31') });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Risks');
      sheet.name = 'Risk register';
      sheet.getRange('A6:S7').insert('Down');
    });
    excel.state.typeCell('Risk register', 'G10', 'High');
    const data = await readWorkbook(excel.context, workbookSchema);
    const findings = runChecks(data, { today: '2026-04-01' }).filter((f) => f.rule === 'whole-number-range');
    expect(findings.map((f) => [f.sheet, f.cell])).toEqual([['Risk register', 'G10']]);
  });
});

/** Every value a person typed (cells outside calculated columns) in the tables, by sheet and address. */
async function typedValues(excel: FakeExcel): Promise<Map<string, unknown>> {
  const data = await readWorkbook(excel.newContext(), workbookSchema);
  const typed = new Map<string, unknown>();
  for (const { table } of workbookSchema.tables) {
    const found = data.tables[table.name];
    if (!found) continue;
    const calculated = new Set(table.columns.filter((c) => c.formula).map((c) => c.header));
    for (const row of found.rows) {
      for (const [header, cell] of Object.entries(row.cells)) {
        if (!calculated.has(header) && cell.value !== null) typed.set(`${found.sheet}!${cell.address}`, cell.value);
      }
    }
  }
  return typed;
}

describe('repair', () => {
  const example = { workbookId: 'repair', ...exampleEntries('2026-03-31') };

  it('restores a deleted sheet, a cleared validation and typed-over formulas in at most three syncs, keeping every typed value', async () => {
    const excel = await created(example);
    const clean = fakeStructure(excel.state);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Score history').delete();
      context.workbook.worksheets.getItem('Risks').getRange('G5:G20').dataValidation.clear();
      context.workbook.worksheets.getItem('Risks').getRange('I5:I6').values = [[16], [99]];
      context.workbook.worksheets.getItem('Dashboard').getRange('C3').values = [[3.5]];
    });
    excel.state.typeCell('Risks', 'B12', 'A risk typed in a blank row');
    const typedBefore = await typedValues(excel);
    expect(fakeStructure(excel.state)).not.toEqual(clean);

    const before = excel.stats.syncs;
    const result = await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    expect(excel.stats.syncs - before).toBeLessThanOrEqual(3);
    expect(fakeStructure(excel.state)).toEqual(clean);
    expect(excel.state.formula('Risks', 'I5')).toMatch(/^=IF\(/);
    expect(excel.state.formula('Dashboard', 'C3')).toMatch(/^=IF\(/);
    const typedAfter = await typedValues(excel);
    for (const [address, value] of typedBefore) expect([address, typedAfter.get(address)]).toEqual([address, value]);
    expect(result.message).toMatch(/Score history/);
  });

  it('puts back a deleted table column with its validation, leaving the other columns as they were', async () => {
    const excel = await created(example);
    await excel.run(async (context) => { context.workbook.tables.getItem('tblPrinciples').columns.getItem('Evidence').delete(); });
    const typedBefore = await typedValues(excel);
    await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    const headers = excel.state.table('tblPrinciples').columns.map((c) => c.name);
    expect(headers).toContain('Evidence');
    const typedAfter = await typedValues(excel);
    for (const [address, value] of typedBefore) expect([address, typedAfter.get(address)]).toEqual([address, value]);
  });

  it('says there was nothing to repair on a complete workbook, and adds no second copy of anything', async () => {
    const excel = await created(example);
    const clean = fakeStructure(excel.state);
    const result = await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    expect(result.message).toMatch(/nothing needed repairing/);
    expect(fakeStructure(excel.state)).toEqual(clean);
  });

  it('completes a workbook whose creation failed at any point', async () => {
    const reference = await created(details);
    const clean = fakeStructure(reference.state);
    const total = reference.stats.perSync.reduce((sum, s) => sum + s.operations, 0);
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let i = 0; i < 15; i++) {
      const failAt = 1 + Math.floor(random() * total);
      const excel = createFakeExcel();
      excel.failAt(failAt, 'GeneralException');
      await expect(createWorkbook(excel.context, workbookSchema, details)).rejects.toBeInstanceOf(HostError);
      await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
      const repaired = fakeStructure(excel.state);
      expect({ failAt, tables: repaired.tables }).toEqual({ failAt, tables: clean.tables });
      expect({ failAt, validations: repaired.validations }).toEqual({ failAt, validations: clean.validations });
      expect({ failAt, highlights: repaired.highlights }).toEqual({ failAt, highlights: clean.highlights });
      expect({ failAt, names: repaired.names }).toEqual({ failAt, names: clean.names });
      for (const chart of clean.charts) expect({ failAt, charts: repaired.charts }).toEqual({ failAt, charts: expect.arrayContaining([chart]) });
      expect(excel.state.runtime.enableEvents).toBe(true);
    }
  });
});

describe('large workbooks', () => {
  const manyRisks = (count: number) => Array.from({ length: count }, (_, i) => ({
    id: `R-${i + 1}`, risk: `Risk ${i + 1} with a longer description of what might go wrong between the partners`,
    owner: 'Sam', likelihood: (i % 5) + 1, impact: ((i * 3) % 5) + 1, mitigation: 'Agreed mitigation with the partner', status: 'Open',
  }));

  it('reads 10,000 risks in blocks, every response under 4 MB, and an ordinary workbook in one sync', async () => {
    const excel = await created({ workbookId: 'big', rows: { tblRisks: manyRisks(10000) } });
    const from = excel.stats.perSync.length;
    const data = await readWorkbook(excel.context, workbookSchema);
    const reads = excel.stats.perSync.slice(from);
    expect(reads.length).toBeGreaterThan(1);
    for (const read of reads) expect(read.responseBytes).toBeLessThan(REQUEST_BYTE_BUDGET);
    const total = reads.reduce((sum, r) => sum + r.responseBytes, 0);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(total / (3 * 1024 * 1024)) + 2);
    const risks = data.tables.tblRisks.rows;
    expect(risks.filter((r) => r.cells.Risk.value !== null)).toHaveLength(10000);
    expect(risks.map((r) => r.row)).toEqual(risks.map((_, i) => 5 + i));
    expect(risks[9999].cells.Risk.value).toBe(manyRisks(10000)[9999].risk);
    expect(risks[9999].cells.Score.formula).toBe(risksTable.formulas.score);

    const ordinary = await created({ workbookId: 'ordinary', rows: { tblRisks: manyRisks(150) } });
    const before = ordinary.stats.syncs;
    const small = await readWorkbook(ordinary.context, workbookSchema);
    expect(ordinary.stats.syncs - before).toBe(1);
    expect(small.tables.tblRisks.rows).toHaveLength(initialRows(risksTable, manyRisks(150)).length);
  });

  it('reads risks of long text in blocks sized by their bytes, no response past Excel on the web’s 5 MB', async () => {
    const long = (i: number, length: number) => `Risk ${i + 1}: ${'a partner-side delay that holds up joint delivery; '.repeat(length / 50)}`.slice(0, length);
    for (const [count, length] of [[2000, 3000], [150, 30000]]) {
      const rows = Array.from({ length: count }, (_, i) => ({ risk: long(i, length), likelihood: 3, impact: 4 }));
      const excel = await created({ workbookId: 'long', rows: { tblRisks: rows } });
      const from = excel.stats.perSync.length;
      const data = await readWorkbook(excel.newContext(), workbookSchema);
      const reads = excel.stats.perSync.slice(from);
      expect(data.tables.tblRisks.rows.filter((r) => r.cells.Risk.value !== null).map((r) => r.cells.Risk.value)).toEqual(rows.map((r) => r.risk));
      const delivered = reads.filter((r) => !r.tooLarge);
      expect({ count, length, largest: Math.max(...delivered.map((r) => r.responseBytes)) <= PAYLOAD_LIMIT_BYTES }).toEqual({ count, length, largest: true });
      // Text of 3,000 characters fits the first rows; of 30,000 the first sync is made again without them, once.
      expect({ count, length, refused: reads.length - delivered.length }).toEqual({ count, length, refused: length > 10000 ? 1 : 0 });
      const total = delivered.reduce((sum, r) => sum + r.responseBytes, 0);
      // Without first rows, each table takes a sync for its header and first row before blocks sized by them.
      const perTable = length > 10000 ? 2 * workbookSchema.tables.length : 0;
      expect({ count, length, syncs: delivered.length <= Math.ceil(total / (2 * 1024 * 1024)) + 3 + perTable }).toEqual({ count, length, syncs: true });
    }
  });

  it('splits a write that would pass the request limit into the fewest requests under it', async () => {
    const budget = 1024 * 1024;
    const excel = createFakeExcel();
    const result = await createWorkbook(excel.context, workbookSchema, { workbookId: 'split', rows: { tblRisks: manyRisks(10000) } }, budget);
    expect(result.status).toBe('created');
    const writes = excel.stats.perSync.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(result).toMatchObject({ requests: writes.length });
    for (const write of writes) expect(write.requestBytes).toBeLessThanOrEqual(budget * 1.1);
    const total = writes.reduce((sum, w) => sum + w.requestBytes, 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / budget) + 1);
  });
});

describe('repair of a large workbook', () => {
  it('keeps every request under the limit, restoring 10,000 rows of formulas in as few requests as fit', async () => {
    const budget = REQUEST_BYTE_BUDGET;
    const excel = await created({ workbookId: 'big', rows: { tblRisks: Array.from({ length: 10000 }, (_, i) => ({ risk: `Risk ${i + 1}`, likelihood: 3, impact: 4 })) } });
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Risks').getRange('I5:I6').values = [[16], [99]]; });
    const from = excel.stats.perSync.length;
    await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    const syncs = excel.stats.perSync.slice(from);
    expect(syncs.length).toBeGreaterThan(3);
    for (const sync of syncs) expect(sync.requestBytes).toBeLessThanOrEqual(budget);
    const total = syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil(total / budget) + 2); // + the read, + the last partly filled request
    expect(excel.state.formula('Risks', 'I6')).toMatch(/^=IF\(/);
    expect(excel.state.value('Risks', 'B10004')).toBe('Risk 10000');
  });
});

describe('read after a person moved columns', () => {
  it('finds Likelihood and Impact by header after the two columns were swapped', async () => {
    const excel = await created({ workbookId: 'swap', ...exampleEntries('2026-03-31') });
    const sheet = excel.state.sheet('Risks');
    // Swap columns G (Likelihood) and H (Impact), header and cells, as dragging them in Excel does.
    for (let row = 4; row <= 20; row++) {
      const [g, h] = [sheet.cells.get(`G${row}`), sheet.cells.get(`H${row}`)];
      if (h) sheet.cells.set(`G${row}`, h); else sheet.cells.delete(`G${row}`);
      if (g) sheet.cells.set(`H${row}`, g); else sheet.cells.delete(`H${row}`);
    }
    const columns = excel.state.table('tblRisks').columns;
    const [likelihood, impact] = [columns.findIndex((c) => c.name === 'Likelihood'), columns.findIndex((c) => c.name === 'Impact')];
    [columns[likelihood], columns[impact]] = [columns[impact], columns[likelihood]];
    excel.state.typeCell('Risks', 'H6', 'Likely');

    const data = await readWorkbook(excel.context, workbookSchema);
    expect(data.tables.tblRisks.rows[0].cells.Likelihood).toEqual({ address: 'H5', value: 4 });
    const findings = runChecks(data, { today: '2026-04-01' }).filter((f) => f.rule === 'whole-number-range');
    expect(findings.map((f) => [f.sheet, f.cell])).toEqual([['Risks', 'H6']]);
  });
});

describe('go to a finding and plain errors', () => {
  it('selects the cell a finding names on its sheet as it is named now, in one sync', async () => {
    const excel = await created(details);
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Risks').name = 'Risk register'; });
    excel.state.typeCell('Risk register', 'G7', 'High');
    const [target] = runChecks(await readWorkbook(excel.newContext(), workbookSchema), { today: '2026-04-01' })
      .filter((f) => f.rule === 'whole-number-range');
    const before = excel.stats.syncs;
    await goToCell(excel.context, target.sheet, target.cell);
    expect(excel.stats.syncs - before).toBe(1);
    expect(excel.state.selection).toEqual({ sheet: 'Risk register', address: 'G7' });
  });

  it('says Excel is too old, without touching the workbook, when ExcelApi 1.9 is missing', async () => {
    const excel = createFakeExcel();
    const result = await createWorkbook(excel.context, workbookSchema, details, undefined, (set, version) => !(set === 'ExcelApi' && version === '1.9'));
    expect(result).toMatchObject({ status: 'unsupported', message: expect.stringMatching(/Update Excel/) });
    expect(excel.stats.syncs).toBe(0);
  });

  it('says what to do when the workbook structure is protected, before writing anything', async () => {
    const excel = createFakeExcel();
    excel.state.protection.protected = true;
    const result = await createWorkbook(excel.context, workbookSchema, details);
    expect(result).toMatchObject({ status: 'protected', message: expect.stringMatching(/Unprotect/) });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.state.worksheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it.each([
    ['InvalidArgument', /Repair workbook/],
    ['ItemNotFound', /missing.*Repair workbook/],
    ['ApiNotFound', /Update Excel/],
    ['AccessDenied', /protected.*Unprotect/],
    ['RequestPayloadSizeLimitExceeded', /too large/],
    ['InvalidOperationInCellEditMode', /Press Enter or Esc/],
    ['SomethingNew', /SomethingNew.*Nothing you typed was lost/],
  ])('turns %s from Excel into a plain message', async (code, words) => {
    const excel = createFakeExcel();
    excel.failAt(3, code);
    await expect(createWorkbook(excel.context, workbookSchema, details)).rejects.toEqual(expect.objectContaining({ code, message: expect.stringMatching(words) }));
  });
});

describe('repair after sheets were renamed', () => {
  it('works on the sheets under their new names and adds no second Risks or Dashboard sheet', async () => {
    const excel = await created({ workbookId: 'renamed', ...exampleEntries('2026-03-31') });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Risks').name = 'Risk register';
      context.workbook.worksheets.getItem('Dashboard').name = 'Overview';
      context.workbook.worksheets.getItem('Overview').charts.getItem(chartName(workbookSchema.charts.find((c) => c.kind === 'radar') as (typeof workbookSchema.charts)[number])).delete();
      context.workbook.worksheets.getItem('Overview').getRange('C3').values = [[3.5]];
      context.workbook.names.getItem('OverallMaturity').delete();
    });
    const result = await repairWorkbook(excel.newContext(), workbookSchema, () => 'new-id');
    const sheets = excel.state.worksheets.map((s) => s.name);
    expect(sheets).toContain('Risk register');
    expect(sheets).not.toContain('Risks');
    expect(sheets).not.toContain('Dashboard');
    expect(excel.state.sheet('Overview').charts.map((c) => c.type)).toContain('Radar');
    expect(excel.state.formula('Overview', 'C3')).toMatch(/^=IF\(/);
    expect(excel.state.findName('OverallMaturity')?.formula).toBe('=Overview!$C$3');
    expect(result.unrestorable).toEqual([]);
  });
});
