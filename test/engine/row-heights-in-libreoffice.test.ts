/**
 * The template's wrapped texts (criteria, guidance, plan elements, competencies, the Guide's
 * meanings) and the entries `partnering new --example` fills in (risks, mitigations) fit their rows
 * when LibreOffice prints the workbook, which keeps a file's row heights as written: every word of
 * each text is printed inside its own row, none drawn over the next row or cut off. Read from the
 * PDF LibreOffice prints, word by word.
 */
import { content } from '../../src/domain/strings/en';
import { workbookText } from '../../src/domain/strings/en/workbook';
import { competenciesTable } from '../../src/schema/competencies';
import { guideCells, GUIDE_SHEET } from '../../src/schema/guide';
import { parseCell } from '../../src/schema/address';
import { planTable } from '../../src/schema/plan';
import { principlesTable } from '../../src/schema/principles';
import { initialRows } from '../../src/schema/rows';
import type { TableSchema } from '../../src/schema/table';
import { workbookSchema } from '../../src/schema/workbook';
import type { RowEntries } from '../../src/schema/rows';
import { wrappedLines } from '../../src/schema/text-height';
import { exampleEntries } from '../../src/schema/example';
import { risksTable } from '../../src/schema/risks';
import { restoreWorkbook } from '../../src/xlsx/package/restore';
import { templatePackage } from '../../src/xlsx/template';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { printedWords, type Pages, type Word } from './support/render';

const words = (text: string) => text.normalize('NFKC').split(/\s+/).filter((w) => w !== '');
/** LibreOffice may break a line after a hyphen ("last-" / "review"): the same words either way. */
const joined = (list: string[]) => list.join(' ').replace(/(\S)- /g, '$1-');
const topDown = (a: Word, b: Word) => (Math.abs(a.y - b.y) > 1 ? a.y - b.y : a.x - b.x);

/** Where each column starts on a page, undefined for a column printed on another page across. */
type Lefts = Array<number | undefined>;
/** Whether x lies in column c: from its left to the left of the next column printed on the page. */
function within(lefts: Lefts, c: number, x: number): boolean {
  const left = lefts[c];
  const right = lefts.slice(c + 1).find((l) => l !== undefined);
  return left !== undefined && x >= left - 1 && (right === undefined || x < right - 1);
}
/** The page footer ("Principles, page 2 of 4") is not part of the last row printed above it. */
function withoutFooter(page: Word[]): Word[] {
  const foot = Math.max(...page.map((w) => w.y));
  const line = page.filter((w) => Math.abs(w.y - foot) < 2).sort(topDown).map((w) => w.text).join(' ');
  return /\bpage \d+ of \d+$/.test(line) ? page.filter((w) => Math.abs(w.y - foot) >= 2) : page;
}

/** The pages a sheet printed on: from the page that starts with its title to the next sheet's. */
function pagesOf(pages: Pages, title: string, nextTitle: string): Pages {
  const starts = (page: Word[], text: string) => [...page].sort(topDown).slice(0, 2).map((w) => w.text).join(' ') === words(text).slice(0, 2).join(' ');
  const first = pages.findIndex((p) => starts(p, title));
  const next = pages.findIndex((p, i) => i > first && starts(p, nextTitle));
  if (first < 0) throw new Error(`No printed page starts with "${title}".`);
  return pages.slice(first, next < 0 ? undefined : next);
}

interface PrintedRow {
  /** Text of the first column, whose first word marks where the row starts on the page. */
  anchor: string;
  /** Texts to find whole inside the row, by column index (0 = the anchor's column). */
  cells: Array<{ column: number; text: string }>;
}

/**
 * Each row's texts as printed: the words in the column's span, from the row's anchor down to the
 * next row's anchor (or the page's foot). Returns what was found per row and cell, to compare with
 * what was written.
 */
