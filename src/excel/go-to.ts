/** Go to a cell: selects a cell a finding names, or where a table column's entries begin. One sync each. */
import { toHostError } from './host-error';

/** Selects the cell on its sheet as the sheet is named now. */
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

/**
 * Selects the first entry of a table's column wherever the table stands now: found through the
 * table, not by an address read earlier, so a table the person moved or a sheet they renamed
 * still leads to the right cell.
 */
export async function goToColumnStart(context: Excel.RequestContext, table: string, header: string): Promise<void> {
  try {
    const first = context.workbook.tables.getItem(table).columns.getItem(header).getDataBodyRange().getCell(0, 0);
    first.worksheet.activate();
    first.select();
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
}
