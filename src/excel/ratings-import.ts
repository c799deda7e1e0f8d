/**
 * Returned rater forms into the open workbook's tblRatings, by the same rules as `partnering
 * merge` (planMerge), in two syncs: read the workbook (one), then write the rows and read them
 * back (one); nothing is written when no form is taken. The forms were read in the pane before.
 */
import { planMerge, type MergePlan } from '../forms/merge-plan';
import type { ReturnedForm } from '../forms/returned-form';
import { paneText } from '../domain/strings/en/pane';
import { principlesTable } from '../schema/principles';
import { ratingsTable } from '../schema/ratings';
import type { WorkbookSchema } from '../schema/workbook';
import { rowsByKey } from '../scoring';
import { tableOrFail } from './found-table';
import { HostError, toHostError } from './host-error';
import { readWorkbook } from './read';
import { queueRatingRows } from './ratings-rows';

export type ImportedForms = Pick<MergePlan, 'merged' | 'refused' | 'invalid'> & { sheet: string };

export async function importRatingForms(context: Excel.RequestContext, schema: WorkbookSchema, forms: ReturnedForm[]): Promise<ImportedForms> {
  const data = await readWorkbook(context, schema);
  try {
    const found = tableOrFail(data, ratingsTable);
    tableOrFail(data, principlesTable);
    const refs = rowsByKey(data, principlesTable).map((row) => (row.ref === null ? '' : String(row.ref)));
    const plan = planMerge({ workbookId: data.workbookId, refs, ratings: rowsByKey(data, ratingsTable) }, forms, { anonymous: false });
    const result = { merged: plan.merged, refused: plan.refused, invalid: plan.invalid, sheet: found.sheet };
    if (plan.merged.length === 0) return result;
    const readBack = queueRatingRows(context, found, plan.rows);
    await context.sync();
    const differ = readBack();
    if (differ.length > 0) throw new HostError('GeneralException', paneText.raters.notReadBack(differ));
    return result;
  } catch (error) {
    throw toHostError(error);
  }
}

