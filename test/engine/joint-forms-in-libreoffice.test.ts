/**
 * Rater forms the whole way round: an assessment, three forms made from it (two Ours, one
 * Partner) filled with N/A, blanks and one value off the scale, one of them re-saved by
 * LibreOffice as a rater without Excel would, merged, and the merged workbook recalculated in
 * LibreOffice: every joint figure it computes (Ours mean, Partner mean, Raters, Spread, Ours,
 * Partner, Perception gap) is the one src/scoring's jointAssessment computes from the merged file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { principlesTable } from '../../src/schema/principles';
import { ratingsTable } from '../../src/schema/ratings';
import { scoresTable } from '../../src/schema/scores';
import { columnOf, placed } from '../../src/schema/workbook';
import { jointAssessment, rowsByKey } from '../../src/scoring';
import { readWorkbookData } from '../../src/xlsx/read';
import { partneringOn, type CliRun } from '../support/cli';
import { fillForm, type Fill } from '../support/rater-forms';
import { cellNumber, recalculate, type Recalculated } from './support/recalc';
import { resaveInLibreOffice } from './support/resave';

const partnering = partneringOn('2026-06-15');

let folder: string;
const at = (name: string) => path.join(folder, name);
const bytesOf = (name: string) => new Uint8Array(readFileSync(at(name)));
/** tblRatings' rows down to the last one with anything in it (the table starts with empty rows to type in). */
const ratings = (name: string) => {
  const rows = rowsByKey(readWorkbookData(bytesOf(name)), ratingsTable);
  const last = rows.map((r) => Object.values(r).some((v) => v !== null && v !== '')).lastIndexOf(true);
  return rows.slice(0, last + 1);
};
let merged: CliRun;
let result: Recalculated;

const near = (label: string, actual: number | null, expected: number | null) => {
  if (expected === null) expect({ label, actual }).toEqual({ label, actual: null });
  else expect({ label, ok: actual !== null && Math.abs(actual - expected) < 1e-9 }).toEqual({ label, ok: true });
};

