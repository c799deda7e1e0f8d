import { chmodSync, existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { content } from '../../../src/domain/strings/en';
import { isoToSerial } from '../../../src/schema/dates';
import { exampleEntries } from '../../../src/schema/example';
import { historyTable } from '../../../src/schema/history';
import { workbookSchema } from '../../../src/schema/workbook';
import { rowsByKey, workbookScores } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { scratchFolder } from '../../support/scratch-folder';
import { editWorkbook, type } from '../../support/xlsx-edit';

const TODAY = '2026-06-15';
const partnering = partneringOn(TODAY);

const scratch = scratchFolder('snapshot');
const file = (name: string, bytes: Uint8Array) => scratch.file(name, bytes);
let example: Uint8Array;
beforeAll(async () => {
  example = await writeWorkbook(workbookSchema, { workbookId: 'client', ...exampleEntries('2026-03-31') });
});
const read = (target: string) => readWorkbookData(new Uint8Array(readFileSync(target)));
const history = (target: string) => rowsByKey(read(target), historyTable);
/** The row the pane's Save snapshot records: the Dashboard's figures as src/scoring computes them. */
function scoresOf(bytes: Uint8Array) {
  const scores = workbookScores(readWorkbookData(bytes));
  return {
    ...Object.fromEntries(scores.principles.map((p) => [p.ref, p.score])),
    overall: scores.overall, planCompleteness: scores.planCompleteness, openHighRisks: scores.openHighRisks,
  };
}

describe('partnering snapshot', () => {
  it('records the day, the label and the scores src/scoring computes into the empty first row, then appends below', async () => {
    const source = file('client.xlsx', example);
    const out = path.join(scratch.path, 'first.xlsx');

    const first = await partnering('snapshot', source, '--out', out, '--label', 'Kick-off review');

    expect(first.problems).toEqual([]);
    expect(first.code).toBe(0);
    const scores = scoresOf(example);
    expect(history(out)).toEqual([{ date: isoToSerial(TODAY), label: 'Kick-off review', ...scores }]);
    expect(Object.keys(scores)).toEqual(expect.arrayContaining(content.principles.map((p) => p.ref)));
    expect(first.printed[0]).toBe(`Saved a snapshot of the scores on ${TODAY} ("Kick-off review") to the Score history sheet, row 5: wrote ${out}.`);
    expect(first.printed[1]).toBe(`  Overall maturity ${(scores.overall as number).toFixed(2)}, plan completeness ${Math.round((scores.planCompleteness as number) * 100)}%, ${scores.openHighRisks} open High or Critical risks.`);
    expect(readFileSync(source)).toEqual(Buffer.from(example));

    const second = await partnering('snapshot', out, '--in-place', '--today', '2026-07-01');

    expect(second.code).toBe(0);
    expect(second.printed[0]).toBe(`Saved a snapshot of the scores on 2026-07-01 ("Snapshot 2026-07-01") to the Score history sheet, row 6: wrote ${out}.`);
    expect(history(out)).toEqual([
      { date: isoToSerial(TODAY), label: 'Kick-off review', ...scores },
      { date: isoToSerial('2026-07-01'), label: 'Snapshot 2026-07-01', ...scores },
    ]);
    const dataValidations = Object.entries(unzipSync(readFileSync(out))).map(([, part]) => strFromU8(part)).find((xml) => xml.includes('Kick-off review'));
    expect(dataValidations).toMatch(/sqref="A5:A6"/);
  });

  it('writes a label that looks like a formula as the text it is', async () => {
    const source = file('client.xlsx', example);
    const label = '=1+1';
    expect((await partnering('snapshot', source, '--in-place', '--label', label)).code).toBe(0);
    const row = read(source).tables.tblHistory.rows[0];
    expect(row.cells.Label.value).toBe(label);
    expect(row.cells.Label.formula).toBeUndefined();
  });

  it('leaves the scores of a workbook nobody has rated empty and says they are not yet scored', async () => {
    const source = file('blank.xlsx', await writeWorkbook(workbookSchema, { workbookId: 'blank' }));
    const { code, printed } = await partnering('snapshot', source, '--in-place');
    expect(code).toBe(0);
    expect(printed[1]).toBe('  Overall maturity not yet scored, plan completeness 0%, 0 open High or Critical risks.');
    const [row] = history(source);
    expect(row.overall).toBeNull();
    expect(content.principles.map((p) => row[p.ref])).toEqual(content.principles.map(() => null));
  });

  it('writes the date in a Mac workbook’s 1904 date system, so it reads as the same day', async () => {
    const mac = await editWorkbook(example, (f) => { f.SetWorkbookProps({ Date1904: true }); });
    const source = file('mac.xlsx', mac);
    expect((await partnering('snapshot', source, '--in-place')).code).toBe(0);
    expect(history(source)[0].date).toBe(isoToSerial(TODAY));
  });
});

describe('partnering snapshot refuses what would harm the workbook', () => {
  it('asks where to write, and never writes onto the workbook it reads', async () => {
    const source = file('client.xlsx', example);
    expect((await partnering('snapshot', source, '--label', 'Q2')).problems).toEqual(['partnering: snapshot: give --out NEW.xlsx, or --in-place to change the workbook itself.']);
    expect((await partnering('snapshot', source, '--out', source, '--force')).problems[0]).toMatch(/is the workbook being read/);
    expect((await partnering('snapshot', source, '--in-place', '--out', path.join(scratch.path, 'x.xlsx'))).problems[0]).toMatch(/either --out or --in-place/);
    expect((await partnering('snapshot', source, '--in-place', '--label')).problems[0]).toMatch(/--label needs a value/);
    expect(readFileSync(source)).toEqual(Buffer.from(example));
  });

  it('refuses a read-only workbook for --in-place and leaves it as it was', async () => {
    const source = file('client.xlsx', example);
    chmodSync(source, 0o444);
    const { code, problems } = await partnering('snapshot', source, '--in-place');
    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: snapshot: ${source} is read-only, so it was left as it is. Make it writable, or write a copy with --out.`]);
    expect(readFileSync(source)).toEqual(Buffer.from(example));
  });

  it('refuses a --today that is not a calendar date', async () => {
    const { code, problems } = await partnering('snapshot', file('client.xlsx', example), '--in-place', '--today', '2026-13-01');
    expect(code).toBe(2);
    expect(problems).toEqual(['partnering: snapshot: --today must be a date like 2026-03-31, found "2026-13-01".']);
  });

  it('writes nothing when the new row would land on a cell of the person’s own below the table, and names it', async () => {
    const source = file('client.xlsx', example);
    expect((await partnering('snapshot', source, '--in-place')).code).toBe(0);
    const blocked = await editWorkbook(readFileSync(source), (f) => type(f, 'Score history', 'B6', 'Board asked for this'));
    writeFileSync(source, blocked);
    const out = path.join(scratch.path, 'out.xlsx');

    const { code, problems } = await partnering('snapshot', source, '--out', out);

    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: ${source}: tblHistory would grow over your cell 'Score history'!B6, so nothing was written. Move what is below the table, then run the command again.`]);
    expect(existsSync(out)).toBe(false);
  });
});
