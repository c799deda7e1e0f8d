/**
 * The workbook computes its scores with no add-in: LibreOffice recalculates files filled as a
 * person would fill them, and every figure equals what src/scoring computes for the same entries.
 */
import { content } from '../../src/domain/strings/en';
import { columnLetter, parseCell } from '../../src/schema/address';
import { exampleEntries } from '../../src/schema/example';
import type { PlacedTable } from '../../src/schema/layout';
import { isoToSerial } from '../../src/schema/dates';
import { initialRows, type CellValue, type RowEntries } from '../../src/schema/rows';
import { competenciesTable } from '../../src/schema/competencies';
import { historyTable } from '../../src/schema/history';
import { planTable } from '../../src/schema/plan';
import { principlesTable } from '../../src/schema/principles';
import { risksTable } from '../../src/schema/risks';
import { scoresTable } from '../../src/schema/scores';
import { cells, columnOf, heatMap, placed, workbookSchema } from '../../src/schema/workbook';
import {
  competencyGap, levelName, openHighRisks, previousScore, overallMaturity, planCompleteness, principleScores, ratingShown, riskHeatMap, riskScore,
} from '../../src/scoring';
import { loadExcelize, must } from '../../src/xlsx/excelize';
import { writeWorkbook, type WorkbookEntries } from '../../src/xlsx/write';
import { cellNumber, cellText, recalculate, type Recalculated } from './support/recalc';
import { seededRandom } from '../support/seeded-random';

const principles = placed(principlesTable);
const plan = placed(planTable);
const risks = placed(risksTable);
const scores = placed(scoresTable);
const competencies = placed(competenciesTable);
const history = placed(historyTable);
const namedCell = (name: string) => {
  const cell = cells.find((c) => c.name === name);
  if (!cell) throw new Error(name);
  return { sheet: cell.sheet, ...parseCell(cell.cell) };
};

/** What an assessor might enter: ratings, N/A, blanks, other weights, added criteria, plan statuses and risks. */
function filledEntries(seed: number): WorkbookEntries {
  const r = seededRandom(seed);
  const criteria = content.principles.flatMap((p) => p.criteria);
  const principleRows: RowEntries[] = criteria.map(() => ({
    rating: r.pick([0, 1, 2, 3, 4, 'N/A', null, null] as CellValue[]),
    weight: r.pick([1, 1, 1, 2, 0.5, 0] as CellValue[]),
  }));
  // Criteria a consultant added at the end of the table, one for a principle with no other rating.
  principleRows.push({ ref: 'P03.6', principle: content.principles[2].name, criterion: 'Added criterion', weight: 2, rating: 4 });
  principleRows.push({ ref: 'P07.6', principle: content.principles[6].name, criterion: 'Another added one', weight: 1, rating: 'N/A' });
  const planRows: RowEntries[] = content.planElements.map(() => ({
    status: r.pick(['Not started', 'Drafted', 'Agreed', 'Not applicable', 'agreed']),
  }));
  const riskRows: RowEntries[] = Array.from({ length: 24 }, (_, i) => ({
    id: `R-${String(i + 1).padStart(3, '0')}`,
    risk: `Risk ${i + 1}`,
    likelihood: r.pick([1, 2, 3, 4, 5, 5, null] as CellValue[]),
    impact: r.pick([1, 2, 3, 4, 5, 3, null] as CellValue[]),
    residualLikelihood: r.pick([1, 2, 3, null] as CellValue[]),
    residualImpact: r.pick([1, 2, 3, null] as CellValue[]),
    status: r.pick(['Open', 'Monitoring', 'Closed', null] as CellValue[]),
  }));
  const scoreRows: RowEntries[] = content.principles.map(() => ({ weight: r.pick([1, 1, 2, 0.5]), target: r.pick([2, 3, 3, 4]) }));
  const competencyRows: RowEntries[] = content.competencies.map(() => ({ level: r.pick([1, 2, 3, 4, null] as CellValue[]) }));
  const snapshot = (date: string) => ({
    date, label: `Snapshot ${date}`,
    ...Object.fromEntries(content.principles.map((p) => [p.ref, r.pick([1, 2.5, 3.25, null] as CellValue[])])),
  });
  const historyRows: RowEntries[] = seed % 2 === 0 ? [] : [snapshot('2025-12-01'), snapshot('2026-03-01')];
  return {
    workbookId: `engine-${seed}`,
    rows: {
      tblPrinciples: principleRows, tblPlan: planRows, tblRisks: riskRows, tblScores: scoreRows, tblCompetencies: competencyRows,
      tblHistory: historyRows,
    },
  };
}

