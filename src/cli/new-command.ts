import { randomUUID } from 'crypto';
import { existsSync, statSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { exampleEntries } from '../schema/example';
import { DEFAULT_PAPER, isPaper, paperNames } from '../schema/page-setup';
import { workbookSchema } from '../schema/workbook';
import { restoreWorkbook } from '../xlsx/package/restore';
import { setPaper } from '../xlsx/paper-size';
import { templatePackage } from '../xlsx/template';
import type { StartDetails } from '../xlsx/write';
import { parseArgs, UsageError } from './args';
import { changeLines, editWorkbookFile } from './edit-in-place';
import { todayOption } from './today-option';
import { refuseOutputOnInput, writeFileSafely } from './write-file';

const text = cliText.new;

export interface CommandIO {
  out: (line: string) => void;
  /** Problems with input that is not the person's usage (a file that cannot be read). */
  err: (line: string) => void;
  today: () => string;
}

export async function newCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--example', '--force'], options: ['--organisation', '--partner', '--from', '--today', '--paper'] }, {
    unknownOption: (option) => cliText.unknownOption('new', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingOut);
  if (parsed.positional.length > 1) throw new UsageError(text.tooManyFiles);
  const target = parsed.positional[0];
  if (!target.toLowerCase().endsWith('.xlsx')) throw new UsageError(text.notXlsx(target));
  const folder = path.dirname(path.resolve(target));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(text.noFolder(folder));
  const force = parsed.flags.has('--force');
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(text.isFolder(target));
  const template = parsed.options.get('--from');
  if (template !== undefined) await refuseOutputOnInput('new', target, [template]);
  if (existsSync(target) && !force) throw new UsageError(text.exists(target));

  const paperOption = parsed.options.get('--paper');
  const paper = paperOption?.toLowerCase();
  if (paper !== undefined && !isPaper(paper)) throw new UsageError(text.unknownPaper(paperOption as string, paperNames));

  const example = parsed.flags.has('--example');
  if (example && template !== undefined) throw new UsageError(text.exampleAndFrom);
  if (!example && parsed.options.has('--today')) throw new UsageError(text.todayWithoutExample);
  const madeOn = example ? todayOption('new', parsed.options, io).iso : undefined;
  const organisation = parsed.options.get('--organisation');
  const partner = parsed.options.get('--partner');
  const given: StartDetails = {
    ...(organisation !== undefined ? { organisation } : {}),
    ...(partner !== undefined ? { partners: partner } : {}),
  };

  if (template !== undefined) {
    const templatePkg = await templatePackage();
    // A copy keeps the paper of the workbook it copies unless another is asked for.
    const copy = await editWorkbookFile(template, io, async (pkg) => {
      const restored = restoreWorkbook(pkg, workbookSchema, { mode: 'new-client', template: templatePkg, start: given, workbookId: randomUUID() });
      if (paper !== undefined) setPaper(pkg, workbookSchema, paper);
      return restored;
    });
    if ('exitCode' in copy) return copy.exitCode;
    await writeFileSafely(target, copy.bytes, force);
    io.out(text.writtenFrom(target, template));
    for (const line of changeLines(copy.result)) io.out(line);
    return 0;
  }

  const pkg = await templatePackage();
  const filled = madeOn !== undefined ? exampleEntries(madeOn) : { start: {}, rows: {} };
  const result = restoreWorkbook(pkg, workbookSchema, {
    mode: 'fill', template: pkg, start: { ...filled.start, ...given }, rows: filled.rows, workbookId: randomUUID(),
  });
  if (result.notDone.length > 0) throw new Error(`The template does not take its own rows: ${result.notDone.join('; ')}`);
  if (paper !== undefined && paper !== DEFAULT_PAPER) setPaper(pkg, workbookSchema, paper);
  await writeFileSafely(target, pkg.toBytes(), force);
  io.out(text.written(target, example));
  return 0;
}
