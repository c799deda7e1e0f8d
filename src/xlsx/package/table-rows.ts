/**
 * Rows written into one of our tables of a person's workbook, in place: the collected actions
 * over tblActions, a snapshot appended to tblHistory. Only our columns' cells in the rows written
 * change; the table grows below when it needs more rows (refused when a person's cell stands
 * there), its dropdowns and highlights grow with it, and every other part is left as it came.
 * Text is stored as text (an inline string), never as a formula; dates go into the workbook's
 * own date system.
 */
import type { Element } from '@xmldom/xmldom';
import { cliText } from '../../domain/strings/en/cli';
import { FoundColumns } from '../../data/found-columns';
import { cellAddress, quoteSheet } from '../../schema/address';
import type { ConditionalFormat } from '../../schema/layout';
import type { CellValue, RowEntries } from '../../schema/rows';
import type { TableSchema } from '../../schema/table';
import { DAYS_1900_TO_1904 } from '../date-cells';
import type { Allowance } from './inventory';
import { calculateOnLoad } from './restore';
import { fitRowHeights } from './row-heights';
import { SheetCells } from './sheet-cells';
import { restoreHighlights, restoreValidations } from './sheet-rules';
import { StyleSheet } from './styles';
import { currentArea, layTable, type ColumnPlan } from './table-layout';
import { WorkbookParts } from './workbook-parts';
import type { XlsxPackage } from './xlsx-package';

export interface RowsToWrite {
  /** Rows by column key, dates as 1900-system serials; a key left out leaves its cell alone. */
  rows: RowEntries[];
  /** The data row (0-based) the first one goes into; `end` below the last row, or into the only one while it is empty. */
  from: number | 'end';
  /** Clear our cells in the table's rows below the ones written (a list that replaces the last one). */
  clearBelow: boolean;
}

export type RowsWritten = {
  /** The data row (0-based) the first row went into. */
  from: number;
  /** Sheet rows written, first and last (a row cleared below them is not counted). */
  firstRow: number;
  lastRow: number;
  sheet: string;
  /** Whether any cell or the table itself changed. */
  changed: boolean;
  /** The dropdowns, entry rules or highlights of our columns were laid over the table's rows again. */
  rulesChanged: boolean;
  /** Keys of our declared columns the table lacks (their values were not written). */
  missingKeys: string[];
  allowance: Allowance;
} | { refused: string };

const text = cliText.rows;

export function writeTableRows(pkg: XlsxPackage, table: TableSchema, formats: ConditionalFormat[], write: RowsToWrite): RowsWritten {
  const parts = new WorkbookParts(pkg);
  const part = parts.table(table.name);
  if (!part) return { refused: text.missingTable(table.name, table.sheet) };
  const root = pkg.xml(part.path)?.documentElement as Element;
  if (Number(root.getAttribute('totalsRowCount') ?? 0) > 0 || root.getAttribute('headerRowCount') === '0') {
    return { refused: text.notATable(part.name, part.sheet.name) };
  }
  const area = currentArea(root, (headers) => new FoundColumns(table, headers));
  const cells = new SheetCells(pkg.xml(part.sheet.path)?.documentElement as Element, parts.sharedStrings(), () => pkg.markChanged(part.sheet.path));
  const keyAt = new Map([...area.columnOf].map(([key, column]) => [column, key]));
  const columns: ColumnPlan[] = part.headers.map((header, i) => {
    const key = keyAt.get(area.firstColumn + i);
    return key !== undefined ? { header, column: table.col(key), from: area.firstColumn + i } : { header, from: area.firstColumn + i };
  });
  const date1904 = parts.date1904();
  const stored = (key: string, value: CellValue): CellValue =>
    (date1904 && table.col(key).type === 'date' && typeof value === 'number' ? value - DAYS_1900_TO_1904 : value);
  const rowsNow = Math.max(area.lastRow - area.headerRow, 1);
  const onlyRowIsEmpty = rowsNow === 1 && part.headers.every((_, i) => !cells.holdsSomething(cellAddress(area.firstColumn + i, area.headerRow + 1)));
  const from = write.from !== 'end' ? write.from : onlyRowIsEmpty ? 0 : rowsNow;
  const rowCount = Math.max(rowsNow, from + write.rows.length);
  const blank = Object.fromEntries(table.columns.map((c) => [c.key, null]));
  const values: RowEntries[] = Array.from({ length: rowCount }, (_, i) => {
    const row = write.rows[i - from];
    if (i >= from && row) return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, stored(key, value)]));
    return i >= from && write.clearBelow ? blank : {};
  });
  const laid = layTable(cells, root, area, {
    columns, rowCount, clear: new Set(), clearAll: false, values, dateSystem: date1904 ? 1904 : 1900,
  }, () => undefined);
  if ('inTheWay' in laid) return { refused: text.inTheWay(part.name, `${quoteSheet(part.sheet.name)}!${laid.inTheWay}`) };
  if (laid.partChanged) pkg.markChanged(part.path);
  const rewritten = write.clearBelow ? values.slice(from) : values.slice(from, from + write.rows.length);
  const fitted = fitRowHeights(cells, table, laid.after, { first: from, rows: rewritten, shrink: write.clearBelow });
  if (fitted) pkg.markChanged(part.sheet.path);

  const placed = [{ table, before: laid.before, after: laid.after }];
  const validated = restoreValidations(cells.root, placed).length > 0;
  const stylesPath = parts.stylesPath();
  const highlighted = stylesPath !== undefined && restoreHighlights(cells.root, placed, formats, new StyleSheet(pkg, stylesPath)).length > 0;
  if (validated || highlighted) pkg.markChanged(part.sheet.path);
  if (laid.changed) calculateOnLoad(parts);

  const written = new Set<string>();
  for (let i = from; i < rowCount; i++) {
    if (i >= from + write.rows.length && !write.clearBelow) break;
    for (const column of laid.after.columnOf.values()) written.add(cellAddress(column, area.headerRow + 1 + i));
  }
  for (const address of laid.ours) written.add(address);
  const sheet = part.sheet.name;
  return {
    sheet,
    from,
    firstRow: area.headerRow + 1 + from,
    lastRow: area.headerRow + from + write.rows.length,
    changed: laid.changed || validated || highlighted || fitted,
    rulesChanged: validated || highlighted,
    missingKeys: table.columns.filter((c) => !area.columnOf.has(c.key)).map((c) => c.key),
    allowance: {
      ours: (name, address) => name === sheet && written.has(address),
      ourName: () => false,
    },
  };
}
