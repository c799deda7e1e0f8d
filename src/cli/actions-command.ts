import { cliText } from '../domain/strings/en/cli';
import { actionsTable } from '../schema/actions';
import type { CellValue, RowEntries } from '../schema/rows';
import { collectActions, OVERDUE, type CollectedAction } from '../scoring/actions';
import { editTarget } from './edit-in-place';
import type { CommandIO } from './new-command';
import { todayOption } from './today-option';
import { headersOf, writeRowsInto } from './write-rows';

const text = cliText.actions;

/**
 * `partnering actions FILE --out NEW` (or `--in-place`): the pane's Collect actions for a file.
 * tblActions is filled from every Action, Development action and Mitigation with an owner or a
 * due date, as src/scoring collects them; rows below the list are cleared, a person's own
 * columns are left alone.
 */
export async function actionsCommand(args: string[], io: CommandIO): Promise<number> {
  const { source, out, options } = await editTarget('actions', args, text, ['--today']);
  const today = todayOption('actions', options, io);
  let collected: CollectedAction[] = [];
  const written = await writeRowsInto(source, out, io, actionsTable, (data) => {
    collected = collectActions(data, today.serial);
    return { rows: collected.map(rowOf), from: 0, clearBelow: true };
  });
  if ('exitCode' in written) return written.exitCode;
  const sheet = written.done.sheet;
  if (!written.wrote) {
    io.out(text.nothing(source, collected.length, sheet));
    return 0;
  }
  io.out(text.written(out, collected.length, sheet, written.done.firstRow, written.done.lastRow));
  const overdue = collected.filter((a) => a.overdue === OVERDUE).length;
  if (overdue > 0) io.out(text.overdue(overdue, today.iso));
  if (written.done.missingKeys.length > 0) io.out(`  ! ${cliText.rows.missingColumns(actionsTable.name, headersOf(actionsTable, written.done.missingKeys))}`);
  io.out(cliText.rows.kept);
  return 0;
}

/** A collected action as a row of tblActions: its fields are named by the table's column keys. */
function rowOf(action: CollectedAction): RowEntries {
  return Object.fromEntries(actionsTable.columns.map((c) => [c.key, (action[c.key as keyof CollectedAction] ?? null) as CellValue]));
}
