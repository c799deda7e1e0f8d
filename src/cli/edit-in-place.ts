/**
 * How `repair`, `upgrade` and `new --from` change a person's workbook: the package is edited in
 * place, an inventory of the person's cells, sheets, names, comments, drawings, protection, date
 * system, widths and formats is taken from the input and from the output, and nothing is written
 * when anything of theirs would be lost; what would have been lost is said, with where.
 */
import { existsSync, promises as fs } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { compareInventories, takeInventory, type Loss } from '../xlsx/package/inventory';
import type { RestoreResult } from '../xlsx/package/restore';
import { XlsxPackage } from '../xlsx/package/xlsx-package';
import type { CommandIO } from './new-command';
import { readInput } from './read-input';
import { parseArgs, UsageError } from './args';
import { isSameFile, refuseMissingFolder, refuseReadOnly, writeFileSafely } from './write-file';
import type { WorkbookData } from '../data/workbook-data';

const MAX_LOSSES_SHOWN = 20;

/** The words a command that edits one workbook uses about where it writes (cliText.repair, cliText.upgrade). */
export interface TargetText {
  missingFile: string;
  tooManyFiles: string;
  missingOut: string;
  bothOuts: string;
  notXlsx(file: string): string;
  outIsSource(file: string): string;
  exists(file: string): string;
}

/**
 * `COMMAND FILE --out NEW [--force] | --in-place`: the workbook to read and where to write it,
 * refused with a usage message before anything is read when the target would harm the input.
 * `options` are the command's own options with a value, returned as given.
 */
export async function editTarget(command: string, args: string[], text: TargetText, options: string[] = []):
  Promise<{ source: string; out: string; options: Map<string, string> }> {
  const parsed = parseArgs(args, { flags: ['--in-place', '--force'], options: ['--out', ...options] }, {
    unknownOption: (option) => cliText.unknownOption(command, option),
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
    await refuseReadOnly(command, source);
    return { source, out, options: parsed.options };
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(text.notXlsx(out));
  if (await isSameFile(out, source)) throw new UsageError(text.outIsSource(out));
  await refuseMissingFolder(command, out);
  if (existsSync(out) && !parsed.flags.has('--force')) throw new UsageError(text.exists(out));
  return { source, out, options: parsed.options };
}

export type Edited = { bytes: Uint8Array; result: RestoreResult; data: WorkbookData } | { exitCode: number };

/** Reads a workbook, edits it and proves the edit kept everything of the person's. */
export async function editWorkbookFile(file: string, io: CommandIO,
  edit: (pkg: XlsxPackage, data: WorkbookData) => Promise<RestoreResult | undefined>): Promise<Edited> {
  const input = await readInput(file);
  if ('problem' in input) {
    io.err(input.problem);
    return { exitCode: 2 };
  }
  const pkg = XlsxPackage.open(new Uint8Array(await fs.readFile(file)));
  const before = takeInventory(pkg);
  const result = await edit(pkg, input.data);
  if (!result) return { exitCode: 0 };
  if (result.blocked && result.blocked.length > 0) {
    for (const reason of result.blocked) io.err(`partnering: ${reason}`);
    return { exitCode: 2 };
  }
  const bytes = pkg.toBytes();
  const losses = compareInventories(before, takeInventory(XlsxPackage.open(bytes)), result.allowance);
  if (losses.length > 0) {
    reportLosses(file, losses, io);
    return { exitCode: 2 };
  }
  return { bytes, result, data: input.data };
}

export function reportLosses(file: string, losses: Loss[], io: CommandIO): void {
  const text = cliText.kept;
  io.err(`partnering: ${text.refused(file, losses.length)}`);
  for (const loss of losses.slice(0, MAX_LOSSES_SHOWN)) io.err(text.loss(loss.where, loss.what));
  if (losses.length > MAX_LOSSES_SHOWN) io.err(text.more(losses.length - MAX_LOSSES_SHOWN));
  io.err(text.report);
}

export async function writeEdited(out: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  await writeFileSafely(out, bytes, replace);
}

/** What changed, one line each, then what could not be done. */
export function changeLines(result: RestoreResult): string[] {
  return [...result.changes.map((c) => `  - ${c}`), ...result.notDone.map((n) => `  ! ${n}`)];
}