function asPrinted(allPages: Pages, rows: PrintedRow[], leftsOf: (page: Word[]) => Lefts | undefined): string[][] {
  const pages = allPages.map(withoutFooter);
  const found: Array<{ page: number; y: number } | undefined> = rows.map(() => undefined);
  const lefts = pages.map(leftsOf);
  let next = 0;
  pages.forEach((page, p) => {
    const columns = lefts[p];
    if (!columns) return;
    const inColumn = (w: Word, c: number) => within(columns, c, w.x);
    let after = -Infinity;
    for (const word of page.filter((w) => inColumn(w, 0)).sort(topDown)) {
      if (next < rows.length && word.y > after && word.text === words(rows[next].anchor)[0]) {
        found[next] = { page: p, y: word.y };
        after = word.y;
        next += 1;
      }
    }
  });
  return rows.map((row, i) => {
    const at = found[i];
    if (!at) return row.cells.map(() => `row "${row.anchor}" not printed`);
    const columns = lefts[at.page] as Lefts;
    const below = found.slice(i + 1).find((f) => f !== undefined);
    const end = below && below.page === at.page ? below.y : Infinity;
    return row.cells.map(({ column }) => pages[at.page]
      // A line drawn over the next row's first line ends below where that row's text begins.
      .filter((w) => w.y >= at.y - 1 && w.bottom < end + 1 && within(columns, column, w.x))
      .sort(topDown).map((w) => w.text)).map(joined);
  });
}

/**
 * Where each column of a table starts on a page that printed its header (the header repeats on
 * each page); a column printed on another page across is undefined. The page is used only when
 * every column the test reads is on it.
 */
function tableLefts(table: TableSchema, needed: number[]) {
  return (page: Word[]): Lefts | undefined => {
    const first = words(table.columns[0].header)[0];
    const header = page.filter((w) => w.text === first).sort(topDown)[0];
    if (!header) return undefined;
    const lefts = table.columns.map((c) => page.find((w) => w.text === words(c.header)[0] && Math.abs(w.y - header.y) < 20)?.x);
    return needed.every((c) => lefts[c] !== undefined) ? lefts : undefined;
  };
}

const sheetTitles = workbookText.sheets;

/** The same workbook with every row at the default height, as before heights were computed. */
function withoutHeights(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    parts[name] = strToU8(strFromU8(parts[name]).replace(/<row\b[^>]*>/g, (row) => row.replace(/ (ht|customHeight)="[^"]*"/g, '')));
  }
  return zipSync(parts);
}

/** The fixed wrapped texts of a table's template rows, each row anchored by its Ref. */
function fixedRows(table: TableSchema): PrintedRow[] {
  const fixed = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.wrap && !c.clientEntry && !c.readOnly);
  return initialRows(table).filter((r) => typeof r[table.columns[0].key] === 'string').map((r): PrintedRow => ({
    anchor: String(r[table.columns[0].key]),
    cells: fixed.map(({ c, i }) => ({ column: i, text: String(r[c.key] ?? '') })),
  }));
}

/** The anchor's column and every column a row's texts are read from. */
const neededColumns = (rows: PrintedRow[]) => [0, ...new Set(rows.flatMap((r) => r.cells.map((c) => c.column)))];
const expected = (rows: PrintedRow[]) => rows.map((r) => r.cells.map((c) => joined(words(c.text))));

/** The workbook `partnering new --example` writes: the template with the example's entries filled in. */
async function exampleWorkbook(): Promise<Uint8Array> {
  const pkg = await templatePackage();
  const example = exampleEntries('2026-03-31');
  const result = restoreWorkbook(pkg, workbookSchema, { mode: 'fill', template: pkg, start: example.start, rows: example.rows, workbookId: 'print' });
  if (result.notDone.length > 0) throw new Error(result.notDone.join('; '));
  return pkg.toBytes();
}

/** The example's risks, each anchored by its ID, with the text of one wrapped column. */
function riskRows(key: string): PrintedRow[] {
  const column = risksTable.columns.findIndex((c) => c.key === key);
  return (exampleEntries('2026-03-31').rows[risksTable.name] as RowEntries[]).map((r) => ({ anchor: String(r.id), cells: [{ column, text: String(r[key] ?? '') }] }));
}
const wrappedRiskEntries = risksTable.columns.filter((c) => c.wrap && !c.formula).map((c) => c.key);

