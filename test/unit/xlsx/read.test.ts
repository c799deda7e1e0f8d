import { zipSync, strToU8 } from 'fflate';
import { exampleEntries } from '../../../src/schema/example';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { columnOf, placed, workbookSchema } from '../../../src/schema/workbook';
import { risksTable } from '../../../src/schema/risks';
import { principlesTable } from '../../../src/schema/principles';
import { columnLetter } from '../../../src/schema/address';
import { isoToSerial } from '../../../src/schema/dates';
import { loadExcelize, must } from '../../../src/xlsx/excelize';
import { readWorkbookData, WorkbookReadError, DEFAULT_LIMITS } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { editWorkbook, putErrorValue, type } from '../../support/xlsx-edit';

const risks = placed(risksTable);
const principles = placed(principlesTable);
const riskCell = (key: string, index: number) => `${columnLetter(columnOf(risks, key))}${risks.headerRow + 1 + index}`;

let example: Uint8Array;
beforeAll(async () => {
  example = await writeWorkbook(workbookSchema, { workbookId: 'read-test', ...exampleEntries('2026-03-31') });
});

function problemOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.problem;
    throw error;
  }
  return 'none';
}

describe('reading a written workbook back', () => {
  it('finds every declared table where it stands, with its headers and row addresses', () => {
    const data = readWorkbookData(example);
    for (const { table, headerRow, firstColumn } of workbookSchema.tables) {
      const found = data.tables[table.name];
      expect(found.sheet).toBe(table.sheet);
      expect(found.headerRow).toBe(headerRow);
      expect(found.columns.map((c) => c.header)).toEqual(table.columns.map((c) => c.header));
      expect(found.columns[0].column).toBe(firstColumn);
    }
    const first = data.tables.tblRisks.rows[0];
    expect(first.row).toBe(risks.headerRow + 1);
    expect(first.cells.Likelihood).toEqual({ address: riskCell('likelihood', 0), value: 4 });
    expect(first.cells.ID.value).toBe('R-001');
  });

  it('keeps calculated formulas, the version, the id, named Start cells and the lists', () => {
    const data = readWorkbookData(example);
    expect(data.tables.tblRisks.rows[0].cells.Score.formula).toBe(risksTable.formulas.score);
    expect(data.templateVersion).toBe(TEMPLATE_VERSION);
    expect(data.workbookId).toBe('read-test');
    expect(data.names.Organisation).toMatchObject({ sheet: 'Start', address: 'B5', value: expect.stringContaining('Harbour Lane') });
    expect(data.names.AssessmentDate.value).toBe(isoToSerial('2026-03-31'));
    expect(data.lists.lstRating).toEqual([0, 1, 2, 3, 4, 'N/A']);
  });

  it('tells text from numbers, and keeps pasted formulas, booleans and error values as they are', async () => {
    const edited = await editWorkbook(example, (file) => {
      type(file, 'Risks', riskCell('likelihood', 0), 'High');
      type(file, 'Risks', riskCell('impact', 0), ' 3 ');
      type(file, 'Risks', riskCell('likelihood', 1), '=1+1');
      must(file.SetCellFormula('Risks', riskCell('score', 1), '25'), 'typing over a Score');
      must(file.SetCellBool('Risks', riskCell('impact', 1), true), 'a boolean');
    });
    const rows = readWorkbookData(edited).tables.tblRisks.rows;
    expect(rows[0].cells.Likelihood.value).toBe('High');
    expect(rows[0].cells.Impact.value).toBe(' 3 ');
    expect(rows[1].cells.Likelihood).toEqual({ address: riskCell('likelihood', 1), value: '=1+1' });
    expect(rows[1].cells.Score.formula).toBe('25');
    expect(rows[1].cells.Impact.value).toBe(true);
  });

  it('reads an error value left in an input cell as an error, not as text', () => {
    // The writer numbers the sheet parts in the schema's sheet order.
    const part = `xl/worksheets/sheet${workbookSchema.sheets.findIndex((s) => s.name === 'Risks') + 1}.xml`;
    const broken = putErrorValue(example, part, riskCell('impact', 2), '#REF!');
    const cell = readWorkbookData(broken).tables.tblRisks.rows[2].cells.Impact;
    expect(cell).toEqual({ address: riskCell('impact', 2), value: { error: '#REF!' } });
  });

  it('follows a renamed sheet and columns inserted by a person', async () => {
    const edited = await editWorkbook(example, (file) => {
      must(file.SetSheetName('Risks', 'Risk register'), 'renaming');
      must(file.InsertCols('Risk register', 'C', 1), 'inserting a column');
    });
    const table = readWorkbookData(edited).tables.tblRisks;
    expect(table.sheet).toBe('Risk register');
    const likelihood = table.rows[0].cells.Likelihood;
    expect(likelihood.value).toBe(4);
    expect(likelihood.address).toBe(`${columnLetter(columnOf(risks, 'likelihood') + 1)}${risks.headerRow + 1}`);
  });

  it('reads the Principles ratings of the example, N/A included', () => {
    const rows = readWorkbookData(example).tables.tblPrinciples.rows;
    expect(rows.map((r) => r.cells.Rating.value)).toContain('N/A');
    expect(rows[0].cells.Rating.address).toBe(`${columnLetter(columnOf(principles, 'rating'))}${principles.headerRow + 1}`);
  });
});

