import { randomUUID } from 'crypto';
import { existsSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { formContent } from '../forms/form-content';
import { sideOf } from '../forms/returned-form';
import { writeRaterForm } from '../xlsx/rater-form-file';
import { parseArgs, UsageError } from './args';
import type { CommandIO } from './new-command';
import { readInput } from './read-input';
import { refuseMissingFolder, refuseOutputOnInput, writeFileSafely } from './write-file';

const text = cliText.form;

/**
 * `partnering form FILE --rater NAME --side ours|partner --out FORM`: a rater's form made from an
 * assessment, with a new form id; `partnering merge` takes it back.
 */
export async function formCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--force'], options: ['--rater', '--side', '--out'] }, {
    unknownOption: (option) => cliText.unknownOption('form', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingFile);
  if (parsed.positional.length > 1) throw new UsageError(text.tooManyFiles);
  const source = parsed.positional[0];
  const rater = parsed.options.get('--rater')?.trim();
  if (!rater) throw new UsageError(text.missingRater);
  const sideOption = parsed.options.get('--side');
  if (sideOption === undefined) throw new UsageError(text.missingSide);
  const side = sideOf(sideOption);
  if (side === undefined) throw new UsageError(text.badSide(sideOption));
  const out = parsed.options.get('--out');
  if (!out) throw new UsageError(text.missingOut);
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(text.notXlsx(out));
  await refuseOutputOnInput('form', out, [source]);
  await refuseMissingFolder('form', out);
  const force = parsed.flags.has('--force');
  if (existsSync(out) && !force) throw new UsageError(text.exists(out));

  const input = await readInput(source);
  if ('problem' in input) {
    io.err(input.problem);
    return 2;
  }
  const formId = randomUUID();
  const content = formContent(input.data, { rater, side, formId });
  if ('problem' in content) {
    io.err(text.cannot(source, content.problem));
    return 2;
  }
  await writeFileSafely(out, await writeRaterForm(content), force);
  io.out(text.written(out, rater, side, content.rows.length, source));
  io.out(text.ids(formId));
  return 0;
}
