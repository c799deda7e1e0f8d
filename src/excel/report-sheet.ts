/**
 * The Report sheet: the report written into the workbook where the pane cannot offer a file to
 * save, laid out to print on one page width of A4 (or Letter) portrait through Excel's own
 * File > Export > PDF. Two syncs: one reads the sheet names, so a sheet of the person's is never
 * touched (a name already taken gets a number, "Report 2"); one writes everything.
 */
import { reportText } from '../domain/strings/en/report';
import { palette } from '../schema/palette';
import { columnLetter } from '../schema/address';
import { NARROW_MARGINS, PAGE_FOOTER, PAPERS, POINTS_PER_INCH, type Paper } from '../schema/page-setup';
import { REPORT_SHEET_COLUMNS, REPORT_SHEET_WIDTHS, type SheetLine, type SheetLineKind } from '../report/report-sheet';
import { toHostError } from './host-error';
import { cellInput } from './typed-text';

/** Points of column width per character, as the rest of the add-in sizes columns. */
const POINTS_PER_CHARACTER = 7;

interface LineLook {
  bold?: boolean;
  size?: number;
  colour?: string;
  fill?: string;
}

const LOOKS: Record<SheetLineKind, LineLook> = {
  title: { bold: true, size: 18, colour: palette.titleText },
  subtitle: { colour: palette.noteText },
  heading: { bold: true, size: 14, colour: palette.titleText },
  subheading: { bold: true, size: 12, colour: palette.titleText },
  text: {},
  muted: { colour: palette.noteText },
  detail: {},
  tableHeader: { bold: true, colour: 'FFFFFF', fill: palette.accent },
  tableRow: {},
  gap: {},
};

/** The upper-left and lower-right columns (0-based) of each merged area in a line of this kind. */
function areas(line: SheetLine): Array<[number, number]> {
  if (line.kind === 'tableHeader' || line.kind === 'tableRow') return [];
  if (line.kind === 'detail') return [[0, 1], [2, REPORT_SHEET_COLUMNS - 1]];
  return [[0, REPORT_SHEET_COLUMNS - 1]];
}

/** The cells of a line in sheet columns: a detail's value stands after its two-column label. */
function placed(line: SheetLine): string[] {
  const cells = line.kind === 'detail' ? [line.cells[0], '', line.cells[1]] : line.cells;
  return Array.from({ length: REPORT_SHEET_COLUMNS }, (_, i) => cells[i] ?? '');
}

/** A name not yet taken, compared as Excel compares sheet names (ignoring case). */
export function freeSheetName(wanted: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  let n = 2;
  while (lower.has(`${wanted} ${n}`.toLowerCase())) n += 1;
  return `${wanted} ${n}`;
}

export async function writeReportSheet(context: Excel.RequestContext, lines: SheetLine[], paper: Paper): Promise<{ sheet: string }> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeSheetName(reportText.pane.sheetName, sheets.items.map((s) => s.name));

    const sheet = sheets.add(name);
    REPORT_SHEET_WIDTHS.forEach((width, i) => {
      const letter = columnLetter(i + 1);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHARACTER;
    });
    const last = columnLetter(REPORT_SHEET_COLUMNS);
    const whole = sheet.getRange(`A1:${last}${lines.length}`);
    // Every text as text: "=HYPERLINK(…)" or "3" typed by a person stays what they typed.
    whole.values = lines.map((line) => placed(line).map((text) => cellInput(text)));
    whole.format.wrapText = true;
    whole.format.verticalAlignment = 'Top';
    lines.forEach((line, i) => {
      const row = i + 1;
      for (const [from, to] of areas(line)) sheet.getRange(`${columnLetter(from + 1)}${row}:${columnLetter(to + 1)}${row}`).merge(false);
      const look = LOOKS[line.kind];
      const cells = sheet.getRange(`A${row}:${last}${row}`);
      if (look.bold) cells.format.font.bold = true;
      if (look.size) cells.format.font.size = look.size;
      if (look.colour) cells.format.font.color = `#${look.colour}`;
      if (look.fill) cells.format.fill.color = `#${look.fill}`;
      if (line.kind === 'detail') sheet.getRange(`A${row}`).format.font.color = `#${palette.noteText}`;
      // Excel does not fit the height of merged cells to their text, so each is set from it.
      const height = line.height ?? (look.size ? Math.ceil(look.size * 1.5) : undefined);
      if (height) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
    });
    const layout = sheet.pageLayout;
    layout.orientation = 'Portrait';
    layout.paperSize = PAPERS[paper].officeName;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.leftMargin = NARROW_MARGINS.left * POINTS_PER_INCH;
    layout.rightMargin = NARROW_MARGINS.right * POINTS_PER_INCH;
    layout.topMargin = NARROW_MARGINS.top * POINTS_PER_INCH;
    layout.bottomMargin = NARROW_MARGINS.bottom * POINTS_PER_INCH;
    layout.headerMargin = NARROW_MARGINS.header * POINTS_PER_INCH;
    layout.footerMargin = NARROW_MARGINS.footer * POINTS_PER_INCH;
    layout.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
    sheet.activate();
    await context.sync();
    return { sheet: name };
  } catch (error) {
    throw toHostError(error);
  }
}
