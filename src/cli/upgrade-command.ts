import { randomUUID } from 'crypto';
import { existsSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { compareVersion, upgradeWorkbook } from '../migrate/upgrade';
import { withLists, workbookSchema } from '../schema/workbook';
import { writeWorkbook } from '../xlsx/write';
import { parseArgs, UsageError } from './args';
import type { CommandIO } from './new-command';
import { readInput } from './read-input';
import { isSameFile, refuseMissingFolder, refuseReadOnly, writeFileSafely } from './write-file';

const text = cliText.upgrade;

/** `partnering upgrade OLD.xlsx --out NEW.xlsx` (or `--in-place`): the current layout, every entry kept. */
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

  const input = await readInput(source);
  if ('problem' in input) {
    io.err(input.problem);
    return 2;
  }
  const from = input.data.templateVersion ?? '';
  const order = compareVersion(from, workbookSchema.version);
  if (order === 'same') {
    io.out(text.current(source, from));
    return 0;
  }
  if (order === 'newer') {
    io.err(`partnering: ${text.newer(source, from, workbookSchema.version)}`);
    return 2;
  }
  const upgraded = upgradeWorkbook(input.data, workbookSchema);
  const bytes = await writeWorkbook(withLists(workbookSchema, upgraded.lists), {
    workbookId: input.data.workbookId ?? randomUUID(), start: upgraded.start, tables: upgraded.tables,
  });
  await writeFileSafely(out, bytes, true);
  io.out(text.written(from || '(none)', workbookSchema.version, out));
  return 0;
}