/** Types ratings into existing cells of the written file, as a person would in Excel. */
async function typeRatings(bytes: Uint8Array, ratings: Array<{ row: number; value: number | string }>): Promise<Uint8Array> {
  const excelize = await loadExcelize();
  const file = excelize.OpenReader(bytes);
  const column = columnOf(principles, 'rating');
  for (const { row, value } of ratings) {
    const address = `${columnLetter(column)}${principles.headerRow + 1 + row}`;
    must(typeof value === 'number' ? file.SetCellValue('Principles', address, value) : file.SetCellStr('Principles', address, value), address);
  }
  const { buffer } = must(file.WriteToBuffer(), 'saving');
  return new Uint8Array(buffer as ArrayBuffer);
}

const rowsOf = (placed: PlacedTable, entries: WorkbookEntries) => initialRows(placed.table, entries.rows?.[placed.table.name]);

function expectFigure(result: Recalculated, where: { sheet: string; row: number; column: number }, expected: number | null, label: string) {
  const actual = cellNumber(result, where.sheet, where.row, where.column);
  if (expected === null) {
    expect({ label, actual }).toEqual({ label, actual: null });
  } else {
    expect({ label, ok: actual !== null && Math.abs(actual - expected) < 1e-9 }).toEqual({ label, ok: true });
  }
}

function expectSameScores(result: Recalculated, entries: WorkbookEntries) {
  const criteria = rowsOf(principles, entries);
  const expected = principleScores(criteria, rowsOf(scores, entries));
  // Dates are given as ISO text and stored as serial numbers.
  const historyAsStored = rowsOf(history, entries).map((row) => ({ ...row, date: typeof row.date === 'string' ? isoToSerial(row.date) ?? row.date : row.date ?? null }));
  expected.forEach((s, i) => {
    const row = scores.headerRow + 1 + i;
    const at = (key: string) => ({ sheet: 'Dashboard', row, column: columnOf(scores, key) });
    expectFigure(result, at('score'), s.score, `${s.ref} Score`);
    expectFigure(result, at('percent'), s.percent, `${s.ref} Percent`);
    expectFigure(result, at('gap'), s.gap, `${s.ref} Gap`);
    expectFigure(result, at('rated'), s.rated, `${s.ref} Rated`);
    expectFigure(result, at('criteria'), s.criteria, `${s.ref} Criteria`);
    expectFigure(result, at('previous'), previousScore(historyAsStored, s.ref), `${s.ref} Previous`);
  });
  expectFigure(result, namedCell('OverallMaturity'), overallMaturity(expected), 'OverallMaturity');
  expectFigure(result, namedCell('PlanCompleteness'), planCompleteness(rowsOf(plan, entries)), 'PlanCompleteness');

  const riskRows = rowsOf(risks, entries);
  expectFigure(result, namedCell('OpenHighRisks'), openHighRisks(riskRows), 'OpenHighRisks');
  riskHeatMap(riskRows).forEach((counts, r) => counts.forEach((count, c) => {
    expectFigure(result, { sheet: 'Dashboard', row: heatMap.top + r, column: heatMap.left + c }, count, `heat map ${r},${c}`);
  }));
  riskRows.forEach((risk, i) => {
    const row = risks.headerRow + 1 + i;
    const score = riskScore(risk.likelihood, risk.impact);
    const residual = riskScore(risk.residualLikelihood, risk.residualImpact);
    expectFigure(result, { sheet: 'Risks', row, column: columnOf(risks, 'score') }, score, `risk ${i + 1} Score`);
    expect([`risk ${i + 1} Rating`, cellText(result, 'Risks', row, columnOf(risks, 'rating'))])
      .toEqual([`risk ${i + 1} Rating`, ratingShown(risk.likelihood, risk.impact)]);
    expectFigure(result, { sheet: 'Risks', row, column: columnOf(risks, 'residualScore') }, residual, `risk ${i + 1} Residual score`);
    expect([`risk ${i + 1} Residual rating`, cellText(result, 'Risks', row, columnOf(risks, 'residualRating'))])
      .toEqual([`risk ${i + 1} Residual rating`, ratingShown(risk.residualLikelihood, risk.residualImpact)]);
  });
  criteria.forEach((criterion, i) => {
    const shown = cellText(result, 'Principles', principles.headerRow + 1 + i, columnOf(principles, 'level'));
    expect([criterion.ref ?? i, shown]).toEqual([criterion.ref ?? i, levelName(criterion.rating, criterion.weight)]);
  });
  rowsOf(competencies, entries).forEach((row, i) => {
    expectFigure(result, { sheet: 'Competencies', row: competencies.headerRow + 1 + i, column: columnOf(competencies, 'gap') },
      competencyGap(row.level, row.required), `competency ${i + 1} Gap`);
  });
}

