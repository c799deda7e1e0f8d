/** Go to finding: selects the cell a finding names, on its sheet as it is named now. One sync. */
import { toHostError } from './host-error';

export async function goToCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell || 'A1').select();
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
}
