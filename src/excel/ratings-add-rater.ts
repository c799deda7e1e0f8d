/**
 * Add a rater in the open workbook, in two syncs: read the workbook (one), then write the rater's
 * rows into tblRatings and read them back (one). A blank name, or one the side already has, is
 * refused in words before anything is written.
 */
import { newRaterRows } from '../forms/new-rater';
import type { Side } from '../forms/returned-form';
import { paneText } from '../domain/strings/en/pane';
import { principlesTable } from '../schema/principles';
import { ratingsTable } from '../schema/ratings';
import type { WorkbookSchema } from '../schema/workbook';
import { rowsByKey } from '../scoring';
import { tableOrFail } from './found-table';
import { HostError, toHostError } from './host-error';
import { readWorkbook } from './read';
import { queueRatingRows } from './ratings-rows';

export interface AddedRater {
  rater: string;
  side: Side;
  rows: number;
  sheet: string;
}

export async function addRater(context: Excel.RequestContext, schema: WorkbookSchema, name: string, side: Side): Promise<AddedRater> {
  if (name.trim() === '') throw new HostError('InvalidArgument', paneText.raters.nameMissing);
  const data = await readWorkbook(context, schema);
  try {
    const found = tableOrFail(data, ratingsTable);
    tableOrFail(data, principlesTable);
    const refs = rowsByKey(data, principlesTable).map((row) => (row.ref === null ? '' : String(row.ref)));
    const planned = newRaterRows({ refs, ratings: rowsByKey(data, ratingsTable) }, name, side);
    if ('problem' in planned) throw new HostError('InvalidArgument', planned.problem);
    const readBack = queueRatingRows(context, found, planned.rows);
    await context.sync();
    const differ = readBack();
    if (differ.length > 0) throw new HostError('GeneralException', paneText.raters.notReadBack(differ));
    return { rater: planned.rater, side: planned.side, rows: planned.added, sheet: found.sheet };
  } catch (error) {
    throw toHostError(error);
  }
}