describe('scores computed by LibreOffice from the written file', () => {
  it('leaves a blank workbook free of error cells, with blank scores and an empty heat map', async () => {
    const entries: WorkbookEntries = { workbookId: 'blank' };
    const result = await recalculate(await writeWorkbook(workbookSchema, entries), 'blank.xlsx');
    expectSameScores(result, entries);
    expect(cellText(result, 'Dashboard', namedCell('OverallMaturity').row, namedCell('OverallMaturity').column)).toBe('');
    expect(cellNumber(result, 'Dashboard', namedCell('PlanCompleteness').row, namedCell('PlanCompleteness').column)).toBe(0);
  });

  it('matches src/scoring for the filled example', async () => {
    const entries: WorkbookEntries = { workbookId: 'example', ...exampleEntries('2026-03-31') };
    const result = await recalculate(await writeWorkbook(workbookSchema, entries), 'example.xlsx');
    expectSameScores(result, entries);
    expect(cellNumber(result, 'Dashboard', namedCell('OpenHighRisks').row, namedCell('OpenHighRisks').column)).toBeGreaterThan(0);
  });

  it.each([1, 2, 3])('matches src/scoring for randomly filled workbook %i, including added rows and N/A', async (seed) => {
    const entries = filledEntries(seed);
    const result = await recalculate(await writeWorkbook(workbookSchema, entries), `filled-${seed}.xlsx`);
    expectSameScores(result, entries);
  });

  it('shows blanks, not error cells, where text was pasted into number columns', async () => {
    const pasted: WorkbookEntries = {
      workbookId: 'pasted',
      rows: {
        tblPrinciples: [{ rating: 'three' }, { rating: ' 3 ' }, { rating: 3.5 }, { rating: 5 }, { rating: 2, weight: 'heavy' }],
        tblRisks: [
          { risk: 'Pasted words', likelihood: 'High', impact: 'Low', residualLikelihood: '2', residualImpact: 3 },
          { risk: 'Half numbers', likelihood: 2.5, impact: 4, status: 'Open' },
          { risk: 'Out of range', likelihood: 6, impact: 0 },
        ],
        tblCompetencies: [{ level: 'good', required: 'x' }],
        tblScores: [{ target: 'high', weight: 'one' }],
      },
    };
    const result = await recalculate(await writeWorkbook(workbookSchema, pasted), 'pasted.xlsx');
    expectSameScores(result, pasted);
  });

  it('leaves out pasted values off the scale: every figure as with those cells blank, and as src/scoring', async () => {
    // Each principle row keeps a valid rating, so its score exists and an entry let in would move it.
    const bad: RowEntries[] = [
      { rating: 7 }, { rating: 3 }, { rating: -1 }, { rating: 2.5 }, { rating: '3' },
      { rating: 4, weight: -1 }, { rating: 1 }, { rating: 2, weight: 'heavy' }, { rating: 0, weight: 2 },
    ];
    const badRisks: RowEntries[] = [
      { risk: 'Likelihood 6', likelihood: 6, impact: 4, residualLikelihood: 6, residualImpact: 2, status: 'Open' },
      { risk: 'Likelihood 0', likelihood: 0, impact: 5, status: 'Open' },
      { risk: 'Pasted text', likelihood: '4', impact: 4, status: 'Open' },
      { risk: 'Counted', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 2, status: 'Open' },
    ];
    const blanked = (rows: RowEntries[], keys: string[], isBad: (key: string, value: CellValue) => boolean) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, keys.includes(key) && isBad(key, value) ? null : value])));
    const offScale = (key: string, value: CellValue) => {
      if (key === 'weight') return !(typeof value === 'number' && value >= 0);
      const [min, max] = key === 'rating' ? [0, 4] : [1, 5];
      return !(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max);
    };
    const pasted: WorkbookEntries = {
      workbookId: 'off-scale',
      rows: { tblPrinciples: bad, tblRisks: badRisks, tblScores: [{ weight: -1 }, { weight: 'one' }, { weight: 2 }] },
    };
    const clean: WorkbookEntries = {
      workbookId: 'off-scale',
      rows: {
        tblPrinciples: blanked(bad, ['rating', 'weight'], offScale),
        tblRisks: blanked(badRisks, ['likelihood', 'impact', 'residualLikelihood', 'residualImpact'], offScale),
        tblScores: [{ weight: null }, { weight: null }, { weight: 2 }],
      },
    };
    const withBad = await recalculate(await writeWorkbook(workbookSchema, pasted), 'off-scale.xlsx');
    const withBlanks = await recalculate(await writeWorkbook(workbookSchema, clean), 'blanked.xlsx');
    expectSameScores(withBad, pasted);
    expectSameScores(withBlanks, clean);

    const figuresOf = (result: Recalculated) => {
      const dashboard = result.sheets.Dashboard.map((line) => line.filter((_, c) => c + 1 !== columnOf(scores, 'weight')));
      const riskScores = (entries: RowEntries[]) => entries.map((_, i) =>
        ['score', 'residualScore'].map((key) => cellText(result, 'Risks', risks.headerRow + 1 + i, columnOf(risks, key))));
      return { dashboard, risks: riskScores(badRisks) };
    };
    expect(figuresOf(withBad)).toEqual(figuresOf(withBlanks));
    // Counted, the pasted 7 and 2.5 would lift P01 towards 4 and beyond; it stays a mean of 0–4 ratings.
    const p01 = cellNumber(withBad, 'Dashboard', scores.headerRow + 1, columnOf(scores, 'score'));
    expect(p01).not.toBeNull();
    expect(p01 as number).toBeLessThanOrEqual(4);

    const level = (i: number) => cellText(withBad, 'Principles', principles.headerRow + 1 + i, columnOf(principles, 'level'));
    expect([0, 2, 3, 4].map(level)).toEqual(Array(4).fill('Rating must be 0–4 or N/A'));
    expect([5, 7].map(level)).toEqual(Array(2).fill('Not counted: Weight must be a number from 0'));
    expect([1, 6, 8].map(level)).toEqual(['Established', 'Initial', 'Not in place']);
    const rating = (i: number, key: string) => cellText(withBad, 'Risks', risks.headerRow + 1 + i, columnOf(risks, key));
    expect(badRisks.map((_, i) => [rating(i, 'rating'), rating(i, 'residualRating')])).toEqual([
      ['Not scored: use whole numbers 1–5', 'Not scored: use whole numbers 1–5'],
      ['Not scored: use whole numbers 1–5', ''],
      ['Not scored: use whole numbers 1–5', ''],
      ['Critical', 'Low'],
    ]);
  });

  it('recomputes after ratings are typed into the file, N/A and weight 0 included', async () => {
    const entries: WorkbookEntries = { workbookId: 'typed', rows: { tblPrinciples: [{}, { weight: 0 }, {}, {}, {}, { weight: 2 }] } };
    const typed = [{ row: 0, value: 4 }, { row: 1, value: 1 }, { row: 2, value: 'N/A' }, { row: 3, value: 2 }, { row: 5, value: 3 }, { row: 6, value: 1 }];
    const bytes = await typeRatings(await writeWorkbook(workbookSchema, entries), typed);
    const result = await recalculate(bytes, 'typed.xlsx');
    const rows = entries.rows as Record<string, RowEntries[]>;
    for (const { row, value } of typed) rows.tblPrinciples[row] = { ...rows.tblPrinciples[row], rating: value };
    expectSameScores(result, entries);
    // P01: (4×1 + 1×0 + 2×1) / (1 + 0 + 1) = 3; P02: (3×2 + 1×1) / 3.
    expectFigure(result, { sheet: 'Dashboard', row: scores.headerRow + 1, column: columnOf(scores, 'score') }, 3, 'P01 by hand');
    expectFigure(result, { sheet: 'Dashboard', row: scores.headerRow + 2, column: columnOf(scores, 'score') }, 7 / 3, 'P02 by hand');
  });
});
