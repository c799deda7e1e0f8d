/**
 * The fake Excel host behaves like Office.js where host code could tell the difference: proxies
 * that need load() and sync(), operations queued until sync, lookups that fail at sync, typing
 * rules for written text, faults at the n-th operation, and what a table, a name or a property
 * keeps between requests.
 */
import { createFakeExcel, excelEnums, FakeOfficeError, installExcelGlobals, PAYLOAD_LIMIT_BYTES } from './fake-excel';

/** Runs `promise` expecting an Office.js error; returns it for closer checks. */
async function officeError(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('Expected the sync to fail');
}

describe('proxy objects', () => {
  it('refuse to give a property that was not loaded, with the message Office.js gives', () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    expect(() => sheet.name).toThrow(
      `The property 'name' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  });

  it('still refuse after load() until the sync has come back', async () => {
    const { context } = createFakeExcel();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
    const syncing = context.sync();
    expect(() => range.values).toThrow(/not available/);
    await syncing;
    expect(range.values).toEqual([['']]);
  });

  it('give what was loaded, not what the workbook holds later', async () => {
    const { context, state } = createFakeExcel();
    state.setCell('Sheet1', 'A1', 'before');
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
    await context.sync();
    state.setCell('Sheet1', 'A1', 'after');
    expect(range.values).toEqual([['before']]);
    range.load('values');
    await context.sync();
    expect(range.values).toEqual([['after']]);
  });

  it('keep a value set locally, as Office.js does, before any sync', () => {
    const { context, state } = createFakeExcel();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    range.values = [['typed']];
    expect(range.values).toEqual([['typed']]);
    expect(state.value('Sheet1', 'A1')).toBeNull();
  });

  it('load property lists, arrays, select options and nested paths', async () => {
    const { context, state } = createFakeExcel();
    state.setCell('Sheet1', 'B2', 7);
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const a = sheet.getRange('B2').load('values, address');
    const b = sheet.getRange('B2').load(['rowCount', 'format/font/bold']);
    const c = sheet.getRange('B2').load({ select: 'columnIndex' });
    const d = sheet.getRange('B2').load({ numberFormat: true, format: { fill: { color: true } } });
    await context.sync();
    expect([a.values, a.address, b.rowCount, b.format.font.bold, c.columnIndex]).toEqual([[[7]], 'Sheet1!B2', 1, false, 1]);
    expect([d.numberFormat, d.format.fill.color]).toEqual([[['General']], '#FFFFFF']);
  });

  it('throw at once, naming the member, when code touches something the fake does not provide', () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1') as unknown as Record<string, unknown>;
    expect(() => sheet.autoFilter).toThrow('The fake Excel host does not implement Worksheet.autoFilter');
    expect(() => { sheet.tabColor = 'red'; }).toThrow('The fake Excel host does not implement Worksheet.tabColor');
    expect(() => context.workbook.worksheets.getItem('Sheet1').load('tabColor')).toThrow('does not implement Worksheet.tabColor');
  });

  it('refuse to set a read-only property', () => {
    const { context } = createFakeExcel();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as Record<string, unknown>;
    expect(() => { range.address = 'B2'; }).toThrow('Range.address is read-only');
  });

  it('can be returned from async functions, which probe for then', async () => {
    const { context } = createFakeExcel();
    const sheet = await (async () => context.workbook.worksheets.getItem('Sheet1'))();
    sheet.load('name');
    await context.sync();
    expect(sheet.name).toBe('Sheet1');
  });
});

describe('operations and syncs', () => {
  it('apply writes only at sync, in the order they were queued', async () => {
    const { context, state } = createFakeExcel();
    const added = context.workbook.worksheets.add('Draft');
    added.name = 'Risks';
    context.workbook.worksheets.getItem('Risks').getRange('A1').values = [['ID']];
    expect(state.findSheet('Risks')).toBeUndefined();
    await context.sync();
    expect(state.worksheets.map((s) => s.name)).toEqual(['Sheet1', 'Risks']);
    expect(state.value('Risks', 'A1')).toBe('ID');
  });

  it('count every sync, and each property set, method call and load as one operation', async () => {
    const { context, stats } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [[1]];
    sheet.getRange('A2').format.font.bold = true;
    sheet.activate();
    sheet.load('name');
    await context.sync();
    await context.sync();
    expect(stats.syncs).toBe(2);
    expect(stats.perSync.map((s) => s.operations)).toEqual([4, 0]);
    expect(stats.operations).toBe(4);
  });

  it('measure request bytes by the payload written and response bytes by what is loaded', async () => {
    const { context, stats, state } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:A2').values = [[1], [2]];
    await context.sync();
    sheet.getRange('A1:A200').values = Array.from({ length: 200 }, (_, i) => [`row ${i}`]);
    await context.sync();
    expect(stats.perSync[1].requestBytes).toBeGreaterThan(stats.perSync[0].requestBytes + 1000);
    state.setCell('Sheet1', 'B1', 'x'.repeat(500));
    sheet.getRange('B1').load('values');
    await context.sync();
    expect(stats.perSync[2].responseBytes).toBeGreaterThan(500);
  });

  it('give Excel.run-like batches a final sync', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('C3').values = [['saved']];
    });
    expect(excel.state.value('Sheet1', 'C3')).toBe('saved');
    expect(excel.stats.syncs).toBe(1);
  });

  it('suspend calculation and screen updating only until the end of the next sync', async () => {
    const { context, state } = createFakeExcel();
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    await context.sync();
    expect(state.application).toMatchObject({
      calculationSuspended: false, screenUpdatingSuspended: false, calculationSuspensions: 1, screenUpdatingSuspensions: 1,
    });
  });
});

describe('collections', () => {
  it('give items after load, by name', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Start', 'Risks'] });
    state.addSheet('Lists', { visibility: 'Hidden' });
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/'items' is not available/);
    sheets.load('items/name, items/visibility');
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([['Start', 'Visible'], ['Risks', 'Visible'], ['Lists', 'Hidden']]);
  });

  it('count items with getCount, whose value arrives with the sync', async () => {
    const { context } = createFakeExcel({ sheets: ['A', 'B', 'C'] });
    const count = context.workbook.worksheets.getCount();
    expect(() => count.value).toThrow(/has not been initialized/);
    await context.sync();
    expect(count.value).toBe(3);
  });

  it('find sheets, tables and names ignoring case, as Excel does', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Risks'] });
    state.addTable('Risks', 'A1:B3', 'tblRisks', ['ID', 'Risk']);
    state.addName('OrgName', '=Risks!$B$2');
    const sheet = context.workbook.worksheets.getItem('RISKS').load('name');
    const table = context.workbook.tables.getItem('TBLRISKS').load('name');
    const name = context.workbook.names.getItem('orgname').load('name');
    await context.sync();
    expect([sheet.name, table.name, name.name]).toEqual(['Risks', 'tblRisks', 'OrgName']);
  });

  it('fail with ItemNotFound at the sync that uses a missing item, keeping what came before', async () => {
    const { context, state } = createFakeExcel();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['kept']];
    context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['lost']];
    context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['not reached']];
    const error = await officeError(context.sync());
    expect(error).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound', debugInfo: { code: 'ItemNotFound', errorLocation: 'WorksheetCollection.getItem' } });
    expect(state.value('Sheet1', 'A1')).toBe('kept');
    expect(state.value('Sheet1', 'A2')).toBeNull();
  });

  it('give null objects for missing items: isNullObject after the sync, and no error on load', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Start'] });
    state.addTable('Start', 'A1:B2', 'tblThere', ['A', 'B']);
    const there = context.workbook.tables.getItemOrNullObject('tblthere');
    const missing = context.workbook.tables.getItemOrNullObject('tblMissing');
    const missingRange = missing.getRange().load('address');
    expect(() => missing.isNullObject).toThrow(/'isNullObject' is not available/);
    await context.sync();
    expect([there.isNullObject, missing.isNullObject, missingRange.isNullObject]).toEqual([false, true, true]);
  });

  it('refuse writes through a null object at sync', async () => {
    const { context } = createFakeExcel();
    context.workbook.worksheets.getItemOrNullObject('Missing').getRange('A1').values = [[1]];
    expect((await officeError(context.sync())).code).toBe('InvalidObjectPath');
  });

  it('refuse a second sheet of the same name, ignoring case', async () => {
    const { context } = createFakeExcel({ sheets: ['Risks'] });
    context.workbook.worksheets.add('risks');
    expect((await officeError(context.sync())).code).toBe('ItemAlreadyExists');
  });

  it('refuse the sheet name History, which Excel reserves', async () => {
    const { context } = createFakeExcel();
    context.workbook.worksheets.add('History');
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });
});

describe('writing values', () => {
  async function write(values: unknown[][], address = 'A1:A1'): Promise<ReturnType<typeof createFakeExcel>> {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.getItem('Sheet1').getRange(address).values = values;
    await excel.context.sync();
    return excel;
  }

  it('turns text starting with = into a formula', async () => {
    const { state } = await write([['=SUM(B1:B3)']]);
    expect(state.cell('Sheet1', 'A1')).toEqual({ value: null, formula: '=SUM(B1:B3)' });
  });

  it('stores text after an apostrophe as that text', async () => {
    const { state } = await write([["'=not a formula"], ["'007"]], 'A1:A2');
    expect([state.value('Sheet1', 'A1'), state.value('Sheet1', 'A2')]).toEqual(['=not a formula', '007']);
  });

  it('turns number-like text into numbers, TRUE into a boolean and ISO dates into serials', async () => {
    const { state } = await write([['42', ' 3.5 ', '1,200', 'TRUE', 'false', '2026-03-31', '50%', 'plain']], 'A1:H1');
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((a) => state.value('Sheet1', a)))
      .toEqual([42, 3.5, 1200, true, false, 46112, 0.5, 'plain']);
    expect(state.cell('Sheet1', 'F1')?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('turns text starting with + or - that is not a number into a formula, as typing would', async () => {
    const { state } = await write([['- call partner'], ['-5']], 'A1:A2');
    expect(state.cell('Sheet1', 'A1')?.formula).toBe('=- call partner');
    expect(state.value('Sheet1', 'A2')).toBe(-5);
  });

  it("leaves a cell alone for null and clears it for ''", async () => {
    const excel = createFakeExcel();
    excel.state.setCells('Sheet1', 'A1', [['keep', 'clear']]);
    excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[null, '']];
    await excel.context.sync();
    expect([excel.state.value('Sheet1', 'A1'), excel.state.cell('Sheet1', 'B1')]).toEqual(['keep', undefined]);
  });

  it('refuses an array that is not the shape of the range, changing nothing', async () => {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
    const error = await officeError(excel.context.sync());
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(excel.state.cell('Sheet1', 'A1')).toBeUndefined();
  });

  it('writes one value to every cell when given a single value', async () => {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').numberFormat = '0.00' as unknown as string[][];
    await excel.context.sync();
    expect(excel.state.cell('Sheet1', 'B2')?.numberFormat).toBe('0.00');
  });

  it('stores formulas written through formulas, and constants there like values', async () => {
    const excel = createFakeExcel();
    excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').formulas = [['=B1*2', '12']];
    await excel.context.sync();
    expect([excel.state.formula('Sheet1', 'A1'), excel.state.value('Sheet1', 'B1')]).toEqual(['=B1*2', 12]);
  });
});

describe('reading ranges', () => {
  it('gives formulas with =, values as computed (null when the fake has no cached value) and value types', async () => {
    const { context, state } = createFakeExcel();
    state.setCells('Sheet1', 'A1', [[{ formula: 'B1*2', value: 8 }, 4, { formula: 'NOW()' }, { error: '#REF!' }, null, 'text', true]]);
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:G1').load('values, formulas, valueTypes');
    await context.sync();
    expect(range.values).toEqual([[8, 4, null, '#REF!', '', 'text', true]]);
    expect(range.formulas).toEqual([['=B1*2', 4, '=NOW()', '#REF!', '', 'text', true]]);
    expect(range.valueTypes).toEqual([['Double', 'Double', 'Empty', 'Error', 'Empty', 'String', 'Boolean']]);
  });

  it('gives addresses as Excel does, quoting sheet names only when needed', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Risks'] });
    state.addSheet('My sheet');
    const plain = context.workbook.worksheets.getItem('Risks').getRange('$b$2:c4').load('address, rowCount, columnCount, rowIndex, columnIndex');
    const quoted = context.workbook.worksheets.getItem('My sheet').getRange('A1').load('address');
    const row = context.workbook.worksheets.getItem('Risks').getRange('$4:$4').load('address');
    await context.sync();
    expect([plain.address, plain.rowCount, plain.columnCount, plain.rowIndex, plain.columnIndex]).toEqual(['Risks!B2:C4', 3, 2, 1, 1]);
    expect([quoted.address, row.address]).toEqual(["'My sheet'!A1", 'Risks!4:4']);
  });

  it('works out cells, rows, columns and resized ranges from a range', async () => {
    const { context } = createFakeExcel();
    const base = context.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
    const ranges = [base.getCell(1, 2), base.getRow(0), base.getColumn(1), base.getResizedRange(1, -1), base.getOffsetRange(2, 0),
      base.getLastRow(), base.getEntireColumn()].map((r) => r.load('address'));
    await context.sync();
    expect(ranges.map((r) => r.address)).toEqual(['Sheet1!D3', 'Sheet1!B2:D2', 'Sheet1!C2:C5', 'Sheet1!B2:C6', 'Sheet1!B4:D7', 'Sheet1!B5:D5', 'Sheet1!B:D']);
  });

  it('gives no cell data for whole columns and refuses to write it, but sets their width', async () => {
    const { context, state } = createFakeExcel();
    const column = context.workbook.worksheets.getItem('Sheet1').getRange('C:C');
    column.format.columnWidth = 112;
    column.load('values');
    await context.sync();
    expect([column.values, state.sheet('Sheet1').columnWidths]).toEqual([null, { C: 112 }]);
    column.values = [['x']];
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });

  it('reads a format as null where the cells differ, and colours as #RRGGBB', async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('A1:B1').format.fill.color = '#ffcc00';
    const font = sheet.getRange('A1:B1').format.font.load('bold');
    const fill = sheet.getRange('A1:B1').format.fill.load('color');
    await context.sync();
    expect([font.bold, fill.color]).toEqual([null, '#FFCC00']);
  });

  it('draws an edge border only along that edge of the range, and reads it back per edge', async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const bottom = sheet.getRange('A1:B2').format.borders.getItem('EdgeBottom');
    bottom.style = 'Continuous';
    bottom.weight = 'Medium';
    bottom.color = '#0f6cbd';
    sheet.getRange('A1').format.verticalAlignment = 'Top';
    const lower = sheet.getRange('A2:B2').format.borders.getItem('EdgeBottom').load('style, weight, color');
    const upper = sheet.getRange('A1').format.borders.getItem('EdgeBottom').load('style');
    const whole = sheet.getRange('A1:B2').format.borders.getItem('EdgeBottom').load('style');
    const aligned = sheet.getRange('A1:A2').format.load('verticalAlignment');
    await context.sync();
    expect([lower.style, lower.weight, lower.color, upper.style, whole.style, aligned.verticalAlignment])
      .toEqual(['Continuous', 'Medium', '#0F6CBD', 'None', 'Continuous', null]);
    sheet.getRange('A1').format.borders.getItem('EdgeTop').weight = 'Heavy' as Excel.BorderWeight;
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
    sheet.getRange('A1').format.verticalAlignment = 'Middle' as Excel.VerticalAlignment;
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });

  it('moves cells and tables down when rows are inserted', async () => {
    const { context, state } = createFakeExcel();
    state.addTable('Sheet1', 'A3:B5', 'tblLog', ['When', 'What']);
    state.setCell('Sheet1', 'A1', 'title');
    context.workbook.worksheets.getItem('Sheet1').getRange('2:3').insert('Down');
    await context.sync();
    expect([state.value('Sheet1', 'A1'), state.value('Sheet1', 'A5'), state.table('tblLog').address]).toEqual(['title', 'When', 'A5:B7']);
  });
});

describe('failAt', () => {
  it('makes the n-th operation fail with the given code, applying those before it and none after', async () => {
    const excel = createFakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1');
    excel.failAt(2, 'GeneralException', 'Simulated outage');
    sheet.getRange('A1').values = [['first']];
    sheet.getRange('A2').values = [['second']];
    sheet.getRange('A3').values = [['third']];
    const error = await officeError(excel.context.sync());
    expect(error).toMatchObject({ name: 'RichApi.Error', code: 'GeneralException', message: 'Simulated outage', debugInfo: { errorLocation: 'Range.values' } });
    expect(['A1', 'A2', 'A3'].map((a) => excel.state.value('Sheet1', a))).toEqual(['first', null, null]);
    expect(excel.stats.operations).toBe(1);
  });

  it('counts operations across syncs from the moment it is asked', async () => {
    const excel = createFakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [[1]];
    await excel.context.sync();
    excel.failAt(3, 'AccessDenied');
    sheet.getRange('A2').values = [[2]];
    sheet.getRange('A3').values = [[3]];
    await excel.context.sync();
    sheet.getRange('A4').values = [[4]];
    const error = await officeError(excel.context.sync());
    expect([error.code, error.message]).toEqual(['AccessDenied', 'You cannot perform the requested operation.']);
    expect(excel.state.value('Sheet1', 'A3')).toBe(3);
    expect(excel.state.value('Sheet1', 'A4')).toBeNull();
  });

  it('hands back nothing loaded in a request that failed', async () => {
    const excel = createFakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1').load('name');
    excel.failAt(2, 'GeneralException');
    excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    await officeError(excel.context.sync());
    expect(() => sheet.name).toThrow(/not available/);
  });
});

describe('tables', () => {
  it('are added over a range, renamed, styled and found in the workbook with their sheet', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Risks'] });
    const sheet = context.workbook.worksheets.getItem('Risks');
    sheet.getRange('A4:C5').values = [['ID', 'Risk', 'Score'], ['R1', 'Late delivery', '']];
    const table = sheet.tables.add('A4:C5', true);
    table.name = 'tblRisks';
    table.style = 'TableStyleMedium2';
    const all = context.workbook.tables.load('items/name, items/worksheet/name');
    await context.sync();
    expect(all.items.map((t) => [t.name, t.worksheet.name])).toEqual([['tblRisks', 'Risks']]);
    expect(state.table('tblrisks')).toMatchObject({ address: 'A4:C5', columns: [{ name: 'ID' }, { name: 'Risk' }, { name: 'Score' }] });
  });

  it('refuse a style Excel does not have', async () => {
    const { context, state } = createFakeExcel();
    state.addTable('Sheet1', 'A1:B2', 'tblA', ['A', 'B']);
    context.workbook.tables.getItem('tblA').style = 'TableStyleMedium99';
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });

  it('make a column calculated when its data cells all get one formula, and give new rows that formula', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Risks'] });
    state.addTable('Risks', 'A1:C3', 'tblRisks', ['Likelihood', 'Impact', 'Score']);
    const score = context.workbook.tables.getItem('tblRisks').columns.getItem('Score').getDataBodyRange();
    score.formulas = [['=[@Likelihood]*[@Impact]'], ['=[@Likelihood]*[@Impact]']];
    context.workbook.tables.getItem('tblRisks').rows.add(undefined, [[2, 3, '']]);
    await context.sync();
    expect(state.calculatedFormulas('tblRisks')).toEqual({ Score: '=[@Likelihood]*[@Impact]' });
    expect(state.table('tblRisks').address).toBe('A1:C4');
    expect([state.value('Risks', 'A4'), state.formula('Risks', 'C4')]).toEqual([2, '=[@Likelihood]*[@Impact]']);
  });

  it('do not make a column calculated when its cells get different formulas', async () => {
    const { context, state } = createFakeExcel();
    state.addTable('Sheet1', 'A1:A3', 'tblA', ['A']);
    context.workbook.tables.getItem('tblA').columns.getItem('A').getDataBodyRange().formulas = [['=1'], ['=2']];
    await context.sync();
    expect(state.calculatedFormulas('tblA')).toEqual({});
  });

  it('rename a column when its header cell is written, and add columns at the end', async () => {
    const { context, state } = createFakeExcel();
    state.addTable('Sheet1', 'A1:B2', 'tblA', ['First', 'Second']);
    context.workbook.worksheets.getItem('Sheet1').getRange('B1').values = [['Renamed']];
    context.workbook.tables.getItem('tblA').columns.add(undefined, undefined, 'Added');
    const columns = context.workbook.tables.getItem('tblA').columns.load('items/name, items/index');
    await context.sync();
    expect(columns.items.map((c) => [c.name, c.index])).toEqual([['First', 0], ['Renamed', 1], ['Added', 2]]);
    expect([state.table('tblA').address, state.value('Sheet1', 'C1')]).toEqual(['A1:C2', 'Added']);
  });

  it('give header row, data body and column ranges', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Plan'] });
    state.addTable('Plan', 'B4:D9', 'tblPlan', ['Step', 'Owner', 'Due']);
    const table = context.workbook.tables.getItem('tblPlan');
    const header = table.getHeaderRowRange().load('address, values');
    const body = table.getDataBodyRange().load('rowCount');
    const owner = table.columns.getItemOrNullObject('owner').getDataBodyRange().load('address');
    await context.sync();
    expect([header.address, header.values, body.rowCount, owner.address]).toEqual(['Plan!B4:D4', [['Step', 'Owner', 'Due']], 5, 'Plan!C5:C9']);
  });

  it('made without headers get Column1… above the data, which moves down', async () => {
    const { context, state } = createFakeExcel();
    state.setCells('Sheet1', 'A1', [[1, 2], [3, 4]]);
    context.workbook.tables.add('Sheet1!A1:B2', false);
    await context.sync();
    expect([state.tables[0].address, state.value('Sheet1', 'A1'), state.value('Sheet1', 'A2')]).toEqual(['A1:B3', 'Column1', 1]);
  });
});

describe('names and document properties', () => {
  it('keep a range name as Excel renders it and follow the sheet when it is renamed', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Dashboard'] });
    context.workbook.names.add('OverallMaturity', "='Dashboard'!$C$3");
    const item = context.workbook.names.getItem('OverallMaturity').load('type, formula, value');
    await context.sync();
    expect([item.type, item.formula, item.value]).toEqual(['Range', '=Dashboard!$C$3', 'Dashboard!$C$3']);
    context.workbook.worksheets.getItem('Dashboard').name = 'Summary board';
    item.load('formula');
    const range = item.getRange().load('address');
    await context.sync();
    expect([item.formula, range.address, state.findName('overallmaturity')?.formula]).toEqual(["='Summary board'!$C$3", "'Summary board'!C3", "='Summary board'!$C$3"]);
  });

  it('keep a text name as a String with its value, which has no range', async () => {
    const { context } = createFakeExcel();
    context.workbook.names.add('TemplateVersion', '="1.0.0"');
    const item = context.workbook.names.getItemOrNullObject('templateversion').load('type, value');
    const range = item.getRangeOrNullObject().load('address');
    const missing = context.workbook.names.getItemOrNullObject('Nothing').getRangeOrNullObject().load('values');
    await context.sync();
    expect([item.type, item.value, range.isNullObject, missing.isNullObject]).toEqual(['String', '1.0.0', true, true]);
  });

  it('name a range given as a Range, and refuse a name that reads as a cell', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Lists'] });
    context.workbook.names.add('lstLevel', context.workbook.worksheets.getItem('Lists').getRange('A2:A6'));
    await context.sync();
    expect(state.findName('lstLevel')?.formula).toBe('=Lists!$A$2:$A$6');
    context.workbook.names.add('AB12', '=Lists!$A$1');
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });

  it('keep custom properties: add creates or sets, lookups ignore case', async () => {
    const { context, state } = createFakeExcel();
    context.workbook.properties.custom.add('PartneringWorkbookId', 'abc');
    context.workbook.properties.custom.add('partneringworkbookid', 'def');
    const found = context.workbook.properties.custom.getItemOrNullObject('PARTNERINGWORKBOOKID').load('key, value, type');
    const missing = context.workbook.properties.custom.getItemOrNullObject('PartneringTemplateVersion').load('value');
    await context.sync();
    expect([found.key, found.value, found.type, missing.isNullObject]).toEqual(['PartneringWorkbookId', 'def', 'String', true]);
    expect(state.customProperties).toEqual([{ key: 'PartneringWorkbookId', value: 'def' }]);
  });
});

describe('validation, highlights and charts', () => {
  it('keep a data validation rule with its prompt and alert, and say List when read', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Risks'] });
    const validation = context.workbook.worksheets.getItem('Risks').getRange('C5:C64').dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: '=lstCategory' } };
    validation.prompt = { showPrompt: true, title: 'Category', message: 'Pick one' };
    validation.errorAlert = { showAlert: true, style: 'Stop', title: 'Category', message: 'Pick from the list' };
    const one = context.workbook.worksheets.getItem('Risks').getRange('C7').dataValidation.load('type, rule');
    await context.sync();
    expect(state.sheet('Risks').dataValidations).toEqual([{
      address: 'C5:C64', rule: { list: { inCellDropDown: true, source: '=lstCategory' } }, ignoreBlanks: true,
      prompt: { showPrompt: true, title: 'Category', message: 'Pick one' },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Category', message: 'Pick from the list' },
    }]);
    expect([one.type, one.rule]).toEqual(['List', { list: { inCellDropDown: true, source: '=lstCategory' } }]);
  });

  it('refuse validation words longer than Excel keeps: 32 for a title, 255 for an input message, 224 for an error message, 255 for a list', async () => {
    const { context, state } = createFakeExcel();
    const validation = () => context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation;
    const refused = async (set: (v: Excel.DataValidation) => void) => {
      set(validation());
      return (await officeError(context.sync())).code;
    };
    expect(await refused((v) => { v.prompt = { showPrompt: true, title: 'x'.repeat(33), message: 'ok' }; })).toBe('InvalidArgument');
    expect(await refused((v) => { v.prompt = { showPrompt: true, title: 'ok', message: 'x'.repeat(256) }; })).toBe('InvalidArgument');
    expect(await refused((v) => { v.errorAlert = { showAlert: true, style: 'Stop', title: 'ok', message: 'x'.repeat(225) }; })).toBe('InvalidArgument');
    expect(await refused((v) => { v.rule = { list: { inCellDropDown: true, source: 'x,'.repeat(128) } }; })).toBe('InvalidArgument');
    validation().prompt = { showPrompt: true, title: 'x'.repeat(32), message: 'x'.repeat(255) };
    validation().errorAlert = { showAlert: true, style: 'Stop', title: 'x'.repeat(32), message: 'x'.repeat(224) };
    await context.sync();
    expect(state.sheet('Sheet1').dataValidations[0].errorAlert.message).toHaveLength(224);
  });

  it('refuse a rule without its operator or bounds, and clear part of a validation', async () => {
    const { context, state } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:A10').dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } };
    sheet.getRange('A1:A5').dataValidation.clear();
    await context.sync();
    expect(state.sheet('Sheet1').dataValidations.map((v) => v.address)).toEqual(['A6:A10']);
    sheet.getRange('B1').dataValidation.rule = { wholeNumber: { formula1: 1, operator: 'Between' } };
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });

  it('keep conditional formats of each type and clear them from a range', async () => {
    const { context, state } = createFakeExcel();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('K5:K20');
    const point = (formula: string, color: string) => ({ formula, type: 'Number' as const, color });
    range.conditionalFormats.add('ColorScale').colorScale.criteria = { minimum: point('0', '#f8696b'), maximum: point('4', '#63BE7B') };
    const custom = range.conditionalFormats.add('Custom').custom;
    custom.rule.formula = '=$M5="Overdue"';
    custom.format.fill.color = '#FFC7CE';
    const cellValue = range.conditionalFormats.add('CellValue').cellValue;
    cellValue.rule = { formula1: '="High"', operator: 'EqualTo' };
    cellValue.format.font.color = '#9C0006';
    const count = range.conditionalFormats.getCount();
    await context.sync();
    expect(count.value).toBe(3);
    expect(state.sheet('Sheet1').conditionalFormats.map((f) => [f.address, f.type, f.details])).toEqual([
      ['K5:K20', 'ColorScale', { criteria: { minimum: point('0', '#F8696B'), maximum: point('4', '#63BE7B') } }],
      ['K5:K20', 'Custom', { rule: { formula: '=$M5="Overdue"' }, format: { fill: { color: '#FFC7CE' }, font: {} } }],
      ['K5:K20', 'CellValue', { rule: { formula1: '="High"', operator: 'EqualTo' }, format: { fill: {}, font: { color: '#9C0006' } } }],
    ]);
    context.workbook.worksheets.getItem('Sheet1').getRange('K:K').conditionalFormats.clearAll();
    await context.sync();
    expect(state.sheet('Sheet1').conditionalFormats).toEqual([]);
  });

  it('refuse to set a colour scale on a formula highlight', async () => {
    const { context } = createFakeExcel();
    const format = context.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom');
    format.colorScale.criteria = { minimum: { formula: '0', type: 'Number', color: '#000000' }, maximum: { formula: '1', type: 'Number', color: '#FFFFFF' } };
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });

  it('keep charts with their series, title, size and position, found by name', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Dashboard'] });
    state.setCells('Dashboard', 'K4', [['Trust', 2], ['Value', 3]]);
    const sheet = context.workbook.worksheets.getItem('Dashboard');
    const chart = sheet.charts.add('Radar', sheet.getRange('L4:L5'), 'Columns');
    chart.name = 'Partnering radar';
    chart.title.text = 'Maturity';
    chart.setPosition('B20');
    chart.width = 360;
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(sheet.getRange('K4:K5'));
    series.name = 'Now';
    const found = sheet.charts.getItemOrNullObject('partnering RADAR').load('name, chartType');
    await context.sync();
    expect([found.isNullObject, found.name, found.chartType]).toEqual([false, 'Partnering radar', 'Radar']);
    expect(state.sheet('Dashboard').charts[0]).toMatchObject({
      title: 'Maturity', titleVisible: true, position: { startCell: 'B20' }, width: 360,
      series: [{ name: 'Now', values: 'Dashboard!L4:L5', xValues: 'Dashboard!K4:K5' }],
    });
  });

  it('refuse a chart type Excel does not have', async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.charts.add('Radars' as Excel.ChartType, sheet.getRange('A1:A2'));
    expect((await officeError(context.sync())).code).toBe('InvalidArgument');
  });
});

describe('sheets', () => {
  it('freeze rows, lay out pages for print and report the frozen rows', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Risks'] });
    const sheet = context.workbook.worksheets.getItem('Risks');
    sheet.freezePanes.freezeRows(4);
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows('$4:$4');
    const frozen = sheet.freezePanes.getLocationOrNullObject().load('address');
    await context.sync();
    expect(frozen.address).toBe('Risks!1:4');
    expect(state.sheet('Risks')).toMatchObject({
      freezeRows: 4, printTitleRows: '$4:$4', pageLayout: { orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } },
    });
  });

  it('refuse structure changes to a protected workbook and cell changes on a protected sheet', async () => {
    const { context, state } = createFakeExcel();
    state.protection.protected = true;
    const protection = context.workbook.protection.load('protected');
    await context.sync();
    expect(protection.protected).toBe(true);
    context.workbook.worksheets.add('New');
    expect((await officeError(context.sync())).code).toBe('AccessDenied');
    state.protection.protected = false;
    state.sheet('Sheet1').protection.protected = true;
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
    expect((await officeError(context.sync())).code).toBe('AccessDenied');
  });

  it('hide, move and delete sheets, keeping one visible', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Start', 'Lists'] });
    context.workbook.worksheets.getItem('Lists').visibility = 'Hidden';
    context.workbook.worksheets.getItem('Lists').position = 0;
    await context.sync();
    expect(state.worksheets.map((s) => [s.name, s.visibility])).toEqual([['Lists', 'Hidden'], ['Start', 'Visible']]);
    context.workbook.worksheets.getItem('Start').delete();
    expect((await officeError(context.sync())).code).toBe('InvalidOperation');
  });

  it('select ranges and activate sheets, which getSelectedRange and getActiveWorksheet see', async () => {
    const { context, state } = createFakeExcel({ sheets: ['Start', 'Risks'] });
    context.workbook.worksheets.getItem('Risks').getRange('B7').select();
    const selected = context.workbook.getSelectedRange().load('address');
    await context.sync();
    expect([selected.address, state.selection]).toEqual(['Risks!B7', { sheet: 'Risks', address: 'B7' }]);
    context.workbook.worksheets.getItem('Start').activate();
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    expect(active.name).toBe('Start');
  });
});

describe('events', () => {
  it('tell onChanged handlers of the add-in’s own writes only while events are on', async () => {
    const excel = createFakeExcel();
    const heard: string[] = [];
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1');
    sheet.onChanged.add(async (event) => { heard.push(`${event.address} ${event.triggerSource}`); });
    await excel.context.sync();
    excel.context.runtime.enableEvents = false;
    sheet.getRange('A1').values = [['quiet']];
    excel.context.runtime.enableEvents = true;
    sheet.getRange('B2:C3').values = [[1, 2], [3, 4]];
    await excel.context.sync();
    await excel.flushEvents();
    expect(heard).toEqual(['B2:C3 ThisLocalAddin']);
    expect(excel.eventsFired).toEqual([{
      type: 'WorksheetChanged', worksheet: 'Sheet1', address: 'B2:C3', changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin',
    }]);
  });

  it('tell handlers of a person’s edits, until the handler is removed', async () => {
    const excel = createFakeExcel();
    const heard: string[] = [];
    const registration = excel.context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (event) => { heard.push(event.address); });
    excel.fireChanged('Sheet1', 'D4');
    await excel.context.sync();
    excel.fireChanged('Sheet1', 'D5');
    await excel.flushEvents();
    registration.remove();
    await excel.context.sync();
    excel.fireChanged('Sheet1', 'D6');
    await excel.flushEvents();
    expect(heard).toEqual(['D5']);
  });
});

describe('co-authoring', () => {
  it('tells every co-author’s add-in of every change, the others’ as Remote, whatever one add-in does with its own events', async () => {
    const alex = createFakeExcel();
    const sam = alex.coauthor();
    const heard: string[] = [];
    alex.context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (e) => { heard.push(`alex ${e.address} ${e.source} ${e.triggerSource}`); });
    sam.context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (e) => { heard.push(`sam ${e.address} ${e.source} ${e.triggerSource}`); });
    await Promise.all([alex.context.sync(), sam.context.sync()]);
    sam.context.runtime.enableEvents = false;
    sam.context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['by Sam’s add-in']];
    sam.context.runtime.enableEvents = true;
    await sam.context.sync();
    alex.type('Sheet1', 'B2', 'typed by Alex');
    await alex.flushEvents();
    expect(heard).toEqual(['alex A1 Remote Unknown', 'alex B2 Local Unknown', 'sam B2 Remote Unknown']);
    expect(sam.state.value('Sheet1', 'B2')).toBe('typed by Alex');
  });

  it('notes TableRowCollection.add as a conflict while another author is in, and grows a table written directly below instead', async () => {
    const alex = createFakeExcel();
    alex.state.addTable('Sheet1', 'A1:B2', 'tblLog', ['When', 'What']);
    alex.state.sheet('Sheet1').dataValidations.push({
      address: 'B2:B2', rule: { wholeNumber: { formula1: 0, formula2: 9, operator: 'Between' } }, ignoreBlanks: true,
      prompt: { showPrompt: false, title: '', message: '' }, errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    });
    await alex.run(async (context) => { context.workbook.tables.getItem('tblLog').rows.add(undefined, [['alone', 1]]); });
    expect(alex.conflicts).toEqual([]);
    alex.coauthor();
    await alex.run(async (context) => { context.workbook.tables.getItem('tblLog').rows.add(undefined, [['shared', 2]]); });
    expect(alex.conflicts).toEqual(['TableRowCollection.add on tblLog']);
    await alex.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A5:B6').values = [['below', 3], ['', '']];
    });
    expect(alex.state.table('tblLog').address).toBe('A1:B5');
    expect(alex.state.sheet('Sheet1').dataValidations.map((v) => v.address)).toEqual(['B2:B5']);
  });
});

describe('AutoCorrect', () => {
  it('makes no calculated column while "Fill formulas in tables" is off: the formulas stay in the cells written', async () => {
    const excel = createFakeExcel();
    excel.state.autoCorrect.fillFormulasInTables = false;
    excel.state.addTable('Sheet1', 'A1:B3', 'tblSum', ['N', 'Twice']);
    await excel.run(async (context) => { context.workbook.tables.getItem('tblSum').columns.getItem('Twice').getDataBodyRange().formulas = [['=[@N]*2'], ['=[@N]*2']]; });
    expect(excel.state.calculatedFormulas('tblSum')).toEqual({});
    await excel.run(async (context) => { context.workbook.worksheets.getItem('Sheet1').getRange('A4').values = [[5]]; });
    expect([excel.state.table('tblSum').address, excel.state.formula('Sheet1', 'B3'), excel.state.formula('Sheet1', 'B4')]).toEqual(['A1:B4', '=[@N]*2', undefined]);
  });
});

describe('cell-edit mode', () => {
  it('fails a batch while a person edits a cell, unless it asked to wait (delayForCellEdit), which runs once they press Enter', async () => {
    const excel = createFakeExcel();
    excel.beginCellEdit('Sheet1', 'C3');
    const eager = excel.newContext();
    eager.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['eager']];
    await expect(eager.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(excel.state.value('Sheet1', 'A1')).toBeNull();
    let done = false;
    const patient = excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['patient']];
      await context.sync();
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    excel.endCellEdit('typed');
    await patient;
    expect([excel.state.value('Sheet1', 'A1'), excel.state.value('Sheet1', 'C3')]).toEqual(['patient', 'typed']);
  });
});

describe('Excel on the web’s 5 MB', () => {
  it('refuses a request over 5 MB, changing nothing, and a response over 5 MB, giving nothing', async () => {
    const excel = createFakeExcel();
    const long = 'x'.repeat(30000);
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / long.length) + 1;
    const context = excel.newContext();
    context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${rows}`).values = Array.from({ length: rows }, () => [long]);
    expect((await officeError(context.sync())).code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.state.value('Sheet1', 'A1')).toBeNull();
    for (let row = 1; row <= rows; row++) excel.state.setCell('Sheet1', `A${row}`, long);
    const range = context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${rows}`).load('values');
    expect((await officeError(context.sync())).code).toBe('RequestPayloadSizeLimitExceeded');
    expect(() => range.values).toThrow(/not available/);
  });
});

describe('calculation', () => {
  it('counts formula results read after writes under suspended calculation as stale, until Excel recalculates', async () => {
    const excel = createFakeExcel();
    excel.state.setCell('Sheet1', 'B1', { formula: '=A1*2', value: 2 });
    const context = excel.newContext();
    context.application.suspendApiCalculationUntilNextSync();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[5]];
    await context.sync();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
    await context.sync();
    expect(excel.stats.staleReads).toBe(1);
    context.application.calculate('Recalculate');
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
    await context.sync();
    expect(excel.stats.staleReads).toBe(1);
  });
});

describe('installExcelGlobals', () => {
  it('defines Excel enums as @types/office-js declares them, and OfficeExtension.Error, then restores', () => {
    const restore = installExcelGlobals();
    try {
      expect([Excel.ConditionalFormatType.colorScale, Excel.ChartType.radar, Excel.ChartSeriesBy.columns, Excel.ErrorCodes.itemNotFound])
        .toEqual(['ColorScale', 'Radar', 'Columns', 'ItemNotFound']);
      expect(new FakeOfficeError('InvalidArgument', 'x')).toBeInstanceOf(OfficeExtension.Error);
      expect(Object.keys(excelEnums()).length).toBeGreaterThan(100);
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});
