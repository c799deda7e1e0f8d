import { chmodSync, existsSync, readFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { actionsTable } from '../../../src/schema/actions';
import { isoToSerial } from '../../../src/schema/dates';
import { exampleEntries } from '../../../src/schema/example';
import { principlesTable } from '../../../src/schema/principles';
import { workbookSchema } from '../../../src/schema/workbook';
import { collectActions, rowsByKey } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { scratchFolder } from '../../support/scratch-folder';
import { editWorkbook, patchPart, type } from '../../support/xlsx-edit';

const TODAY = '2026-06-15';
const partnering = partneringOn(TODAY);

const scratch = scratchFolder('actions');
const file = (name: string, bytes: Uint8Array) => scratch.file(name, bytes);
let example: Uint8Array;
beforeAll(async () => {
  example = await writeWorkbook(workbookSchema, { workbookId: 'client', ...exampleEntries('2026-03-31') });
});
const read = (target: string) => readWorkbookData(new Uint8Array(readFileSync(target)));
const collectedIn = (target: string) => rowsByKey(read(target), actionsTable);
/** What the pane's Collect actions puts in tblActions for the same workbook: src/scoring's list, by the table's keys. */
const asThePaneCollects = (bytes: Uint8Array, today: string) => collectActions(readWorkbookData(bytes), isoToSerial(today) as number)
  .map((action) => Object.fromEntries(actionsTable.columns.map((c) => [c.key, blankAs(action[c.key as keyof typeof action])])));
/** An empty cell reads as null, whether the pane wrote '' or nothing. */
const blankAs = <T>(value: T) => (value === '' || value === undefined ? null : value);
const sheetPart = (bytes: Uint8Array, sheetHolds: string) => Object.entries(unzipSync(bytes))
  .map(([name, part]) => [name, strFromU8(part)] as const).find(([name, xml]) => name.startsWith('xl/worksheets/') && xml.includes(sheetHolds)) as [string, string];
const tablePart = (bytes: Uint8Array, table: string) => Object.entries(unzipSync(bytes))
  .map(([name, part]) => [name, strFromU8(part)] as const).find(([name, xml]) => name.startsWith('xl/tables/') && xml.includes(`name="${table}"`)) as [string, string];

describe('partnering actions', () => {
  it('fills the Actions sheet with every action that has an owner or a due date, as the pane’s Collect actions does, marking the overdue ones', async () => {
    const source = file('client.xlsx', example);
    const out = path.join(scratch.path, 'collected.xlsx');

    const { code, printed, problems } = await partnering('actions', source, '--out', out);

    expect(problems).toEqual([]);
    expect(code).toBe(0);
    const expected = asThePaneCollects(example, TODAY);
    expect(collectedIn(out)).toEqual(expected);
    expect(collectedIn(out).map((r) => r.source)).toEqual(expect.arrayContaining(['Principles', 'Competencies', 'Risks']));
    const exitPlan = collectedIn(out).find((r) => r.ref === 'P12.1');
    expect(exitPlan).toEqual(expect.objectContaining({ action: 'Draft exit arrangements with Northgate', owner: 'Sam', due: isoToSerial('2026-05-31'), overdue: 'Overdue' }));
    const overdue = expected.filter((r) => r.overdue === 'Overdue').length;
    expect(printed[0]).toBe(`Collected ${expected.length} actions onto the Actions sheet, rows 5–${4 + expected.length}: wrote ${out}.`);
    expect(printed[1]).toBe(`  ${overdue} are overdue on ${TODAY} (marked in the Overdue column).`);
    expect(printed.at(-1)).toMatch(/^Everything else was kept as it was.*\(compared before writing\)\.$/);
    expect(readFileSync(source)).toEqual(Buffer.from(example));
  });

  it('leaves no error on the Actions sheet for check to find: every status it writes is one the Status dropdown accepts', async () => {
    const source = file('client.xlsx', example);
    const out = path.join(scratch.path, 'collected.xlsx');
    expect((await partnering('actions', source, '--out', out)).code).toBe(0);

    const { output } = await partnering('check', out, '--format', 'json');

    const findings = JSON.parse(output) as Array<{ sheet: string; severity: string }>;
    expect(findings.filter((f) => f.sheet === 'Actions' && f.severity === 'error')).toEqual([]);
  });

  it('judges overdue against --today, and a second run finds the list complete and writes nothing', async () => {
    const source = file('client.xlsx', example);
    expect((await partnering('actions', source, '--in-place', '--today', '2026-04-01')).code).toBe(0);
    expect(collectedIn(source).filter((r) => r.overdue === 'Overdue')).toEqual([]);
    const once = readFileSync(source);

    const again = await partnering('actions', source, '--in-place', '--today', '2026-04-01');

    expect(again.code).toBe(0);
    expect(again.printed).toEqual([`${source}: the Actions sheet already lists the ${collectedIn(source).length} actions with an owner or a due date; nothing was written.`]);
    expect(readFileSync(source)).toEqual(once);
  });

  it('replaces a longer earlier list, clearing the rows below it, and leaves a column of the person’s own alone', async () => {
    const earlier = Array.from({ length: 14 }, (_, i) => ({ source: 'Plan', ref: `A${i}`, action: `Old action ${i}`, owner: 'Kim', status: 'Done' }));
    const written = await writeWorkbook(workbookSchema, { workbookId: 'longer', ...exampleEntries('2026-03-31'), rows: { ...exampleEntries('2026-03-31').rows, tblActions: earlier } });
    const [tableName, tableXml] = tablePart(written, 'tblActions');
    const lastRow = Number(/ref="A4:G(\d+)"/.exec(tableXml)?.[1]);
    let withNotes = patchPart(written, tableName, (xml) => xml.replace(/ref="A4:G(\d+)"/g, 'ref="A4:H$1"')
      .replace('<tableColumns count="7">', '<tableColumns count="8">').replace('</tableColumns>', '<tableColumn id="8" name="My notes"/></tableColumns>'));
    withNotes = await editWorkbook(withNotes, (f) => {
      type(f, 'Actions', 'H4', 'My notes');
      type(f, 'Actions', 'H6', 'Called Sam about this');
      type(f, 'Actions', `H${lastRow}`, 'Last note');
    });
    const source = file('longer.xlsx', withNotes);

    const { code, problems } = await partnering('actions', source, '--in-place');

    expect(problems).toEqual([]);
    expect(code).toBe(0);
    const after = read(source).tables.tblActions;
    const expected = asThePaneCollects(withNotes, TODAY);
    expect(after.rows).toHaveLength(lastRow - 4);
    expect(rowsByKey(read(source), actionsTable).slice(0, expected.length)).toEqual(expected);
    expect(rowsByKey(read(source), actionsTable).slice(expected.length).every((r) => Object.values(r).every((v) => v === null))).toBe(true);
    expect(after.rows[1].cells['My notes'].value).toBe('Called Sam about this');
    expect(after.rows.at(-1)?.cells['My notes'].value).toBe('Last note');
  });

  it('writes an action that looks like a formula as the text it is, never as a formula', async () => {
    const typed = '=HYPERLINK("http://example.invalid","Call Sam")';
    const principles = exampleEntries('2026-03-31').rows[principlesTable.name].map((row, i) => (i === 0 ? { ...row, action: typed, owner: 'Sam', due: '2026-05-01' } : row));
    const bytes = await writeWorkbook(workbookSchema, { workbookId: 'formula-text', ...exampleEntries('2026-03-31'), rows: { ...exampleEntries('2026-03-31').rows, [principlesTable.name]: principles } });
    const source = file('formula-text.xlsx', bytes);

    expect((await partnering('actions', source, '--in-place')).code).toBe(0);

    const row = read(source).tables.tblActions.rows.find((r) => r.cells.Action.value === typed);
    expect(row?.cells.Action.formula).toBeUndefined();
    const [, xml] = sheetPart(readFileSync(source), 'Call Sam');
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
  });

  it('writes due dates in a Mac workbook’s 1904 date system, so they read as the same days', async () => {
    const mac = await editWorkbook(example, (f) => { f.SetWorkbookProps({ Date1904: true }); });
    const source = file('mac.xlsx', mac);
    const dueBefore = rowsByKey(readWorkbookData(mac), principlesTable).filter((r) => r.due !== null).map((r) => r.due);

    expect((await partnering('actions', source, '--in-place')).code).toBe(0);

    const collected = collectedIn(source).filter((r) => r.source === 'Principles').map((r) => r.due);
    expect(collected).toEqual(dueBefore);
    expect(collectedIn(source)).toEqual(asThePaneCollects(mac, TODAY));
  });

  it('leaves a workbook with nothing to collect saying so, and collects nothing from a blank one', async () => {
    const blank = await writeWorkbook(workbookSchema, { workbookId: 'blank' });
    const source = file('blank.xlsx', blank);
    const { code, printed } = await partnering('actions', source, '--out', path.join(scratch.path, 'out.xlsx'));
    expect(code).toBe(0);
    expect(printed).toEqual([`${source}: no action has an owner or a due date yet, and the Actions sheet is already empty; nothing was written.`]);
    expect(existsSync(path.join(scratch.path, 'out.xlsx'))).toBe(false);
  });
});

describe('partnering actions refuses what would harm the workbook', () => {
  it('asks where to write, and never writes onto the workbook it reads', async () => {
    const source = file('client.xlsx', example);
    expect((await partnering('actions', source)).problems).toEqual(['partnering: actions: give --out NEW.xlsx, or --in-place to change the workbook itself.']);
    expect((await partnering('actions', source, '--out', source, '--force')).problems[0]).toMatch(/is the workbook being read/);
    expect((await partnering('actions', source, '--out', path.join(scratch.path, 'x.csv'))).problems[0]).toMatch(/--out must end in \.xlsx/);
    expect((await partnering('actions')).problems[0]).toMatch(/give the workbook/);
    expect(readFileSync(source)).toEqual(Buffer.from(example));
  });

  it('refuses a read-only workbook for --in-place and leaves it as it was', async () => {
    const source = file('client.xlsx', example);
    chmodSync(source, 0o444);
    const { code, problems } = await partnering('actions', source, '--in-place');
    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: actions: ${source} is read-only, so it was left as it is. Make it writable, or write a copy with --out.`]);
    expect(readFileSync(source)).toEqual(Buffer.from(example));
  });

  it.each(['2026-02-30', 'tomorrow', '15/06/2026'])('refuses --today %j with the date it expects', async (today) => {
    const { code, problems } = await partnering('actions', file('client.xlsx', example), '--in-place', '--today', today);
    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: actions: --today must be a date like 2026-03-31, found "${today}".`]);
  });

  it('writes nothing when the list would grow over a cell of the person’s own, and names the cell', async () => {
    const [, tableXml] = tablePart(example, 'tblActions');
    const lastRow = Number(/ref="A4:G(\d+)"/.exec(tableXml)?.[1]);
    const blocked = await editWorkbook(example, (f) => type(f, 'Actions', `C${lastRow + 2}`, 'Keep this note'));
    const source = file('blocked.xlsx', blocked);
    const out = path.join(scratch.path, 'out.xlsx');

    const { code, problems } = await partnering('actions', source, '--out', out);

    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: ${source}: tblActions would grow over your cell 'Actions'!C${lastRow + 2}, so nothing was written. Move what is below the table, then run the command again.`]);
    expect(existsSync(out)).toBe(false);
  });

  it('says so when the Actions table is gone, and writes nothing', async () => {
    const [name] = tablePart(example, 'tblActions');
    const renamed = patchPart(example, name, (xml) => xml.replace(/"tblActions"/g, '"tblMine"'));
    const source = file('no-table.xlsx', renamed);
    const { code, problems } = await partnering('actions', source, '--in-place');
    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: ${source}: the table tblActions is missing from the Actions sheet, so nothing was written. Run partnering repair on the workbook first: it restores the table.`]);
    expect(readFileSync(source)).toEqual(Buffer.from(renamed));
  });

  it('reports a file it cannot read in one line', async () => {
    const source = file('notes.xlsx', new TextEncoder().encode('not a workbook'));
    const { code, problems } = await partnering('actions', source, '--in-place');
    expect(code).toBe(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^.*notes\.xlsx: /);
  });
});