describe('row heights as LibreOffice prints them', () => {
  let pages: Pages;
  let unfitted: Pages;
  beforeAll(async () => {
    const bytes = await exampleWorkbook();
    [pages, unfitted] = await Promise.all([printedWords(bytes, 'print.xlsx'), printedWords(withoutHeights(bytes), 'unfitted.xlsx')]);
  }, 600000);

  it('finds the criteria cut off or run into the next row where rows keep the default height', () => {
    const rows = fixedRows(principlesTable);
    const printed = asPrinted(pagesOf(unfitted, sheetTitles.principles.title, sheetTitles.plan.title), rows, tableLefts(principlesTable, neededColumns(rows)));
    const broken = printed.filter((cells, i) => JSON.stringify(cells) !== JSON.stringify(expected(rows)[i]));
    // Short criteria fit one line at the default height; a quarter of the rows broken shows the check sees it.
    expect(broken.length).toBeGreaterThan(rows.length / 4);
  });

  it('finds an example risk run into the next row where its row keeps the default height', () => {
    const risksPages = pagesOf(unfitted, sheetTitles.risks.title, sheetTitles.dashboard.title);
    const broken = wrappedRiskEntries.flatMap((key) => {
      const rows = riskRows(key);
      const printed = asPrinted(risksPages, rows, tableLefts(risksTable, neededColumns(rows)));
      return printed.filter((cells, i) => JSON.stringify(cells) !== JSON.stringify(expected(rows)[i]));
    });
    // The example has risks and mitigations too long for one line of their columns.
    expect((['risk', 'mitigation'] as const).every((key) => riskRows(key).some((r) => wrappedLines(r.cells[0].text, risksTable.col(key).width as number) > 1))).toBe(true);
    expect(broken.length).toBeGreaterThan(0);
  });

  it.each(wrappedRiskEntries)('prints every example risk’s %s whole inside its own row', (key) => {
    const rows = riskRows(key);
    const printed = asPrinted(pagesOf(pages, sheetTitles.risks.title, sheetTitles.dashboard.title), rows, tableLefts(risksTable, neededColumns(rows)));
    expect(printed).toEqual(expected(rows));
  });

  it.each([
    [principlesTable.name, principlesTable, sheetTitles.principles.title, sheetTitles.plan.title],
    [planTable.name, planTable, sheetTitles.plan.title, sheetTitles.competencies.title],
    [competenciesTable.name, competenciesTable, sheetTitles.competencies.title, sheetTitles.risks.title],
  ])('prints every fixed text of %s whole inside its own row', (_name, table, title, nextTitle) => {
    const rows = fixedRows(table as TableSchema);
    expect(rows.length).toBeGreaterThan(10);
    const printed = asPrinted(pagesOf(pages, title, nextTitle), rows, tableLefts(table as TableSchema, neededColumns(rows)));
    expect(printed).toEqual(expected(rows));
  });

  it('prints every meaning on the Guide whole inside its own row', () => {
    const guide = guideCells.filter((c) => c.sheet === GUIDE_SHEET && c.cell !== 'A1' && c.cell !== 'A2');
    const byRow = new Map<number, { a?: string; b?: string }>();
    for (const cell of guide) {
      const { column, row } = parseCell(cell.cell);
      byRow.set(row, { ...byRow.get(row), [column === 1 ? 'a' : 'b']: String(cell.value) });
    }
    // Headings start rows too (they mark where the row above ends); only rows with a meaning are compared.
    const rows: PrintedRow[] = [...byRow.entries()].sort(([x], [y]) => x - y).filter(([, r]) => r.a !== undefined)
      .map(([, r]) => ({ anchor: r.a as string, cells: r.b === undefined ? [] : [{ column: 0, text: r.a as string }, { column: 1, text: r.b }] }));
    const guidePages = pagesOf(pages, sheetTitles.guide.title, sheetTitles.principles.title);
    const first = rows.find((r) => r.cells.length > 0) as PrintedRow;
    const top = guidePages[0];
    const left = (text: string) => top.find((w) => w.text === words(text)[0])?.x;
    const lefts = [left(first.anchor), left(first.cells[1].text)];
    expect(lefts.every((x) => x !== undefined)).toBe(true);
    const printed = asPrinted(guidePages, rows, () => lefts);
    expect(printed).toEqual(expected(rows));
    expect(rows.filter((r) => r.cells.length > 0)).toHaveLength(
      content.maturityLevels.length + 1 + content.proficiencyLevels.length + content.likelihood.length + content.impact.length
      + content.riskBands.length + content.riskCategories.length + content.treatments.length);
  });
});
