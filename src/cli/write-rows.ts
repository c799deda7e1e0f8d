/**
 * How `actions` and `snapshot` put rows into a person's workbook: the package is edited in place,
 * an inventory of input and output proves that nothing of the person's changed beyond the rows
 * written, the edited workbook is read back to prove those rows hold what was meant, and only
 * then is the file written.
 */
import type { WorkbookData } from '../data/workbook-data';
import { cliText } from '../domain/strings/en/cli';
import type { CellValue, RowEntries } from '../schema/rows';
import type { TableSchema } from '../schema/table';
import { workbookSchema } from '../schema/workbook';
import { rowsByKey } from '../scoring/workbook-scores';
import { readWorkbookData } from '../xlsx/read';
import { writeTableRows, type RowsToWrite, type RowsWritten } from '../xlsx/package/table-rows';
import { editWorkbookFile, writeEdited } from './edit-in-place';
import type { CommandIO } from './new-command';

const text = cliText.rows;

export type Written = { done: Exclude<RowsWritten, { refused: string }>; rows: RowEntries[]; data: WorkbookData; wrote: boolean } | { exitCode: number };

export async function writeRowsInto(source: string, out: string, io: CommandIO, table: TableSchema,
  plan: (data: WorkbookData) => Omit<RowsToWrite, 'rows'> & { rows: RowEntries[] }): Promise<Written> {
  let done: RowsWritten | undefined;
  let rows: RowEntries[] = [];
  let clearBelow = false;
  const edited = await editWorkbookFile(source, io, async (pkg, data) => {
    const planned = plan(data);
    rows = planned.rows;
    clearBelow = planned.clearBelow;
    done = writeTableRows(pkg, table, workbookSchema.conditionalFormats, planned);
    const ours = 'refused' in done ? () => false : done.allowance.ours;
    return { changes: [], notDone: 'refused' in done ? [done.refused] : [], allowance: { ours, ourName: () => false } };
  });
  if ('exitCode' in edited) return edited;
  if (!done || 'refused' in done) {
    for (const line of edited.result.notDone) io.err(`partnering: ${source}: ${line}`);
    return { exitCode: 2 };
  }
  if (!done.changed) return { done, rows, data: edited.data, wrote: false };
  const mismatch = differentCell(readWorkbookData(edited.bytes), table, done, rows, clearBelow);
  if (mismatch !== undefined) {
    io.err(`partnering: ${text.unverified(source, mismatch)}`);
    io.err(cliText.kept.report);
    return { exitCode: 2 };
  }
  await writeEdited(out, edited.bytes, true);
  return { done, rows, data: edited.data, wrote: true };
}

export const headersOf = (table: TableSchema, keys: string[]): string[] => keys.map((key) => table.col(key).header);

/** The first cell of the rows written (and of those cleared below them) that does not read back as meant. */
function differentCell(after: WorkbookData, table: TableSchema, done: Exclude<RowsWritten, { refused: string }>,
  rows: RowEntries[], clearBelow: boolean): string | undefined {
  const now = rowsByKey(after, table);
  const blank = (value: CellValue | undefined) => value === null || value === undefined || value === '';
  const keys = table.columns.map((c) => c.key).filter((key) => !done.missingKeys.includes(key));
  const last = clearBelow ? now.length : done.from + rows.length;
  for (let i = done.from; i < last; i++) {
    const meant = rows[i - done.from] ?? {};
    for (const key of keys) {
      if (i < done.from + rows.length && !(key in meant)) continue;
      const wanted = meant[key];
      const found = now[i]?.[key];
      if (!(wanted === found || (blank(wanted) && blank(found)))) return `${table.col(key).header} in row ${done.firstRow + i - done.from}`;
    }
  }
  return undefined;
}
