/**
 * The Dashboard's radar and gap charts name the principles, not only P01 to P12, and are laid out
 * wide enough for those names without reaching the scores table beside them.
 */
import { content } from '../../../src/domain/strings/en';
import { columnLetter, columnNumber } from '../../../src/schema/address';
import { scoresTable } from '../../../src/schema/scores';
import { dataRange, placed, workbookSchema } from '../../../src/schema/workbook';

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
