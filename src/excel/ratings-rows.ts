/**
 * Rows of tblRatings written as planned (src/forms: a new rater's rows, merged forms), and read
 * back in the same request, so the pane says only what Excel kept. Rows already in the table are
 * written column by column (a `null` leaves a cell as it is); new rows go directly below the table,
 * which Excel takes in, as co-authoring needs. Nothing here syncs.
 */
import type { TableData, WorkbookData } from '../data/workbook-data';
import { paneText } from '../domain/strings/en/pane';
import { RATING_KEYS, type RatingKey } from '../forms/merge-plan';
import { columnLetter, quoteSheet } from '../schema/address';
import { principlesTable } from '../schema/principles';
import { ratingsTable } from '../schema/ratings';
import type { CellValue, RowEntries } from '../schema/rows';
import { rowsByKey } from '../scoring';
import { queueRowsBelow } from './automation';
import { columnFor, tableOrFail } from './found-table';
import { HostError } from './host-error';
import { cellInput } from './typed-text';

const text = paneText.raters;

/** Called after the sync: the cells whose values Excel did not keep as written (none when all is well). */
export type ReadBack = () => string[];

/** What a planned value reads back as: a blank cell reads as ''. */
const expected = (value: CellValue) => (value === null ? '' : value);

/** What adding a rater and importing forms start from: tblRatings as found, its rows, and the criterion Refs. */
export function ratingsInWorkbook(data: WorkbookData): { found: TableData; ratings: RowEntries[]; refs: string[] } {
  const found = tableOrFail(data, ratingsTable);
  tableOrFail(data, principlesTable);
  const refs = rowsByKey(data, principlesTable).map((row) => (row.ref === null ? '' : String(row.ref)));
  return { found, ratings: rowsByKey(data, ratingsTable), refs };
}

/** Refuses, in words, a tblRatings whose rows Excel did not keep as written. */
export function refuseUnkept(differ: string[]): void {
  if (differ.length > 0) throw new HostError('GeneralException', text.notReadBack(differ));
}

/** Refuses, in words, a tblRatings the rows cannot be written into. */
export function ratingColumns(found: TableData): Record<RatingKey, number> {
  if (found.totalsRow) throw new HostError('InvalidOperation', text.totalRow(found.name, found.sheet));
  const columns = {} as Record<RatingKey, number>;
  for (const key of RATING_KEYS) {
    const at = columnFor(found, ratingsTable, key);
    if (at === undefined) throw new HostError('ItemNotFound', text.missingColumn(found.name, ratingsTable.columns.find((c) => c.key === key)?.header ?? key));
    columns[key] = at;
  }
  return columns;
}

export function queueRatingRows(context: Excel.RequestContext, found: TableData, plan: RowEntries[]): ReadBack {
  const columns = ratingColumns(found);
  const sheet = context.workbook.worksheets.getItem(found.sheet);
  const inTable = found.rows.length;
  const touched = plan.map((row, i) => (Object.keys(row).length > 0 ? i : -1)).filter((i) => i >= 0);
  if (touched.length === 0) return () => [];
  const lastTableRow = found.rows.at(-1)?.row ?? found.headerRow + 1;
  const sheetRow = (i: number) => (i < inTable ? found.rows[i].row : lastTableRow + 1 + (i - inTable));
  context.runtime.enableEvents = false;
  const inside = touched.filter((i) => i < inTable);
  if (inside.length > 0) {
    const first = inside[0];
    const last = inside[inside.length - 1];
    for (const key of RATING_KEYS) {
      const values = plan.slice(first, last + 1).map((row) => [key in row ? cellInput(row[key] ?? null) : null]);
      if (values.every(([v]) => v === null)) continue;
      const letter = columnLetter(columns[key]);
      sheet.getRange(`${letter}${sheetRow(first)}:${letter}${sheetRow(last)}`).values = values;
    }
  }
  const keyAt = new Map(RATING_KEYS.map((key) => [columns[key], key]));
  const below = plan.slice(inTable);
  queueRowsBelow(sheet, found, below.map((row) => found.columns.map(({ column }) => {
    const key = keyAt.get(column);
    return key === undefined ? null : cellInput(row[key] ?? null);
  })));
  context.runtime.enableEvents = true;

  const left = Math.min(...Object.values(columns));
  const right = Math.max(...Object.values(columns));
  const top = sheetRow(touched[0]);
  const bottom = sheetRow(touched[touched.length - 1]);
  const back = sheet.getRange(`${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`).load('values');
  return () => touched.flatMap((i) => RATING_KEYS.filter((key) => key in plan[i]).flatMap((key) => {
    const read = back.values[sheetRow(i) - top][columns[key] - left] as CellValue;
    return read === expected(plan[i][key] ?? null) ? [] : [`${quoteSheet(found.sheet)}!${columnLetter(columns[key])}${sheetRow(i)}`];
  }));
}
