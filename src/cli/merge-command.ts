import { promises as fs } from 'fs';
import { existsSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { planMerge, type MergePlan } from '../forms/merge-plan';
import type { ReturnedForm } from '../forms/returned-form';
import { principlesTable } from '../schema/principles';
import { ratingsTable } from '../schema/ratings';
import { rowsByKey } from '../scoring/workbook-scores';
import { readRaterForm } from '../xlsx/rater-form-file';
import { WorkbookReadError } from '../xlsx/read';
import { parseArgs, UsageError } from './args';
import type { CommandIO } from './new-command';
import { writeRowsInto } from './write-rows';
import { isSameFile, refuseMissingFolder, refuseOutputOnInput, refuseReadOnly } from './write-file';

const text = cliText.merge;
const EXIT_REFUSED = 1;
const EXIT_UNREADABLE = 2;

/**
 * `partnering merge FILE FORM... --out NEW | --in-place [--anonymous]`: returned rater forms into
 * tblRatings by the merge plan the pane uses too. Exit 0 when everything was imported, 1 when a
 * form or a value was refused, 2 when a file cannot be read (then nothing is written).
 */
export async function mergeCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--in-place', '--force', '--anonymous'], options: ['--out'] }, {
    unknownOption: (option) => cliText.unknownOption('merge', option),
    missingValue: cliText.missingValue,
  });
  const [source, ...formFiles] = parsed.positional;
  if (source === undefined) throw new UsageError(text.missingFile);
  if (formFiles.length === 0) throw new UsageError(text.missingForms);
  const inPlace = parsed.flags.has('--in-place');
  if (inPlace && parsed.options.has('--out')) throw new UsageError(text.bothOuts);
  const out = inPlace ? source : parsed.options.get('--out');
  if (!out) throw new UsageError(text.missingOut);
  // Only the assessment itself may be replaced, and only when asked with --in-place.
  await refuseOutputOnInput('merge', out, formFiles);
  if (inPlace) {
    await refuseReadOnly('merge', source);
  } else {
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(text.notXlsx(out));
    if (await isSameFile(out, source)) throw new UsageError(text.outIsSource(out));
    await refuseMissingFolder('merge', out);
    if (existsSync(out) && !parsed.flags.has('--force')) throw new UsageError(text.exists(out));
  }

  const forms: ReturnedForm[] = [];
  for (const file of formFiles) {
    const form = await readForm(file);
    if (typeof form === 'string') {
      io.err(form);
      io.err(text.unreadable);
      return EXIT_UNREADABLE;
    }
    forms.push(form);
  }

  let plan: MergePlan = { rows: [], merged: [], refused: [], invalid: [] };
  const written = await writeRowsInto(source, out, io, ratingsTable, (data) => {
    plan = planMerge({
      workbookId: data.workbookId,
      refs: rowsByKey(data, principlesTable).map((r) => (r.ref === null ? '' : String(r.ref))),
      ratings: rowsByKey(data, ratingsTable),
    }, forms, { anonymous: parsed.flags.has('--anonymous') });
    return { rows: plan.rows, from: 0, clearBelow: false };
  });
  if ('exitCode' in written) return written.exitCode;
  for (const line of plan.refused) io.err(`partnering: ${line}`);
  if (plan.merged.length === 0) {
    io.err(`partnering: ${text.noneMerged}`);
  } else {
    io.out(written.wrote ? text.written(out, plan.merged.length, written.done.sheet) : text.nothing(source, plan.merged.length, written.done.sheet));
    for (const form of plan.merged) io.out(text.form(form.source, form.rater, form.side, form.rows, form.replaced));
    if (written.wrote) io.out(cliText.rows.kept);
  }
  if (plan.invalid.length > 0) {
    io.err(`partnering: ${text.notImported(plan.invalid.length)}`);
    for (const line of plan.invalid) io.err(`  ${line}`);
  }
  return plan.refused.length > 0 || plan.invalid.length > 0 ? EXIT_REFUSED : 0;
}

/** A returned form, or the line that says why the file cannot be read as one. */
async function readForm(file: string): Promise<ReturnedForm | string> {
  try {
    return readRaterForm(new Uint8Array(await fs.readFile(file)), file);
  } catch (error) {
    if (error instanceof WorkbookReadError) return cliText.check.unreadable(file, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return cliText.check.notFound(file);
    if (code === 'EISDIR') return cliText.check.isFolder(file);
    if (code === 'EACCES' || code === 'EPERM') return cliText.check.notAllowed(file);
    throw error;
  }
}
