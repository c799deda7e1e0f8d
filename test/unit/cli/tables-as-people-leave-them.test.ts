/**
 * Our tables as people leave them: rows typed just below a table that did not grow, a table renamed
 * under Table Design, a Total Row turned on, a header row turned off. `check` reports each with the
 * sheet and where; the scores leave out what is not in a table; upgrade, repair and new --from keep
 * every such entry where it is, leave such a table exactly as it is, or refuse in words.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cellAddress } from '../../../src/schema/address';
import { principlesTable } from '../../../src/schema/principles';
import { workbookSchema } from '../../../src/schema/workbook';
import { workbookScores } from '../../../src/scoring';
import { loadExcelize, must } from '../../../src/xlsx/excelize';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { editWorkbook, type } from '../../support/xlsx-edit';

let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-tables-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');
const risks = [{ id: 'R-001', risk: 'Supplier strike', likelihood: 4, impact: 3, owner: 'Sam', mitigation: 'Second supplier' }];

async function written(version = workbookSchema.version): Promise<Uint8Array> {
  return writeWorkbook({ ...workbookSchema, version }, { workbookId: 'tables', start: { organisation: 'Acme' }, rows: { tblRisks: risks } });
}

/** The cell under tblRisks' last row in the column with that header. */
function underRisks(bytes: Uint8Array, header: string, rowsDown = 0): { sheet: string; address: string } {
  const table = readWorkbookData(bytes).tables.tblRisks;
  const column = table.columns.find((c) => c.header === header)?.column as number;
  return { sheet: table.sheet, address: cellAddress(column, table.rows[table.rows.length - 1].row + 1 + rowsDown) };
}

/** A critical risk typed in the two rows under the risk register, which did not grow to take them in. */
async function typedBelow(bytes: Uint8Array): Promise<{ bytes: Uint8Array; cells: Array<{ sheet: string; address: string; value: string | number }> }> {
  const cells = [
    { ...underRisks(bytes, 'Risk'), value: 'Key customer leaves' },
    { ...underRisks(bytes, 'Likelihood'), value: 5 },
    { ...underRisks(bytes, 'Impact'), value: 5 },
    { ...underRisks(bytes, 'Risk', 1), value: 'Fire at the workshop' },
  ];
  return { bytes: await editWorkbook(bytes, (file) => { for (const c of cells) type(file, c.sheet, c.address, c.value); }), cells };
}

/** Every XML part with a table's name, changed as Excel changes it when the table is renamed. */
function renameTable(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts).filter((n) => n.endsWith('.xml'))) {
    parts[name] = strToU8(strFromU8(parts[name]).split(from).join(to));
  }
  return zipSync(parts);
}

/** The table part of a table, as another program would write it with one attribute more. */
function withTableAttribute(bytes: Uint8Array, table: string, attribute: string): Uint8Array {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((n) => n.startsWith('xl/tables/') && strFromU8(parts[n]).includes(`displayName="${table}"`));
  if (!name) throw new Error(`No table part for ${table}`);
  parts[name] = strToU8(strFromU8(parts[name]).replace(/<table\b/, `<table ${attribute}`));
  return zipSync(parts);
}

const tablePartOf = (bytes: Uint8Array, table: string) => {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((n) => n.startsWith('xl/tables/') && strFromU8(parts[n]).includes(`displayName="${table}"`));
  return name ? strFromU8(parts[name]) : undefined;
};

/** What a cell shows, read by excelize: the typed cells are found wherever the table now ends. */
async function cellText(bytes: Uint8Array, sheet: string, address: string): Promise<string> {
  const workbook = (await loadExcelize()).OpenReader(bytes);
  return must(workbook.GetCellValue(sheet, address), address).value;
}

/** A calculated cell typed over, so that repair has something to mend and writes the file. */
async function typedOverScore(bytes: Uint8Array): Promise<Uint8Array> {
  const table = readWorkbookData(bytes).tables.tblPrinciples;
  const calculated = principlesTable.columns.find((c) => c.formula)?.header as string;
  return editWorkbook(bytes, (file) => type(file, table.sheet, table.rows[0].cells[calculated].address, 7));
}

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

