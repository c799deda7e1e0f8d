import { exampleEntries } from '../../../src/schema/example';
import { initialRows } from '../../../src/schema/rows';
import { planTable } from '../../../src/schema/plan';
import { principlesTable } from '../../../src/schema/principles';
import type { TableSchema } from '../../../src/schema/table';
import { risksTable } from '../../../src/schema/risks';
import { scoresTable } from '../../../src/schema/scores';
import { workbookSchema } from '../../../src/schema/workbook';
import { overallMaturity, planCompleteness, principleScores, rowsByKey, workbookScores, openHighRisks } from '../../../src/scoring';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { editWorkbook, type } from '../../support/xlsx-edit';

const entries = { workbookId: 'scores', ...exampleEntries('2026-03-31') };

describe('the figures of a workbook as a host read it', () => {
  it('equal the scores of the entries the workbook was written with', async () => {
    const data = readWorkbookData(await writeWorkbook(workbookSchema, entries));
    const rows = (table: TableSchema) => initialRows(table, entries.rows[table.name]);
    const expected = principleScores(rows(principlesTable), rows(scoresTable));
    const scores = workbookScores(data);
    expect(scores.principles).toEqual(expected);
    expect(scores.overall).toBe(overallMaturity(expected));
    expect(scores.planCompleteness).toBe(planCompleteness(rows(planTable)));
    expect(scores.openHighRisks).toBe(openHighRisks(rows(risksTable)));
  });

  it('reads columns by header wherever they stand, and a missing table as no rows', async () => {
    const edited = await editWorkbook(await writeWorkbook(workbookSchema, entries), (f) => {
      f.InsertCols('Principles', 'B', 1);
      type(f, 'Principles', 'B4', 'My notes');
    });
    const data = readWorkbookData(edited);
    expect(rowsByKey(data, principlesTable)[0]).toMatchObject({ ref: 'P01.1', rating: 3 });
    delete data.tables.tblRisks;
    expect(rowsByKey(data, risksTable)).toEqual([]);
    expect(workbookScores(data).openHighRisks).toBe(0);
  });
});
