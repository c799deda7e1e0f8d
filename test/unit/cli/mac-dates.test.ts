/**
 * A Mac workbook counts its dates from 1904. Every command that edits such a workbook in place keeps
 * the file's own date system and writes any date in it, so a date typed 2026-03-01 still means
 * 2026-03-01 afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { cellAddress } from '../../../src/schema/address';
import { isoToSerial } from '../../../src/schema/dates';
import { workbookSchema } from '../../../src/schema/workbook';
import { DAYS_1900_TO_1904 } from '../../../src/xlsx/date-cells';
import { restoreWorkbook } from '../../../src/xlsx/package/restore';
import { must } from '../../../src/xlsx/excelize';
import { XlsxPackage } from '../../../src/xlsx/package/xlsx-package';
import { readWorkbookData } from '../../../src/xlsx/read';
import { templatePackage } from '../../../src/xlsx/template';
import { partneringOn } from '../../support/cli';
import { macWorkbook, type TypedDate } from '../../support/mac-workbook';
import { editWorkbook } from '../../support/xlsx-edit';

let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-mac-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');
const olderSchema = { ...workbookSchema, version: '0.9.0' };

/** The serial stored in a cell, as the file has it. */
function storedSerial(bytes: Uint8Array, sheet: string, address: string): number | undefined {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const sheetTag = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const target = sheetTag && new RegExp(`Id="${sheetTag[1]}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels);
  if (!target) throw new Error(`No sheet ${sheet}`);
  const xml = strFromU8(parts[`xl/${target[1]}`]);
  const cell = new RegExp(`<c r="${address}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`).exec(xml);
  return cell ? Number(cell[1]) : undefined;
}

const is1904 = (bytes: Uint8Array) => /<workbookPr[^>]*date1904="(1|true)"/.test(strFromU8(unzipSync(bytes)['xl/workbook.xml']));

/** Where a typed date stands after a command: table cells are found by their column, which an upgrade may move. */
function placeAfter(bytes: Uint8Array, date: TypedDate): { sheet: string; address: string } {
  if (!date.table) return date;
  const table = readWorkbookData(bytes).tables[date.table];
  const column = table.columns.find((c) => c.header === date.header);
  if (!column) throw new Error(`${date.table} lost its ${date.header} column`);
  return { sheet: table.sheet, address: cellAddress(column.column, table.headerRow + 1) };
}

describe('a workbook in the 1904 date system', () => {
  it('reads its dates as the days typed before any command runs', async () => {
    const { bytes, dates } = await macWorkbook(workbookSchema);
    expect(is1904(bytes)).toBe(true);
    for (const date of dates) expect(storedSerial(bytes, date.sheet, date.address)).toBe((isoToSerial(date.iso) as number) - DAYS_1900_TO_1904);
    const data = readWorkbookData(bytes);
    expect(data.dateSystem).toBe(1904);
    expect(data.tables.tblRisks.rows[0].cells.Raised.value).toBe(isoToSerial('2026-03-01'));
  });

  it.each([
    ['upgrade', olderSchema, (file: string, out: string) => ['upgrade', file, '--out', out]],
    ['repair', workbookSchema, (file: string, out: string) => ['repair', file, '--out', out]],
  ])('%s keeps the 1904 system and every date the person typed, in tables and on their own sheet', async (command, schema, argv) => {
    const { bytes, dates } = await macWorkbook(schema);
    const file = path.join(folder, `${command}-in.xlsx`);
    const out = path.join(folder, `${command}-out.xlsx`);
    // Damage for repair to mend, so it writes the file.
    writeFileSync(file, command === 'repair' ? await typedOverScore(bytes) : bytes);
    const run = await partnering(...argv(file, out));
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
    const after = new Uint8Array(readFileSync(out));
    expect(is1904(after)).toBe(true);
    for (const date of dates) {
      const place = placeAfter(after, date);
      expect({ date: date.iso, stored: storedSerial(after, place.sheet, place.address) })
        .toEqual({ date: date.iso, stored: (isoToSerial(date.iso) as number) - DAYS_1900_TO_1904 });
    }
  });

  it('new --from keeps the 1904 system and the consultant’s own dates, and clears the client’s', async () => {
    const { bytes, dates } = await macWorkbook(workbookSchema);
    const file = path.join(folder, 'consultant.xlsx');
    const out = path.join(folder, 'client.xlsx');
    writeFileSync(file, bytes);
    const run = await partnering('new', out, '--from', file);
    expect(run.code).toBe(0);
    const after = new Uint8Array(readFileSync(out));
    expect(is1904(after)).toBe(true);
    const own = dates.find((d) => d.sheet === 'My dates') as TypedDate;
    expect(storedSerial(after, own.sheet, own.address)).toBe((isoToSerial(own.iso) as number) - DAYS_1900_TO_1904);
    const data = readWorkbookData(after);
    expect(data.tables.tblRisks.rows[0].cells.Raised.value).toBeNull();
    expect(data.names.AssessmentDate.value).toBeNull();
  });

  it('the file editor writes a date it is given as a serial of the file’s own system, in a table and in the Start details', async () => {
    const { bytes } = await macWorkbook(workbookSchema);
    const pkg = XlsxPackage.open(bytes);
    const result = restoreWorkbook(pkg, workbookSchema, {
      mode: 'fill', template: await templatePackage(),
      start: { assessmentDate: '2026-05-04' },
      rows: { tblRisks: [{ raised: '2026-05-01', nextReview: '2026-07-31' }] },
    });
    expect(result.notDone).toEqual([]);
    const written = pkg.toBytes();
    const data = readWorkbookData(written);
    const risk = data.tables.tblRisks.rows[0].cells;
    expect([risk.Raised.value, risk['Next review'].value, data.names.AssessmentDate.value])
      .toEqual([isoToSerial('2026-05-01'), isoToSerial('2026-07-31'), isoToSerial('2026-05-04')]);
    expect(storedSerial(written, data.tables.tblRisks.sheet, risk.Raised.address)).toBe((isoToSerial('2026-05-01') as number) - DAYS_1900_TO_1904);
  });
});

/** A Score typed over, as a person does: repair gives it back its formula. */
async function typedOverScore(bytes: Uint8Array): Promise<Uint8Array> {
  const risks = readWorkbookData(bytes).tables.tblRisks;
  const score = risks.rows[0].cells.Score;
  return editWorkbook(bytes, (file) => must(file.SetCellValue(risks.sheet, score.address, 7), 'Typing over Score'));
}
