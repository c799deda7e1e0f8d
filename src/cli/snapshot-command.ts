import { cliText } from '../domain/strings/en/cli';
import { historyTable } from '../schema/history';
import type { RowEntries } from '../schema/rows';
import { snapshotRow } from '../scoring/history';
import { editTarget } from './edit-in-place';
import type { CommandIO } from './new-command';
import { todayOption } from './today-option';
import { headersOf, writeRowsInto } from './write-rows';

const text = cliText.snapshot;

/**
 * `partnering snapshot FILE --out NEW` (or `--in-place`) `[--label TEXT]`: the pane's Save
 * snapshot for a file. One row is added to tblHistory (into its first row while that is still
 * empty) with the day, the label and the scores as src/scoring computes them.
 */
export async function snapshotCommand(args: string[], io: CommandIO): Promise<number> {
  const { source, out, options } = await editTarget('snapshot', args, text, ['--today', '--label']);
  const today = todayOption('snapshot', options, io);
  const label = options.get('--label') ?? text.defaultLabel(today.iso);
  let row: RowEntries = {};
  const written = await writeRowsInto(source, out, io, historyTable, (data) => {
    row = snapshotRow(data, today.serial, label);
    return { rows: [row], from: 'end', clearBelow: false };
  });
  if ('exitCode' in written) return written.exitCode;
  io.out(text.written(out, written.done.sheet, written.done.firstRow, label, today.iso));
  const figure = (value: unknown, format: (n: number) => string) => (typeof value === 'number' ? format(value) : text.notScored);
  io.out(text.figures(figure(row.overall, (n) => n.toFixed(2)), figure(row.planCompleteness, (n) => `${Math.round(n * 100)}%`), Number(row.openHighRisks)));
  if (written.done.missingKeys.length > 0) io.out(`  ! ${cliText.rows.missingColumns(historyTable.name, headersOf(historyTable, written.done.missingKeys))}`);
  io.out(cliText.rows.kept);
  return 0;
}
