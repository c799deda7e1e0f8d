/**
 * The routine without the pane, then opened in LibreOffice: `partnering actions` and `partnering
 * snapshot` write rows that recalculate with no error cell, the snapshots hold the figures
 * src/scoring computes, and the Dashboard's Previous column reads the last snapshot, which shows
 * the appended row is inside tblHistory.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cellAddress } from '../../src/schema/address';
import { actionsTable } from '../../src/schema/actions';
import { historyTable } from '../../src/schema/history';
import { principlesTable } from '../../src/schema/principles';
import { scoresTable } from '../../src/schema/scores';
import { columnOf, placed } from '../../src/schema/workbook';
import { collectActions, rowsByKey, workbookScores, type WorkbookScores } from '../../src/scoring';
import { isoToSerial } from '../../src/schema/dates';
import { readWorkbookData } from '../../src/xlsx/read';
import { partneringOn } from '../support/cli';
import { editWorkbook, type } from '../support/xlsx-edit';
import { cellNumber, cellText, recalculate, type Recalculated } from './support/recalc';

const MADE_ON = '2026-03-31';
const TODAY = '2026-06-15';
const partnering = partneringOn(TODAY);
const history = placed(historyTable);
const actions = placed(actionsTable);
const scores = placed(scoresTable);
const principles = placed(principlesTable);

let folder: string;
let file: string;
let result: Recalculated;
/** The scores when the first snapshot was taken, before the assessor raised P01.1's rating. */
let atKickOff: WorkbookScores;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-routine-'));
  file = path.join(folder, 'client.xlsx');
  const run = async (...argv: string[]) => {
    const { code, problems } = await partnering(...argv);
    if (code !== 0) throw new Error(`partnering ${argv.join(' ')} failed: ${problems.join(' ')}`);
  };
  await run('new', file, '--example', '--today', MADE_ON);
  await run('snapshot', file, '--in-place', '--today', '2026-04-01', '--label', 'Kick-off');
  atKickOff = workbookScores(readWorkbookData(new Uint8Array(readFileSync(file))));
  const rating = cellAddress(columnOf(principles, 'rating'), principles.headerRow + 1);
  writeFileSync(file, await editWorkbook(readFileSync(file), (f) => type(f, 'Principles', rating, 4)));
  await run('actions', file, '--in-place');
  await run('snapshot', file, '--in-place', '--label', '=Quarterly review');
  result = await recalculate(new Uint8Array(readFileSync(file)), 'routine.xlsx');
}, 300_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const near = (label: string, actual: number | null, expected: number | null) => {
  if (expected === null) expect({ label, actual }).toEqual({ label, actual: null });
  else expect({ label, ok: actual !== null && Math.abs(actual - expected) < 1e-9 }).toEqual({ label, ok: true });
};

describe('actions and snapshot, recalculated by LibreOffice', () => {
  it('has no error cell anywhere (the recalculation fails on one)', () => {
    expect(Object.keys(result.sheets)).toEqual(expect.arrayContaining(['Actions', 'Score history', 'Dashboard']));
  });

  it('shows the collected actions on the Actions sheet, the overdue ones marked', () => {
    const data = readWorkbookData(new Uint8Array(readFileSync(file)));
    const collected = collectActions(data, isoToSerial(TODAY) as number);
    expect(collected.length).toBeGreaterThan(0);
    collected.forEach((action, i) => {
      const row = actions.headerRow + 1 + i;
      expect([row, cellText(result, 'Actions', row, columnOf(actions, 'action')), cellText(result, 'Actions', row, columnOf(actions, 'overdue'))])
        .toEqual([row, action.action, action.overdue]);
    });
  });

  it('holds in each snapshot row the figures src/scoring computes, the label as typed', () => {
    const data = readWorkbookData(new Uint8Array(readFileSync(file)));
    const now = workbookScores(data);
    expect(rowsByKey(data, historyTable).map((r) => r.label)).toEqual(['Kick-off', '=Quarterly review']);
    expect(now.principles[0].score).not.toBe(atKickOff.principles[0].score);
    ([[history.headerRow + 1, atKickOff], [history.headerRow + 2, now]] as const).forEach(([row, expected]) => {
      const at = (key: string) => cellNumber(result, 'Score history', row, columnOf(history, key));
      expected.principles.forEach((p) => near(`row ${row} ${p.ref}`, at(p.ref), p.score));
      near(`row ${row} Overall`, at('overall'), expected.overall);
      near(`row ${row} Plan completeness`, at('planCompleteness'), expected.planCompleteness);
      near(`row ${row} Open high risks`, at('openHighRisks'), expected.openHighRisks);
    });
    expect(cellText(result, 'Score history', history.headerRow + 2, columnOf(history, 'label'))).toBe('=Quarterly review');
    expect(cellText(result, 'Score history', history.headerRow + 2, columnOf(history, 'date'))).toBe(TODAY);
  });

  it('feeds the Dashboard’s Previous column from the appended snapshot, not the first', () => {
    const expected = workbookScores(readWorkbookData(new Uint8Array(readFileSync(file))));
    expected.principles.forEach((p, i) => {
      near(`${p.ref} Previous`, cellNumber(result, 'Dashboard', scores.headerRow + 1 + i, columnOf(scores, 'previous')), p.score);
    });
  });
});
