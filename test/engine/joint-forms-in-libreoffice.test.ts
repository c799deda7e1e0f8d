/**
 * Rater forms the whole way round: an assessment, three forms made from it (two Ours, one
 * Partner) filled with N/A, blanks and one value off the scale, one of them re-saved by
 * LibreOffice as a rater without Excel would, merged, and the merged workbook recalculated in
 * LibreOffice: the joint figures it computes are the means, counts, spreads and weighted side
 * scores of the ratings merged, worked out here from tblRatings' rows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { principlesTable } from '../../src/schema/principles';
import { ratingsTable } from '../../src/schema/ratings';
import { scoresTable } from '../../src/schema/scores';
import { columnOf, placed } from '../../src/schema/workbook';
import { rowsByKey } from '../../src/scoring';
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

  it('recalculates with no error cell, and computes every joint figure from the merged ratings', () => {
    expect(Object.keys(result.sheets)).toEqual(expect.arrayContaining(['Ratings', 'Principles', 'Dashboard']));
    const data = readWorkbookData(bytesOf('merged.xlsx'));
    const rated = ratings('merged.xlsx').filter((r) => typeof r.rating === 'number' && Number.isInteger(r.rating) && r.rating >= 0 && r.rating <= 4);
    const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
    const criteria = rowsByKey(data, principlesTable).map((c) => {
      const of = (side?: string) => rated.filter((r) => r.ref === c.ref && (side === undefined || r.side === side)).map((r) => r.rating as number);
      const both = of();
      return {
        ref: c.ref, principle: c.principle, weight: c.weight as number,
        oursMean: mean(of('Ours')), partnerMean: mean(of('Partner')), raters: both.length,
        spread: both.length < 2 ? null : Math.max(...both) - Math.min(...both),
      };
    });
    expect(criteria.filter((c) => c.raters > 0).map((c) => c.ref)).toEqual(['P01.1', 'P01.2', 'P02.1', 'P02.2', 'P03.1']);
    const principles = placed(principlesTable);
    criteria.forEach((c, i) => {
      const row = principles.headerRow + 1 + i;
      for (const key of ['oursMean', 'partnerMean', 'raters', 'spread'] as const) {
        near(`${c.ref} ${key}`, cellNumber(result, principlesTable.sheet, row, columnOf(principles, key)), key === 'raters' ? c.raters : c[key]);
      }
    });
    const scores = placed(scoresTable);
    const side = (principle: unknown, key: 'oursMean' | 'partnerMean') => {
      const counted = criteria.filter((c) => c.principle === principle && c[key] !== null);
      const weight = counted.reduce((sum, c) => sum + c.weight, 0);
      return counted.length === 0 || weight === 0 ? null : counted.reduce((sum, c) => sum + c.weight * (c[key] as number), 0) / weight;
    };
    rowsByKey(data, scoresTable).forEach((p, i) => {
      const row = scores.headerRow + 1 + i;
      const ours = side(p.principle, 'oursMean');
      const partner = side(p.principle, 'partnerMean');
      near(`${p.ref} Ours`, cellNumber(result, scoresTable.sheet, row, columnOf(scores, 'ours')), ours);
      near(`${p.ref} Partner`, cellNumber(result, scoresTable.sheet, row, columnOf(scores, 'partner')), partner);
      near(`${p.ref} Perception gap`, cellNumber(result, scoresTable.sheet, row, columnOf(scores, 'perceptionGap')), ours === null || partner === null ? null : ours - partner);
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
