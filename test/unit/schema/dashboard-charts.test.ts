/**
 * The Dashboard's radar and gap charts name the principles, not only P01 to P12, and are laid out
 * wide enough for those names without reaching the scores table beside them.
 */
import { content } from '../../../src/domain/strings/en';
import { columnLetter, columnNumber } from '../../../src/schema/address';
import { scoresTable } from '../../../src/schema/scores';
import { columnOf, dataRange, placed, workbookSchema } from '../../../src/schema/workbook';

const dashboard = workbookSchema.sheets.find((s) => s.name === scoresTable.sheet);
const scores = placed(scoresTable);
const chartOf = (kind: string) => workbookSchema.charts.find((c) => c.sheet === scoresTable.sheet && c.kind === kind);
/** Excel's width of a column in pixels: 7 per character of Calibri 11 plus 5 of padding; 8.43 characters by default. */
const columnPixels = (letter: string) => Math.round((dashboard?.widths?.[letter] ?? 8.43) * 7 + 5);

describe('the Dashboard charts', () => {
  it.each(['radar', 'bar'])('labels the %s chart with the principles’ names from the scores table', (kind) => {
    expect(chartOf(kind)?.categories).toBe(dataRange(scores, 'principle'));
    expect(scoresTable.seedRows?.map((r) => r.principle)).toEqual(content.principles.map((p) => p.name));
  });

  it.each(['radar', 'bar'])('fits the %s chart between its anchor and the scores table', (kind) => {
    const chart = chartOf(kind);
    const from = columnNumber(/^[A-Z]+/.exec(chart?.anchor ?? '')?.[0] ?? '');
    const room = Array.from({ length: scores.firstColumn - from }, (_, i) => columnPixels(columnLetter(from + i))).reduce((a, b) => a + b, 0);
    expect(chart?.width).toBeLessThanOrEqual(room);
    // Wider than the 560 pixels that left the longest name no room beside the radar.
    expect(chart?.width).toBeGreaterThan(560);
  });
});

describe('the Dashboard chart of Ours against Partner', () => {
  const joint = workbookSchema.charts.find((c) => c.series.map((s) => s.label).join() === 'Ours,Partner');
  const lastScoreRow = scores.headerRow + (scoresTable.seedRows?.length ?? 0);

  it('plots the scores table’s Ours and Partner by principle name, on the maturity scale', () => {
    expect(joint?.kind).toBe('bar');
    expect(joint?.categories).toBe(dataRange(scores, 'principle'));
    expect(joint?.series.map((s) => s.values)).toEqual([dataRange(scores, 'ours'), dataRange(scores, 'partner')]);
    expect(joint?.axis).toEqual({ min: 0, max: 4, step: 1 });
  });

  it('sits under the scores table, within its columns, so it covers no figure and widens no printed page', () => {
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(joint?.anchor ?? '') ?? [];
    expect(Number(row)).toBeGreaterThan(lastScoreRow);
    expect(columnNumber(column)).toBe(scores.firstColumn);
    const tableColumns = scoresTable.columns.map((c) => Math.round((c.width ?? 8.43) * 7 + 5));
    expect(joint?.width).toBeLessThanOrEqual(tableColumns.reduce((a, b) => a + b, 0));
  });

  it('names the perception gap over the joint columns of the scores table', () => {
    const note = workbookSchema.cells.find((c) => c.sheet === scoresTable.sheet && String(c.value ?? '').includes('Perception gap = Ours − Partner'));
    expect(note?.cell).toBe(`${columnLetter(columnOf(scores, 'ours'))}${scores.headerRow - 1}`);
  });
});