async function form(master: string, name: string, rater: string, side: string, fills: Fill[]): Promise<string> {
  const made = await partnering('form', at(master), '--rater', rater, '--side', side, '--out', at(name));
  if (made.code !== 0) throw new Error(made.problems.join('\n'));
  writeFileSync(at(name), await fillForm(bytesOf(name), fills));
  return at(name);
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-joint-'));
  const made = await partnering('new', at('assessment.xlsx'), '--example', '--today', '2026-03-31');
  if (made.code !== 0) throw new Error(made.problems.join('\n'));
  await partnering('new', at('other.xlsx'));
  await form('assessment.xlsx', 'ann.xlsx', 'Annika Lindqvist', 'ours', [
    { ref: 'P01.1', rating: 3 }, { ref: 'P01.2', rating: 4 }, { ref: 'P02.1', rating: 'N/A' }, { ref: 'P02.2', rating: 1 }, { ref: 'P03.1', rating: 2 },
  ]);
  await form('assessment.xlsx', 'bo.xlsx', 'Bo Chandrasekaran', 'ours', [
    { ref: 'P01.1', rating: '1' }, { ref: 'P01.2', rating: 4, comment: 'Contract says so' }, { ref: 'P02.1', rating: 2 }, { ref: 'P03.1', rating: 7 },
  ]);
  await form('assessment.xlsx', 'raj.xlsx', 'Rajesh Okonkwo', 'partner', [
    { ref: 'P01.1', rating: 1 }, { ref: 'P01.2', rating: 'n/a' }, { ref: 'P02.1', rating: 3 }, { ref: 'P02.2', rating: 4 }, { ref: 'P03.1', rating: 0 },
  ]);
  writeFileSync(at('raj-resaved.xlsx'), await resaveInLibreOffice(bytesOf('raj.xlsx'), 'xlsx'));
  await form('other.xlsx', 'stranger.xlsx', 'Zoe Ng', 'ours', [{ ref: 'P01.1', rating: 2 }]);

  merged = await partnering('merge', at('assessment.xlsx'), at('ann.xlsx'), at('bo.xlsx'), at('raj-resaved.xlsx'), '--out', at('merged.xlsx'));
  result = await recalculate(bytesOf('merged.xlsx'), 'merged.xlsx');
}, 600_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('rater forms merged and recalculated in LibreOffice', () => {
  it('imports every valid rating and lists the one off the scale, with exit 1', () => {
    expect(merged.code).toBe(1);
    expect(merged.problems).toEqual([
      'partnering: 1 value was not imported:',
      expect.stringMatching(/bo\.xlsx: 'Rating form'!E\d+: Rating must be a whole number 0–4 or N\/A, found "7"; not imported\.$/),
    ]);
    expect(ratings('merged.xlsx').map((r) => [r.side, r.ref, r.rating])).toEqual([
      ['Ours', 'P01.1', 3], ['Ours', 'P01.2', 4], ['Ours', 'P02.1', 'N/A'], ['Ours', 'P02.2', 1], ['Ours', 'P03.1', 2],
      ['Ours', 'P01.1', 1], ['Ours', 'P01.2', 4], ['Ours', 'P02.1', 2],
      ['Partner', 'P01.1', 1], ['Partner', 'P01.2', 'N/A'], ['Partner', 'P02.1', 3], ['Partner', 'P02.2', 4], ['Partner', 'P03.1', 0],
    ]);
  });

  it('merges a form re-saved by LibreOffice as it merges the form itself', async () => {
    const direct = await partnering('merge', at('assessment.xlsx'), at('ann.xlsx'), at('bo.xlsx'), at('raj.xlsx'), '--out', at('direct.xlsx'));
    expect(direct.code).toBe(1);
    expect(ratings('direct.xlsx')).toEqual(ratings('merged.xlsx'));
  });

  it('recalculates with no error cell, every joint figure equal to what src/scoring computes from the merged file', () => {
    expect(Object.keys(result.sheets)).toEqual(expect.arrayContaining(['Ratings', 'Principles', 'Dashboard']));
    const joint = jointAssessment(readWorkbookData(bytesOf('merged.xlsx')));
    // The merged ratings reach five criteria of three principles, both sides on most of them.
    expect(joint.criteria.filter((c) => c.raters > 0).map((c) => c.ref)).toEqual(['P01.1', 'P01.2', 'P02.1', 'P02.2', 'P03.1']);
    expect(joint.principles.filter((p) => p.perceptionGap !== null).map((p) => p.ref)).toEqual(['P01', 'P02', 'P03']);
    const principles = placed(principlesTable);
    joint.criteria.forEach((c, i) => {
      const row = principles.headerRow + 1 + i;
      for (const key of ['oursMean', 'partnerMean', 'raters', 'spread'] as const) {
        near(`${c.ref} ${key}`, cellNumber(result, principlesTable.sheet, row, columnOf(principles, key)), c[key]);
      }
    });
    const scores = placed(scoresTable);
    joint.principles.forEach((p, i) => {
      const row = scores.headerRow + 1 + i;
      near(`${p.ref} Ours`, cellNumber(result, scoresTable.sheet, row, columnOf(scores, 'ours')), p.ours);
      near(`${p.ref} Partner`, cellNumber(result, scoresTable.sheet, row, columnOf(scores, 'partner')), p.partner);
      near(`${p.ref} Perception gap`, cellNumber(result, scoresTable.sheet, row, columnOf(scores, 'perceptionGap')), p.perceptionGap);
    });
  });

  it('leaves tblRatings as it was when the same forms are merged again', async () => {
    const again = await partnering('merge', at('merged.xlsx'), at('ann.xlsx'), at('bo.xlsx'), at('raj-resaved.xlsx'), '--out', at('again.xlsx'));
    expect(again.code).toBe(1);
    expect(again.printed[0]).toContain('nothing was written');
    const twice = await partnering('merge', at('merged.xlsx'), at('raj.xlsx'), '--out', at('twice.xlsx'), '--force');
    expect(twice.printed[0]).toContain('nothing was written');
  });

  it('refuses a form of another assessment and imports nothing of it', async () => {
    const run = await partnering('merge', at('merged.xlsx'), at('stranger.xlsx'), '--out', at('stranger-merged.xlsx'));
    expect(run.code).toBe(1);
    expect(run.problems[0]).toMatch(/stranger\.xlsx: this form belongs to another assessment/);
    expect(run.problems[1]).toBe('partnering: No form could be merged; nothing was written.');
  });

  it('with --anonymous leaves no rater\'s name in any part of the file', async () => {
    const run = await partnering('merge', at('assessment.xlsx'), at('ann.xlsx'), at('bo.xlsx'), at('raj-resaved.xlsx'), '--out', at('anonymous.xlsx'), '--anonymous');
    expect(run.code).toBe(1);
    expect([...new Set(ratings('anonymous.xlsx').map((r) => r.rater))]).toEqual(['Rater 1', 'Rater 2', 'Rater 3']);
    const names = ['Annika', 'Lindqvist', 'Chandrasekaran', 'Rajesh', 'Okonkwo'];
    const named = Object.entries(unzipSync(bytesOf('anonymous.xlsx')))
      .filter(([, bytes]) => names.some((name) => strFromU8(bytes).includes(name))).map(([part]) => part);
    expect(named).toEqual([]);
  });
});
