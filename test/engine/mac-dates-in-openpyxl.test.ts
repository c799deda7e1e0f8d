/**
 * An independent reader agrees: after upgrade, repair and new --from edit a workbook of the 1904
 * date system, openpyxl (which counts serials by the workbook's own epoch) reads every date the
 * person typed, and every date the editor wrote, as the day it was.
 */
import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { cellAddress } from '../../src/schema/address';
import { workbookSchema } from '../../src/schema/workbook';
import { must } from '../../src/xlsx/excelize';
import { restoreWorkbook } from '../../src/xlsx/package/restore';
import { XlsxPackage } from '../../src/xlsx/package/xlsx-package';
import { readWorkbookData } from '../../src/xlsx/read';
import { templatePackage } from '../../src/xlsx/template';
import { partneringOn } from '../support/cli';
import { macWorkbook, type TypedDate } from '../support/mac-workbook';
import { projectRoot } from '../support/project-root';
import { requireProgram } from '../support/require-tool';
import { editWorkbook } from '../support/xlsx-edit';

const run = promisify(execFile);
const reader = path.join(projectRoot(), 'test', 'support', 'cell-values.py');
const partnering = partneringOn('2026-04-01');

let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-mac-engine-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function openpyxlReads(file: string, cells: string[]): Promise<{ epoch1904: boolean; cells: Record<string, unknown> }> {
  const python = requireProgram('/usr/bin/python3', 'python3');
  await run(python, ['-c', 'import openpyxl']).catch(() => {
    throw new Error('openpyxl is missing. Install the Debian package: apt-get install -y python3-openpyxl');
  });
  const { stdout } = await run(python, [reader, file, ...cells]);
  return JSON.parse(stdout) as { epoch1904: boolean; cells: Record<string, unknown> };
}

/** `Sheet!A1` of a typed date where it stands in the written file (an upgrade may move its column). */
function whereNow(file: string, date: TypedDate): string {
  if (!date.table) return `${date.sheet}!${date.address}`;
  const table = readWorkbookData(readFileSync(file)).tables[date.table];
  const column = table.columns.find((c) => c.header === date.header);
  if (!column) throw new Error(`${date.table} lost its ${date.header} column`);
  return `${table.sheet}!${cellAddress(column.column, table.headerRow + 1)}`;
}

async function typedOverScore(bytes: Uint8Array): Promise<Uint8Array> {
  const risks = readWorkbookData(bytes).tables.tblRisks;
  return editWorkbook(bytes, (file) => must(file.SetCellValue(risks.sheet, risks.rows[0].cells.Score.address, 7), 'Typing over Score'));
}

describe('a 1904 workbook edited in place, as openpyxl reads it', () => {
  it.each(['upgrade', 'repair'])('%s: every date the person typed is the day they typed', async (command) => {
    const { bytes, dates } = await macWorkbook(command === 'upgrade' ? { ...workbookSchema, version: '0.9.0' } : workbookSchema);
    const file = path.join(folder, `${command}.xlsx`);
    const out = path.join(folder, `${command}-out.xlsx`);
    writeFileSync(file, command === 'repair' ? await typedOverScore(bytes) : bytes);
    expect((await partnering(command, file, '--out', out)).code).toBe(0);
    const read = await openpyxlReads(out, dates.map((d) => whereNow(out, d)));
    expect(read.epoch1904).toBe(true);
    expect(Object.values(read.cells)).toEqual(dates.map((d) => d.iso));
  });

  it('new --from: the consultant’s own date is the day typed', async () => {
    const { bytes, dates } = await macWorkbook(workbookSchema);
    const file = path.join(folder, 'consultant.xlsx');
    const out = path.join(folder, 'client.xlsx');
    writeFileSync(file, bytes);
    expect((await partnering('new', out, '--from', file)).code).toBe(0);
    const own = dates.find((d) => !d.table && d.sheet === 'My dates') as TypedDate;
    const read = await openpyxlReads(out, [`${own.sheet}!${own.address}`]);
    expect(read).toEqual({ epoch1904: true, cells: { [`${own.sheet}!${own.address}`]: own.iso } });
  });

  it('dates the editor writes into the tables and the Start details are the days given', async () => {
    const { bytes } = await macWorkbook(workbookSchema);
    const pkg = XlsxPackage.open(bytes);
    restoreWorkbook(pkg, workbookSchema, {
      mode: 'fill', template: await templatePackage(), start: { assessmentDate: '2026-05-04' }, rows: { tblRisks: [{ raised: '2026-05-01' }] },
    });
    const file = path.join(folder, 'filled.xlsx');
    writeFileSync(file, pkg.toBytes());
    const data = readWorkbookData(readFileSync(file));
    const raised = `${data.tables.tblRisks.sheet}!${data.tables.tblRisks.rows[0].cells.Raised.address}`;
    const assessment = `${data.names.AssessmentDate.sheet}!${data.names.AssessmentDate.address}`;
    expect((await openpyxlReads(file, [raised, assessment])).cells).toEqual({ [raised]: '2026-05-01', [assessment]: '2026-05-04' });
  });
});
