import { createWorkbook, goToColumnStart, HostError } from '../../src/excel';
import { excelText } from '../../src/domain/strings/en/excel';
import { cellAddress } from '../../src/schema/address';
import { principlesTable } from '../../src/schema/principles';
import { workbookSchema } from '../../src/schema/workbook';
import { createFakeExcel, installExcelGlobals, type FakeExcel } from './fake-excel';

let restoreGlobals: () => void;
beforeAll(() => { restoreGlobals = installExcelGlobals(); });
afterAll(() => restoreGlobals());

const rating = principlesTable.col('rating').header;

async function created(): Promise<FakeExcel> {
  const excel = createFakeExcel();
  await createWorkbook(excel.context, workbookSchema, { workbookId: 'go-to-test', start: {} });
  return excel;
}

/** Where the first Rating entry stands as the workbook is created. */
function firstRatingCell(): string {
  const placed = workbookSchema.tables.find((p) => p.table === principlesTable);
  if (!placed) throw new Error('The schema places no Principles table.');
  return cellAddress(placed.firstColumn + principlesTable.columns.findIndex((c) => c.key === 'rating'), placed.headerRow + 1);
}

describe('go to where the Principles ratings begin', () => {
  it('selects the first Rating cell from another sheet, on the sheet as it is named now, in one sync', async () => {
    const excel = await created();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(principlesTable.sheet).name = 'Our principles';
      context.workbook.worksheets.getItem('Start').activate();
    });
    expect(excel.state.selection.sheet).toBe('Start');

    const before = excel.stats.syncs;
    await goToColumnStart(excel.context, principlesTable.name, rating);
    expect(excel.stats.syncs - before).toBe(1);
    expect(excel.state.selection).toEqual({ sheet: 'Our principles', address: firstRatingCell() });
  });

  it('says in plain words that part of the workbook is missing when the column is gone', async () => {
    const excel = await created();
    const going = goToColumnStart(excel.context, principlesTable.name, 'No such column');
    await expect(going).rejects.toBeInstanceOf(HostError);
    await expect(going).rejects.toThrow(excelText.errors.ItemNotFound);
  });
});
