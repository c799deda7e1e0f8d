/**
 * Add a rater in the open workbook, in two syncs: read the workbook (one), then write the rater's
 * rows into tblRatings and read them back (one). A blank name, or one the side already has, is
 * refused in words before anything is written.
 */
import { newRaterRows } from '../forms/new-rater';
import type { Side } from '../forms/returned-form';
import { paneText } from '../domain/strings/en/pane';
import type { WorkbookSchema } from '../schema/workbook';
import { HostError, toHostError } from './host-error';
import { readWorkbook } from './read';
import { queueRatingRows, ratingsInWorkbook, refuseUnkept } from './ratings-rows';

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
    const { found, refs, ratings } = ratingsInWorkbook(data);
    const planned = newRaterRows({ refs, ratings }, name, side);
    if ('problem' in planned) throw new HostError('InvalidArgument', planned.problem);
    const readBack = queueRatingRows(context, found, planned.rows);
    await context.sync();
    refuseUnkept(readBack());
    return { rater: planned.rater, side: planned.side, rows: planned.added, sheet: found.sheet };
  } catch (error) {
    throw toHostError(error);
  }
}
