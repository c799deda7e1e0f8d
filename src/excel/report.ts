/**
 * Create report where the pane cannot offer a file: read the workbook (as Check does), build the
 * report's model from it and write the Report sheet. The syncs are the read's (one for an ordinary
 * workbook) and the sheet's two.
 */
import { reportModel } from '../report/report-model';
import { reportSheetLines } from '../report/report-sheet';
import type { Paper } from '../schema/page-setup';
import type { WorkbookSchema } from '../schema/workbook';
import { readWorkbook } from './read';
import { writeReportSheet } from './report-sheet';

export async function createReportSheet(context: Excel.RequestContext, schema: WorkbookSchema, todaySerial: number, paper: Paper): Promise<{ sheet: string; organisation: string }> {
  const data = await readWorkbook(context, schema);
  const model = reportModel(data, todaySerial);
  const { sheet } = await writeReportSheet(context, reportSheetLines(model), paper);
  return { sheet, organisation: model.organisation };
}
