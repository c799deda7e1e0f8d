import { randomUUID } from 'crypto';
import { cliText } from '../domain/strings/en/cli';
import { compareVersion, headersUsedBefore, olderLayouts } from '../migrate/upgrade';
import { workbookSchema } from '../schema/workbook';
import { restoreWorkbook } from '../xlsx/package/restore';
import { templatePackage } from '../xlsx/template';
import { changeLines, editTarget, editWorkbookFile, writeEdited } from './edit-in-place';
import type { CommandIO } from './new-command';

const text = cliText.upgrade;

/** `partnering upgrade OLD.xlsx --out NEW.xlsx` (or `--in-place`): today's layout, edited into the person's own workbook. */
export async function upgradeCommand(args: string[], io: CommandIO): Promise<number> {
  const { source, out } = await editTarget('upgrade', args, text);

  let from = '';
  const edited = await editWorkbookFile(source, io, async (pkg, data) => {
    from = data.templateVersion ?? '';
    const order = compareVersion(from, workbookSchema.version);
    if (order === 'same') {
      io.out(text.current(source, from));
      return undefined;
    }
    if (order === 'newer') {
      io.err(`partnering: ${text.newer(source, from, workbookSchema.version)}`);
      return undefined;
    }
    return restoreWorkbook(pkg, workbookSchema, {
      mode: 'upgrade', template: await templatePackage(), version: workbookSchema.version, missingWorkbookId: randomUUID,
      aliases: (table) => headersUsedBefore(data.templateVersion, table, olderLayouts),
    });
  });
  if ('exitCode' in edited) return compareVersion(from, workbookSchema.version) === 'newer' ? 2 : edited.exitCode;
  await writeEdited(out, edited.bytes, true);
  io.out(text.written(from || '(none)', workbookSchema.version, out));
  for (const line of changeLines(edited.result)) io.out(line);
  io.out(text.kept);
  return 0;
}
