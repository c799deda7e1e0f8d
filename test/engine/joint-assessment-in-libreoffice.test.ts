/**
 * The joint assessment computes with no add-in: raters' rows of both sides (N/A, blanks, values off
 * the scale, text, sides in other cases) in a file, recalculated once by LibreOffice; every Ours mean,
 * Partner mean, Raters, Spread, Ours, Partner and Perception gap equals src/scoring.
 */
import { content } from '../../src/domain/strings/en';
import { initialRows, type CellValue, type RowEntries } from '../../src/schema/rows';
import { principlesTable } from '../../src/schema/principles';
import { ratingsTable } from '../../src/schema/ratings';
import { scoresTable } from '../../src/schema/scores';
import { columnOf, placed, workbookSchema } from '../../src/schema/workbook';
import { criterionRatings, principleScores, principleSides } from '../../src/scoring';
import { writeWorkbook, type WorkbookEntries } from '../../src/xlsx/write';
import { cellNumber, recalculate, type Recalculated } from './support/recalc';
import { seededRandom } from '../support/seeded-random';

const principles = placed(principlesTable);
const scores = placed(scoresTable);

/** Three raters of ours and two of the partner's over the first principles, with what people paste. */
function jointEntries(): WorkbookEntries {
  const { pick } = seededRandom(44003);
  const refs = content.principles.slice(0, 6).flatMap((p) => p.criteria.map((c) => c.ref));
  const raters: Array<[string, CellValue]> = [['Ann', 'Ours'], ['Ben', 'Ours'], ['Cy', 'ours'], ['Dee', 'Partner'], ['Eve', 'PARTNER']];
  const ratings: RowEntries[] = raters.flatMap(([rater, side]) => refs.map((ref) => ({
    rater, side, ref,
    rating: pick([0, 1, 2, 3, 4, 4, 3, 'N/A', 'n/a', null, 7, 2.5, -1, '3'] as CellValue[]),
    comment: pick(['', 'Seen at the last review', null] as CellValue[]),
  })));
  // A side that is neither, a row without a Ref, a Ref of no criterion, a rating from a form.
  ratings.push({ rater: 'Fay', side: 'Both', ref: 'P01.1', rating: 4 }, { rater: 'Fay', side: 'Ours', ref: null, rating: 1 },
    { rater: 'Fay', side: 'Ours', ref: 'P99.9', rating: 2 }, { rater: 'Gus', side: 'Partner', ref: 'P01.1', rating: 0, form: 'form-1' });
  const criteria: RowEntries[] = content.principles.flatMap((p) => p.criteria).map(() => ({
    rating: pick([0, 1, 2, 3, 4, 'N/A', null] as CellValue[]), weight: pick([1, 1, 2, 0.5, 0, 'x'] as CellValue[]),
  }));
  return { workbookId: 'joint', rows: { tblPrinciples: criteria, tblRatings: ratings } };
}

const rowsOf = (table: typeof principlesTable | typeof ratingsTable | typeof scoresTable, entries: WorkbookEntries) =>
  initialRows(table, entries.rows?.[table.name]);

function expectFigure(result: Recalculated, sheet: string, row: number, column: number, expected: number | null, label: string) {
  const actual = cellNumber(result, sheet, row, column);
  if (expected === null) expect({ label, actual }).toEqual({ label, actual: null });
  else expect({ label, ok: actual !== null && Math.abs(actual - expected) < 1e-9, actual }).toEqual({ label, ok: true, actual });
}

describe('a joint assessment recalculated by LibreOffice', () => {
  const entries = jointEntries();
  const criteria = rowsOf(principlesTable, entries);
  const rated = criterionRatings(criteria, rowsOf(ratingsTable, entries));
  const sides = principleSides(criteria, rated, rowsOf(scoresTable, entries));
  let result: Recalculated;

  beforeAll(async () => {
    result = await recalculate(await writeWorkbook(workbookSchema, entries), 'joint.xlsx');
  }, 300000);

  it('holds ratings of both sides, several raters, spreads and gaps (the case is not trivial)', () => {
    expect(rated.filter((r) => r.oursMean !== null && r.partnerMean !== null).length).toBeGreaterThan(10);
    expect(rated.filter((r) => (r.spread ?? 0) >= 2).length).toBeGreaterThan(5);
    expect(sides.filter((s) => s.perceptionGap !== null && s.perceptionGap !== 0).length).toBeGreaterThan(2);
    expect(sides.filter((s) => s.ours === null).length).toBeGreaterThan(0);
  });

  it('gives every criterion the Ours mean, Partner mean, Raters and Spread of src/scoring', () => {
    rated.forEach((r, i) => {
      const row = principles.headerRow + 1 + i;
      const at = (key: string) => columnOf(principles, key);
      expectFigure(result, 'Principles', row, at('oursMean'), r.oursMean, `${r.ref} Ours mean`);
      expectFigure(result, 'Principles', row, at('partnerMean'), r.partnerMean, `${r.ref} Partner mean`);
      expectFigure(result, 'Principles', row, at('raters'), r.raters, `${r.ref} Raters`);
      expectFigure(result, 'Principles', row, at('spread'), r.spread, `${r.ref} Spread`);
    });
  });

  it('gives every principle the Ours, Partner and Perception gap of src/scoring, and the Score of the agreed Rating', () => {
    const agreed = principleScores(criteria, rowsOf(scoresTable, entries));
    sides.forEach((s, i) => {
      const row = scores.headerRow + 1 + i;
      const at = (key: string) => columnOf(scores, key);
      expectFigure(result, 'Dashboard', row, at('ours'), s.ours, `${s.ref} Ours`);
      expectFigure(result, 'Dashboard', row, at('partner'), s.partner, `${s.ref} Partner`);
      expectFigure(result, 'Dashboard', row, at('perceptionGap'), s.perceptionGap, `${s.ref} Perception gap`);
      expectFigure(result, 'Dashboard', row, at('score'), agreed[i].score, `${s.ref} Score`);
    });
  });
});
