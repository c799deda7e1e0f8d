import { promises as fs } from 'fs';
import { runChecks } from '../checks/run-checks';
import { cliText } from '../domain/strings/en/cli';
import { isoToSerial } from '../schema/dates';
import { readWorkbookData, WorkbookReadError } from '../xlsx/read';
import { parseArgs, UsageError } from './args';
import { formatJson, formatText, type FileFindings } from './format-findings';
import type { CommandIO } from './new-command';

const text = cliText.check;
const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

/** `partnering check FILE...`: reads each workbook (never writes it) and reports what the checks find. */
export async function checkCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--quiet'], options: ['--format', '--today'] }, {
    unknownOption: (option) => cliText.unknownOption('check', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingFiles);
  const format = parsed.options.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(text.badFormat(format));
  const today = parsed.options.get('--today') ?? io.today();
  if (isoToSerial(today) === undefined) throw new UsageError(text.badToday(today));
  const quiet = parsed.flags.has('--quiet');

  const results: FileFindings[] = [];
  let unreadable = false;
  for (const file of parsed.positional) {
    const problem = await readProblem(file);
    if (problem !== undefined) {
      io.err(problem);
      unreadable = true;
      continue;
    }
    try {
      const data = readWorkbookData(new Uint8Array(await fs.readFile(file)));
      const findings = runChecks(data, { today });
      results.push({ file, findings: quiet ? findings.filter((f) => f.severity === 'error') : findings });
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      io.err(text.unreadable(file, error.message));
      unreadable = true;
    }
  }
  if (results.length > 0 || format === 'json') io.out(format === 'json' ? formatJson(results) : formatText(results));
  if (unreadable) return EXIT_UNREADABLE;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_CLEAN;
}

async function readProblem(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    return stat.isDirectory() ? text.isFolder(file) : undefined;
  } catch {
    return text.notFound(file);
  }
}