describe('rows typed just below a table that did not grow', () => {
  it('check names the sheet and cells, says they are not counted and how to include them', async () => {
    const { bytes, cells } = await typedBelow(await written());
    const file = await save('below.xlsx', bytes);
    const run = await partnering('check', file, '--format', 'json');
    const findings = (JSON.parse(run.output) as Array<{ rule: string; sheet: string; cell: string; message: string; fix: string }>)
      .filter((f) => f.rule === 'entries-below-table');
    const last = underRisks(bytes, 'Impact', 1).address;
    expect(findings).toEqual([{
      file, rule: 'entries-below-table', severity: 'warning', sheet: cells[0].sheet, cell: cells[0].address,
      message: `2 rows typed just below the tblRisks table (${cells[0].address}:${last}) are not part of it, so nothing counts them.`,
      fix: expect.stringMatching(/Resize Table/),
    }]);
  });

  it('are not counted by the scores', async () => {
    const before = await written();
    const { bytes } = await typedBelow(before);
    expect(workbookScores(readWorkbookData(bytes))).toEqual(workbookScores(readWorkbookData(before)));
  });

  it.each([
    ['upgrade', '0.9.0', (file: string, out: string) => ['upgrade', file, '--out', out]],
    ['repair', workbookSchema.version, (file: string, out: string) => ['repair', file, '--out', out]],
    ['new --from', workbookSchema.version, (file: string, out: string) => ['new', out, '--from', file]],
  ])('%s keeps them where they were typed', async (command, version, argv) => {
    const typed = await typedBelow(await written(version));
    const bytes = command === 'repair' ? await typedOverScore(typed.bytes) : typed.bytes;
    const file = await save(`${command.replace(/\W/g, '')}-below.xlsx`, bytes);
    const out = path.join(folder, `${command.replace(/\W/g, '')}-below-out.xlsx`);
    const run = await partnering(...argv(file, out));
    expect(run.problems).toEqual([]);
    const after = new Uint8Array(readFileSync(out));
    expect(await Promise.all(typed.cells.map((c) => cellText(after, c.sheet, c.address)))).toEqual(typed.cells.map((c) => String(c.value)));
  });
});

describe('a table renamed under Table Design', () => {
  it('check names the sheet, the name found and the name expected, and does not call it missing', async () => {
    const file = await save('renamed.xlsx', renameTable(await written(), 'tblRisks', 'MyRisks'));
    const run = await partnering('check', file, '--format', 'json');
    const findings = (JSON.parse(run.output) as Array<{ rule: string; sheet: string; message: string; fix: string }>);
    expect(findings.filter((f) => f.rule === 'missing-table')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'renamed-table')).toEqual([expect.objectContaining({
      sheet: 'Risks', message: 'The table "MyRisks" on the Risks sheet is the template\'s tblRisks under another name, so its entries are not checked.',
      fix: expect.stringMatching(/Table Design > Table Name/),
    })]);
  });

  it('repair keeps it under its new name with every entry', async () => {
    const bytes = await typedOverScore(renameTable(await written(), 'tblRisks', 'MyRisks'));
    const file = await save('renamed-repair.xlsx', bytes);
    const out = path.join(folder, 'renamed-repaired.xlsx');
    const run = await partnering('repair', file, '--out', out);
    expect(run.problems).toEqual([]);
    expect(run.output).toMatch(/tblRisks is called MyRisks now; it was kept under that name/);
    const table = readWorkbookData(readFileSync(out)).tables.MyRisks;
    expect(table.rows[0].cells.Risk.value).toBe('Supplier strike');
  });
});

describe('a table with a Total Row, or with its header row turned off', () => {
  it.each([
    ['totalsRowCount="1"', 'table-total-row', 'The tblRisks table shows a Total Row, which the template\'s tables do not have; its last row is not read as an entry.'],
    ['headerRowCount="0"', 'table-header-row', 'The tblRisks table has its header row turned off, so its entries cannot be read.'],
  ])('with %s, check reports it on its sheet', async (attribute, rule, message) => {
    const file = await save(`layout-${rule}.xlsx`, withTableAttribute(await written(), 'tblRisks', attribute));
    const run = await partnering('check', file, '--format', 'json');
    const findings = (JSON.parse(run.output) as Array<{ rule: string; sheet: string; message: string }>);
    expect(findings.filter((f) => f.rule === rule)).toEqual([expect.objectContaining({ sheet: 'Risks', message })]);
    expect(findings.filter((f) => f.rule === 'missing-table' || f.rule === 'missing-column')).toEqual([]);
  });

  it.each([
    ['totalsRowCount="1"', /left tblRisks as it is: it shows a Total Row/],
    ['headerRowCount="0"', /left tblRisks as it is: its header row is turned off/],
  ])('with %s, repair and upgrade leave the table exactly as it is and say so', async (attribute, said) => {
    for (const [command, version] of [['repair', workbookSchema.version], ['upgrade', '0.9.0']]) {
      const before = await typedOverScore(withTableAttribute(await written(version), 'tblRisks', attribute));
      const name = `kept-${command}-${attribute.replace(/\W/g, '')}`;
      const file = await save(`${name}.xlsx`, before);
      const out = path.join(folder, `${name}-out.xlsx`);
      const run = await partnering(command, file, '--out', out);
      expect(run.problems).toEqual([]);
      expect(run.output).toMatch(said);
      expect(tablePartOf(new Uint8Array(readFileSync(out)), 'tblRisks')).toBe(tablePartOf(before, 'tblRisks'));
    }
  });

  it('new --from refuses, in words, to copy a workbook whose client table it cannot clear, and writes nothing', async () => {
    const file = await save('totals-consultant.xlsx', withTableAttribute(await written(), 'tblRisks', 'totalsRowCount="1"'));
    const out = path.join(folder, 'totals-client.xlsx');
    const run = await partnering('new', out, '--from', file);
    expect(run.code).toBe(2);
    expect(run.problems).toEqual([expect.stringMatching(/cannot clear the client's entries from tblRisks: it shows a Total Row .*; nothing was written/)]);
    expect(() => readFileSync(out)).toThrow();
  });
});
