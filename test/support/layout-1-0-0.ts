/**
 * The workbook as template version 1.0.0 laid it out, before the joint assessment: no Ratings sheet,
 * no tblRatings, no Side and Criterion ref lists, and tblPrinciples and tblScores without their
 * joint-assessment columns. Upgrade tests start from it.
 */
import { lists } from '../../src/schema/lists';
import { principlesTable } from '../../src/schema/principles';
import { ratingsTable } from '../../src/schema/ratings';
import { scoresTable } from '../../src/schema/scores';
import { table, type TableSchema } from '../../src/schema/table';
import { workbookText } from '../../src/domain/strings/en/workbook';
import { workbookSchema, type WorkbookSchema } from '../../src/schema/workbook';

export const JOINT_PRINCIPLE_COLUMNS = ['oursMean', 'partnerMean', 'raters', 'spread'];
export const JOINT_SCORE_COLUMNS = ['ours', 'partner', 'perceptionGap'];
const jointLists = new Set([lists.side.name, lists.criterionRef.name]);
const listHeaders = new Set([lists.side.header, lists.criterionRef.header]);

const without = (declared: TableSchema, keys: string[]) => table<string>({ ...declared, columns: declared.columns.filter((c) => !keys.includes(c.key)) });

export function layout100(): WorkbookSchema {
  const older = new Map<string, TableSchema>([
    [principlesTable.name, without(principlesTable, JOINT_PRINCIPLE_COLUMNS)],
    [scoresTable.name, without(scoresTable, JOINT_SCORE_COLUMNS)],
  ]);
  const jointHeaders = new Set([...JOINT_SCORE_COLUMNS].map((k) => scoresTable.col(k as never).header));
  // The joint lists are the last columns of the Lists sheet: their cells are the ones under their headers.
  const listColumns = new Set(workbookSchema.cells.filter((c) => c.sheet === 'Lists' && typeof c.value === 'string' && listHeaders.has(c.value) && /^[A-Z]+1$/.test(c.cell))
    .map((c) => c.cell.replace(/\d+$/, '')));
  return {
    ...workbookSchema,
    version: '1.0.0',
    sheets: workbookSchema.sheets.filter((s) => s.name !== ratingsTable.sheet),
    tables: workbookSchema.tables.filter((p) => p.table !== ratingsTable).map((p) => ({ ...p, table: older.get(p.table.name) ?? p.table })),
    cells: workbookSchema.cells.filter((c) => c.sheet !== ratingsTable.sheet && c.value !== workbookText.sheets.dashboard.jointNote
      && !(c.sheet === 'Lists' && listColumns.has(c.cell.replace(/\d+$/, '')))),
    definedNames: workbookSchema.definedNames.filter((n) => !jointLists.has(n.name))
      .map((n) => (n.name === 'TemplateVersion' ? { ...n, refersTo: '"1.0.0"' } : n)),
    charts: workbookSchema.charts.filter((c) => !c.series.some((s) => jointHeaders.has(s.label))),
    conditionalFormats: workbookSchema.conditionalFormats.filter((f) => f.target.table !== ratingsTable),
  };
}