describe('files that are not readable Partnering workbooks', () => {
  it('says a CSV, a PDF, an empty file and a password-protected file are not workbooks it can read', () => {
    expect(problemOf(() => readWorkbookData(strToU8('Ref,Rating\nP01.1,3\n')))).toBe('not-xlsx');
    expect(problemOf(() => readWorkbookData(strToU8('%PDF-1.7\n')))).toBe('not-xlsx');
    expect(problemOf(() => readWorkbookData(new Uint8Array()))).toBe('not-xlsx');
    expect(problemOf(() => readWorkbookData(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toBe('password');
  });

  it('says a cut-off file is damaged', () => {
    expect(problemOf(() => readWorkbookData(example.subarray(0, example.length / 2)))).toBe('corrupt');
  });

  it('says an ordinary workbook is not a Partnering Workbook', async () => {
    const excelize = await loadExcelize();
    const other = excelize.NewFile();
    must(other.SetCellStr('Sheet1', 'A1', 'Budget'), 'writing');
    const { buffer } = must(other.WriteToBuffer(), 'saving');
    expect(problemOf(() => readWorkbookData(new Uint8Array(buffer as ArrayBuffer)))).toBe('not-partnering');
  });

  it('refuses a zip bomb before unpacking it, and files over the size and cell limits', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(problemOf(() => readWorkbookData(bomb, { ...DEFAULT_LIMITS, maxUnpackedBytes: 4 * 1024 * 1024 }))).toBe('too-large');
    expect(problemOf(() => readWorkbookData(example, { ...DEFAULT_LIMITS, maxFileBytes: 1000 }))).toBe('too-large');
    expect(problemOf(() => readWorkbookData(example, { ...DEFAULT_LIMITS, maxCells: 100 }))).toBe('too-large');
  });

  it('stops unpacking a zip bomb whose directory understates its sizes', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const header = new DataView(bomb.buffer, bomb.byteOffset, bomb.length);
    // The uncompressed size in the local header (offset 22) and the central directory (offset 24), APPNOTE 4.3.7 and 4.3.12.
    for (let at = 0; at < bomb.length - 4; at++) {
      if (header.getUint32(at, true) === 0x04034b50) header.setUint32(at + 22, 100, true);
      if (header.getUint32(at, true) === 0x02014b50) header.setUint32(at + 24, 100, true);
    }
    expect(problemOf(() => readWorkbookData(bomb, { ...DEFAULT_LIMITS, maxUnpackedBytes: 4 * 1024 * 1024 }))).toBe('too-large');
  });
});
