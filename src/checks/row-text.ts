/**
 * The words that name the row a finding is on, taken from the column its table declares as its
 * label (the criterion, the risk): "P03.2" or "R-004" alone tells a person little in a long list.
 */
import { FoundColumns } from '../data/found-columns';
import { findTable, isCellError, type WorkbookData } from '../data/workbook-data';
import type { WorkbookSchema } from '../schema/workbook';

/** Looks up a cell's row text; the rows of each sheet are indexed once, on the first finding there. */
export function rowTexts(data: WorkbookData, schema: WorkbookSchema): (sheet: string, cell: string) => string | undefined {
  const bySheet = new Map<string, Map<number, string>>();
  const indexOf = (sheet: string) => {
    const rows = new Map<number, string>();
    for (const { table } of schema.tables) {
      const found = findTable(data, table.name);
      if (table.label === undefined || !found || found.sheet !== sheet) continue;
      const header = new FoundColumns(table, found.columns).header(table.label);
      if (header === undefined) continue;
      for (const row of found.rows) {
        const value = row.cells[header]?.value;
        const words = value === null || value === undefined || isCellError(value) ? '' : String(value).trim();
        if (words !== '') rows.set(row.row, words);
      }
    }
    return rows;
  };
  return (sheet, cell) => {
    const row = /^\$?[A-Z]+\$?(\d+)$/i.exec(cell)?.[1];
    if (row === undefined) return undefined;
    let rows = bySheet.get(sheet);
    if (!rows) {
      rows = indexOf(sheet);
      bySheet.set(sheet, rows);
    }
    return rows.get(Number(row));
  };
}
