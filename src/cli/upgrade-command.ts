import { existsSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { compareVersion, headersUsedBefore, olderLayouts } from '../migrate/upgrade';
import { workbookSchema } from '../schema/workbook';
import { restoreWorkbook } from '../xlsx/package/restore';
import { templatePackage } from '../xlsx/template';
import { parseArgs, UsageError } from './args';
import { isSameFile, refuseMissingFolder, refuseReadOnly } from './write-file';
import { changeLines, editWorkbookFile, writeEdited } from './edit-in-place';
import type { CommandIO } from './new-command';

const text = cliText.upgrade;

/** `partnering upgrade OLD.xlsx --out NEW.xlsx` (or `--in-place`): today's layout, edited into the person's own workbook. */
export async function upgradeCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--in-place', '--force'], options: ['--out'] }, {
    unknownOption: (option) => cliText.unknownOption('upgrade', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingFile);
  if (parsed.positional.length > 1) throw new UsageError(text.tooManyFiles);
  const source = parsed.positional[0];
  const inPlace = parsed.flags.has('--in-place');
  const out = inPlace ? source : parsed.options.get('--out');
  if (inPlace && parsed.options.has('--out')) throw new UsageError(text.bothOuts);
  if (!out) throw new UsageError(text.missingOut);
  if (inPlace) {
    await refuseReadOnly('upgrade', source);
  } else {
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(text.notXlsx(out));
    if (await isSameFile(out, source)) throw new UsageError(text.outIsSource(out));
    await refuseMissingFolder('upgrade', out);
  }
  if (!inPlace && existsSync(out) && !parsed.flags.has('--force')) throw new UsageError(text.exists(out));

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
      mode: 'upgrade', template: await templatePackage(), version: workbookSchema.version,
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
