/**
 * All the figures of one workbook from what a host read (WorkbookData): the principle scores,
 * overall maturity, plan completeness and open risks. The pane and `partnering summary` show these.
 */
import { FoundColumns } from '../data/found-columns';
import { findTable, isCellError, type WorkbookData } from '../data/workbook-data';
import type { CellValue, RowEntries } from '../schema/rows';
import type { TableSchema } from '../schema/table';
import { planTable } from '../schema/plan';
import { principlesTable } from '../schema/principles';
import { risksTable } from '../schema/risks';
import { scoresTable } from '../schema/scores';
import { overallMaturity, principleScores, type PrincipleScore } from './maturity';
import { planCompleteness } from './plan';
import { openHighRisks, risksByRating } from './risk';

export interface WorkbookScores {
  principles: PrincipleScore[];
  overall: number | null;
  planCompleteness: number | null;
  openHighRisks: number;
  risksByRating: Array<{ band: string; count: number }>;
}

/** A table's rows keyed by column key, wherever its columns stand; error values read as blank. */
export function rowsByKey(data: WorkbookData, table: TableSchema): RowEntries[] {
  const found = findTable(data, table.name);
  if (!found) return [];
  const columns = new FoundColumns(table, found.columns);
  return found.rows.map((row) => Object.fromEntries(table.columns.map((column) => {
    const header = columns.header(column.key);
    const value = header === undefined ? null : row.cells[header]?.value ?? null;
    return [column.key, isCellError(value) ? null : (value as CellValue)];
  })));
}

export function workbookScores(data: WorkbookData): WorkbookScores {
  const principles = principleScores(rowsByKey(data, principlesTable), rowsByKey(data, scoresTable));
  const risks = rowsByKey(data, risksTable);
  return {
    principles,
    overall: overallMaturity(principles),
    planCompleteness: planCompleteness(rowsByKey(data, planTable)),
    openHighRisks: openHighRisks(risks),
    risksByRating: risksByRating(risks),
  };
}
