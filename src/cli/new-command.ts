import { randomUUID } from 'crypto';
import { existsSync, statSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { exampleEntries } from '../schema/example';
import { withLists, workbookSchema } from '../schema/workbook';
import { newClientCopy } from '../migrate/new-client';
import { writeWorkbook, type WorkbookEntries } from '../xlsx/write';
import { parseArgs, UsageError } from './args';
import { readInput } from './read-input';
import { refuseOutputOnInput, writeFileSafely } from './write-file';

const text = cliText.new;

export interface CommandIO {
  out: (line: string) => void;
  /** Problems with input that is not the person's usage (a file that cannot be read). */
  err: (line: string) => void;
  today: () => string;
}

export async function newCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--example', '--force'], options: ['--organisation', '--partner', '--from'] }, {
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

  const example = parsed.flags.has('--example');
  if (example && template !== undefined) throw new UsageError(text.exampleAndFrom);
  const entries: WorkbookEntries = { workbookId: randomUUID() };
  let schema = workbookSchema;
  if (example) Object.assign(entries, exampleEntries(io.today()));
  if (template !== undefined) {
    const input = await readInput(template);
    if ('problem' in input) {
      io.err(input.problem);
      return 2;
    }
    const copy = newClientCopy(input.data, workbookSchema);
    entries.tables = copy.tables;
    schema = withLists(workbookSchema, copy.lists);
  }
  const organisation = parsed.options.get('--organisation');
  const partner = parsed.options.get('--partner');
  entries.start = {
    ...entries.start,
    ...(organisation !== undefined ? { organisation } : {}),
    ...(partner !== undefined ? { partners: partner } : {}),
  };

  const bytes = await writeWorkbook(schema, entries);
  await writeFileSafely(target, bytes, force);
  io.out(template !== undefined ? text.writtenFrom(target, template) : text.written(target, example));
  return 0;
}
