/**
 * Rows the file commands fill with wrapped text are as tall as that text needs, as the template's
 * own rows are: LibreOffice keeps a row's stored height, so a long risk in a row of the default
 * height is drawn over the next risk, on screen and in print.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { actionsTable } from '../../../src/schema/actions';
import { exampleText } from '../../../src/domain/strings/en/example';
import { exampleEntries } from '../../../src/schema/example';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { LINE_POINTS, wrappedLines } from '../../../src/schema/text-height';
import { placed, workbookSchema } from '../../../src/schema/workbook';
import { rowsByKey } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';
import { scratchFolder } from '../../support/scratch-folder';

const TODAY = '2026-06-15';
const partnering = partneringOn(TODAY);
const scratch = scratchFolder('heights');

/** The height each sheet row is stored with (undefined: the default), by row number. */
function storedHeights(bytes: Uint8Array, sheet: string): (row: number) => number | undefined {
  const part = `xl/worksheets/sheet${workbookSchema.sheets.findIndex((s) => s.name === sheet) + 1}.xml`;
  const xml = strFromU8(unzipSync(bytes)[part]);
  const heights = new Map<number, number>();
  for (const [row] of xml.matchAll(/<row\b[^>]*>/g)) {
    if (!/customHeight="(1|true)"/.test(row)) continue;
    heights.set(Number(/\br="(\d+)"/.exec(row)?.[1]), Number(/\bht="([\d.]+)"/.exec(row)?.[1]));
  }
  return (row) => heights.get(row);
}

describe('partnering new --example', () => {
  it('makes each risk row as tall as its longest wrapped text, and keeps one-line risks at the default height', async () => {
    const out = path.join(scratch.path, 'demo.xlsx');
    expect((await partnering('new', out, '--example')).code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const heightOf = storedHeights(bytes, risksTable.sheet);
    const risks = placed(risksTable);
    const expected = exampleText.risks.map(([risk, category, principle, , , , , mitigation]) => {
      const lines = Math.max(wrappedLines(risk, risksTable.col('risk').width as number), wrappedLines(category, risksTable.col('category').width as number), wrappedLines(principle, risksTable.col('principle').width as number),
        wrappedLines(mitigation, risksTable.col('mitigation').width as number));
      return lines > 1 ? lines * LINE_POINTS : undefined;
    });
    expect(expected.filter((h) => h !== undefined).length).toBeGreaterThan(1);
    expect(exampleText.risks.map((_, i) => heightOf(risks.headerRow + 1 + i))).toEqual(expected);
  });
});

describe('partnering actions', () => {
  it('makes a row with a long action tall enough, and lowers a row an earlier, longer list left tall', async () => {
    const long = 'Agree with Northgate who answers for each stage of a joint bid, write it into the plan and review it with both teams after the first bid';
    const entries = exampleEntries('2026-03-31');
    const principles = entries.rows[principlesTable.name].map((row, i) => (i === 0 ? { ...row, action: long, owner: 'Sam' } : row));
    const earlier = Array.from({ length: 30 }, (_, i) => ({ source: 'Plan', ref: `A${i}`, action: `${long} (${i})`, owner: 'Kim' }));
    const written = await writeWorkbook(workbookSchema, { workbookId: 'tall', ...entries, rows: { ...entries.rows, [principlesTable.name]: principles, [actionsTable.name]: earlier } });
    const actions = placed(actionsTable);
    const before = storedHeights(written, actionsTable.sheet);
    expect(earlier.every((_, i) => (before(actions.headerRow + 1 + i) ?? 0) > LINE_POINTS)).toBe(true);
    const source = scratch.file('client.xlsx', written);

    const { code, problems } = await partnering('actions', source, '--in-place');

    expect(problems).toEqual([]);
    expect(code).toBe(0);
    const bytes = new Uint8Array(readFileSync(source));
    const heightOf = storedHeights(bytes, actionsTable.sheet);
    const collected = rowsByKey(readWorkbookData(bytes), actionsTable);
    const longAt = collected.findIndex((r) => r.action === long);
    expect(longAt).toBeGreaterThanOrEqual(0);
    const width = actionsTable.col('action').width as number;
    expect(heightOf(actions.headerRow + 1 + longAt)).toBe(wrappedLines(long, width) * LINE_POINTS);
    const short = collected.map((r, i) => ({ r, i })).filter(({ r }) => r.action !== null && wrappedLines(String(r.action), width) === 1);
    expect(short.length).toBeGreaterThan(3);
    expect(short.map(({ i }) => heightOf(actions.headerRow + 1 + i))).toEqual(short.map(() => undefined));
    // The rows cleared below the shorter list are back at the default height too.
    expect(heightOf(actions.headerRow + collected.length)).toBeUndefined();
  });
});
