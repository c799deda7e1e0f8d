import { countFindings, resultUrl } from '../../src/commands/check-entries';
import { createWorkbook } from '../../src/excel';
import { exampleEntries } from '../../src/schema/example';
import { workbookSchema } from '../../src/schema/workbook';
import { createFakeExcel, installExcelGlobals } from './fake-excel';

let restore: () => void;
beforeAll(() => { restore = installExcelGlobals(); });
afterAll(() => restore());

describe('the ribbon’s Check entries', () => {
  it('counts errors, warnings and notes in one read of the workbook', async () => {
    const excel = createFakeExcel();
    await createWorkbook(excel.context, workbookSchema, { workbookId: 'ribbon', ...exampleEntries('2026-03-31') });
    excel.state.typeCell('Risks', 'G5', 'High');
    const before = excel.stats.syncs;
    const counts = await countFindings((batch) => excel.run(batch), '2026-04-01');
    expect(counts.errors).toBe(1);
    expect(counts.warnings).toBeGreaterThan(0);
    // The read's one sync, and the closing sync Excel.run always makes.
    expect(excel.stats.syncs - before).toBe(2);
  });

  it('turns a failure into the plain message the dialog shows', async () => {
    const excel = createFakeExcel();
    excel.failAt(1, 'InvalidOperationInCellEditMode');
    await expect(countFindings((batch) => excel.run(batch), '2026-04-01')).rejects.toEqual(expect.objectContaining({ message: expect.stringMatching(/Press Enter or Esc/) }));
  });

  it('opens the result page beside the command page, with the counts in its address', () => {
    expect(resultUrl('https://addins.example.org/partnering/commands.html', { errors: 1, warnings: 4, notes: 0 }))
      .toBe('https://addins.example.org/partnering/check-result.html?errors=1&warnings=4&notes=0');
  });
});
