import { rmSync } from 'fs';
import { Workbook } from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { workbookText } from '../../../src/domain/strings/en/workbook';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { loadExcelize, must } from '../../../src/xlsx/excelize';
import { CLI_OUTPUT_COMMANDS, writeEveryCliOutput, type CliOutput } from '../../support/cli-outputs';

// exceljs is the most used JavaScript reader of .xlsx files; a workbook it cannot open is one a
// person's own tooling cannot read either.

let folder: string;
let outputs: CliOutput[];
let started: Date;

beforeAll(async () => {
  started = new Date(Math.floor(Date.now() / 1000) * 1000);
  ({ folder, outputs } = await writeEveryCliOutput());
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

// exceljs types its input as its own Buffer interface, which Node's Buffer satisfies at run time.
const load = (bytes: Uint8Array) => new Workbook().xlsx.load(Buffer.from(bytes) as unknown as Parameters<Workbook['xlsx']['load']>[0]);
const tableNames = (workbook: Workbook) =>
  workbook.worksheets.flatMap((sheet) => (sheet.getTables() as unknown as Array<{ name: string }>).map((t) => t.name));

describe('every file partnering writes, opened with exceljs', () => {
  it.each(CLI_OUTPUT_COMMANDS)('partnering %s: opens, with its sheets and tables', async (command) => {
    const output = outputs.find((o) => o.command === command) as CliOutput;
    const workbook = await load(output.bytes);

    expect(workbook.worksheets.map((s) => s.name)).toEqual(output.sheets);
    expect(tableNames(workbook).sort()).toEqual([...output.tables].sort());
  });

  it('reads the title, author, version and dates we wrote', async () => {
    const workbook = await load(outputs[0].bytes);

    expect(workbook.title).toBe(workbookText.title);
    expect(workbook.subject).toBe(workbookText.subject);
    expect(workbook.creator).toBe(workbookText.title);
    expect(workbook.lastModifiedBy).toBe(workbookText.title);
    expect(workbook.created.getTime()).toBeGreaterThanOrEqual(started.getTime());
    expect(workbook.created.getTime()).toBeLessThanOrEqual(Date.now());
    expect(workbook.modified).toEqual(workbook.created);
    expect(strFromU8(unzipSync(outputs[0].bytes)['docProps/core.xml'])).toContain(`<cp:version>${TEMPLATE_VERSION}</cp:version>`);
  });

  it('sees the example’s entries and the Rating dropdown', async () => {
    const workbook = await load(outputs[1].bytes);
    const rating = workbook.getWorksheet('Principles')?.getCell('F5').dataValidation;

    expect(workbook.getWorksheet('Start')?.getCell('B5').value).toBeTruthy();
    expect(rating).toMatchObject({ type: 'list', formulae: ['lstRating'] });
  });

  it('would refuse the workbook with the core properties excelize-wasm writes (so the tests above can fail)', async () => {
    const excelize = await loadExcelize();
    const file = excelize.NewFile();
    must(file.SetDocProps({ Title: workbookText.title }), 'Document properties');
    const theirs = unzipSync(new Uint8Array(must(file.WriteToBuffer(), 'Writing').buffer as ArrayBuffer))['docProps/core.xml'];
    const parts = unzipSync(outputs[0].bytes);

    expect(strFromU8(theirs)).toContain('<coreProperties xmlns=');
    await expect(load(zipSync({ ...parts, 'docProps/core.xml': theirs }))).rejects.toThrow(/Unexpected xml node/);
    await expect(load(zipSync({ ...parts, 'docProps/core.xml': strToU8(strFromU8(parts['docProps/core.xml'])) }))).resolves.toBeInstanceOf(Workbook);
  });
});
