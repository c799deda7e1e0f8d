/**
 * `partnering new --example` is for demonstrations: its dates count from the day it is made, so a
 * demo made on any day shows nothing overdue, and its first action (Agree three KPIs, due a month
 * after the day it is made) falls due on schedule.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { runChecks } from '../../../src/checks';
import { actionsTable } from '../../../src/schema/actions';
import { isoToSerial, serialToIso } from '../../../src/schema/dates';
import { rowsByKey } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { partneringOn } from '../../support/cli';

/** The computer's today in these runs: --today must win over it. */
const partnering = partneringOn('2030-01-01');

let folder: string;
beforeEach(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-example-dates-')); });
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const later = (iso: string, days: number) => serialToIso((isoToSerial(iso) as number) + days);

async function example(madeOn: string): Promise<string> {
  const target = path.join(folder, `example-${madeOn}.xlsx`);
  const { code, problems } = await partnering('new', target, '--example', '--today', madeOn);
  expect(problems).toEqual([]);
  expect(code).toBe(0);
  return target;
}

/** The overdue actions on the Actions sheet after `partnering actions` on the given day, by Ref. */
async function overdueOn(target: string, today: string): Promise<string[]> {
  const copy = path.join(folder, `collected-${today}-${path.basename(target)}`);
  const { code, problems } = await partnering('actions', target, '--out', copy, '--today', today);
  expect(problems).toEqual([]);
  expect(code).toBe(0);
  return rowsByKey(readWorkbookData(new Uint8Array(readFileSync(copy))), actionsTable).filter((r) => r.overdue === 'Overdue').map((r) => String(r.ref));
}

const overdueFindings = (target: string, today: string) => runChecks(readWorkbookData(new Uint8Array(readFileSync(target))), { today })
  .filter((f) => f.rule === 'overdue-action' || f.rule === 'overdue-review').map((f) => `${f.sheet}!${f.cell}`);

describe('the example’s dates count from the day it is made', () => {
  it.each(['2026-03-31', '2027-01-10', '2028-02-29', '2031-12-31'])('made on %s: nothing overdue that day, only the KPI action a month and a day later', async (madeOn) => {
    const target = await example(madeOn);

    expect(readWorkbookData(new Uint8Array(readFileSync(target))).names.AssessmentDate?.value).toBe(isoToSerial(madeOn));
    expect(await overdueOn(target, madeOn)).toEqual([]);
    expect(overdueFindings(target, madeOn)).toEqual([]);
    expect(await overdueOn(target, later(madeOn, 31))).toEqual(['P11.1']);
  });

  it('is made on the computer’s today without --today', async () => {
    const target = path.join(folder, 'today.xlsx');
    expect((await partnering('new', target, '--example')).code).toBe(0);
    expect(readWorkbookData(new Uint8Array(readFileSync(target))).names.AssessmentDate?.value).toBe(isoToSerial('2030-01-01'));
    expect(overdueFindings(target, '2030-01-01')).toEqual([]);
  });

  it.each(['2026-02-30', '31/03/2026', 'today'])('refuses --today %j, saying what it expects, and writes nothing', async (today) => {
    const target = path.join(folder, 'bad.xlsx');
    const { code, problems } = await partnering('new', target, '--example', '--today', today);
    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: new: --today must be a date like 2026-03-31, found "${today}".`]);
    expect(() => readFileSync(target)).toThrow();
  });

  it('refuses --today without --example, where it would mean nothing', async () => {
    const { code, problems } = await partnering('new', path.join(folder, 'blank.xlsx'), '--today', '2026-03-31');
    expect(code).toBe(2);
    expect(problems).toEqual(['partnering: new: --today sets the day the example is made (its dates count from it); give it with --example.']);
  });
});
