import { existsSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { olderLayouts, headersUsedBefore } from '../migrate/upgrade';
import { workbookSchema } from '../schema/workbook';
import { restoreWorkbook } from '../xlsx/package/restore';
import { templatePackage } from '../xlsx/template';
import { parseArgs, UsageError } from './args';
import { isSameFile, refuseMissingFolder, refuseReadOnly } from './write-file';
import { changeLines, editWorkbookFile, writeEdited } from './edit-in-place';
import type { CommandIO } from './new-command';

const text = cliText.repair;

/** `partnering repair FILE --out NEW` (or `--in-place`): the file host's Repair workbook. */
export async function repairCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--in-place', '--force'], options: ['--out'] }, {
    unknownOption: (option) => cliText.unknownOption('repair', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingFile);
  if (parsed.positional.length > 1) throw new UsageError(text.tooManyFiles);
  const source = parsed.positional[0];
  const inPlace = parsed.flags.has('--in-place');
  if (inPlace && parsed.options.has('--out')) throw new UsageError(text.bothOuts);
  const out = inPlace ? source : parsed.options.get('--out');
  if (!out) throw new UsageError(text.missingOut);
  if (inPlace) {
    await refuseReadOnly('repair', source);
  } else {
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(text.notXlsx(out));
    if (await isSameFile(out, source)) throw new UsageError(text.outIsSource(out));
    await refuseMissingFolder('repair', out);
  }
  if (!inPlace && existsSync(out) && !parsed.flags.has('--force')) throw new UsageError(text.exists(out));

  const template = await templatePackage();
  const edited = await editWorkbookFile(source, io, async (pkg, data) => restoreWorkbook(pkg, workbookSchema, {
    mode: 'repair', template, aliases: (table) => headersUsedBefore(data.templateVersion, table, olderLayouts),
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
