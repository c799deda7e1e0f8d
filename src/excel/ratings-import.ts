/**
 * Returned rater forms into the open workbook's tblRatings, by the same rules as `partnering
 * merge` (planMerge), in two syncs: read the workbook (one), then write the rows and read them
 * back (one); nothing is written when no form is taken. The forms were read in the pane before.
 */
import { planMerge, type MergePlan } from '../forms/merge-plan';
import type { ReturnedForm } from '../forms/returned-form';
import type { WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';
import { readWorkbook } from './read';
import { queueRatingRows, ratingsInWorkbook, refuseUnkept } from './ratings-rows';

export type ImportedForms = Pick<MergePlan, 'merged' | 'refused' | 'invalid'> & { sheet: string };

export async function importRatingForms(context: Excel.RequestContext, schema: WorkbookSchema, forms: ReturnedForm[]): Promise<ImportedForms> {
  const data = await readWorkbook(context, schema);
  try {
    const { found, refs, ratings } = ratingsInWorkbook(data);
    const plan = planMerge({ workbookId: data.workbookId, refs, ratings }, forms, { anonymous: false });
    const result = { merged: plan.merged, refused: plan.refused, invalid: plan.invalid, sheet: found.sheet };
    if (plan.merged.length === 0) return result;
    const readBack = queueRatingRows(context, found, plan.rows);
    await context.sync();
    refuseUnkept(readBack());
    return result;
  } catch (error) {
    throw toHostError(error);
  }
}

