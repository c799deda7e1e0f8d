import { randomUUID } from 'crypto';
import { cliText } from '../domain/strings/en/cli';
import { olderLayouts, headersUsedBefore } from '../migrate/upgrade';
import { workbookSchema } from '../schema/workbook';
import { restoreWorkbook } from '../xlsx/package/restore';
import { templatePackage } from '../xlsx/template';
import { changeLines, editTarget, editWorkbookFile, writeEdited } from './edit-in-place';
import type { CommandIO } from './new-command';

const text = cliText.repair;

/** `partnering repair FILE --out NEW` (or `--in-place`): the file host's Repair workbook. */
export async function repairCommand(args: string[], io: CommandIO): Promise<number> {
  const { source, out } = await editTarget('repair', args, text);

  const template = await templatePackage();
  const edited = await editWorkbookFile(source, io, async (pkg, data) => restoreWorkbook(pkg, workbookSchema, {
    mode: 'repair', template, missingWorkbookId: randomUUID, aliases: (table) => headersUsedBefore(data.templateVersion, table, olderLayouts),
  }));
  if ('exitCode' in edited) return edited.exitCode;
  if (edited.result.changes.length === 0) {
    io.out(text.nothing(source));
    for (const line of changeLines({ ...edited.result, changes: [] })) io.out(line);
    return 0;
  }
  await writeEdited(out, edited.bytes, true);
  io.out(text.written(source, out));
  for (const line of changeLines(edited.result)) io.out(line);
  io.out(text.kept);
  return 0;
}
