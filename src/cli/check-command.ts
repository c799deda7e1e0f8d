import { runChecks } from '../checks/run-checks';
import { cliText } from '../domain/strings/en/cli';
import { isoToSerial } from '../schema/dates';
import { parseArgs, UsageError } from './args';
import { formatJson, formatText, type FileFindings } from './format-findings';
import { readAll } from './read-input';
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
  if (isoToSerial(today) === undefined) throw new UsageError(text.badToday('check', today));
  const quiet = parsed.flags.has('--quiet');

  const { read, unreadable } = await readAll(parsed.positional, io.err);
  const results: FileFindings[] = read.map(({ file, data }) => {
    const findings = runChecks(data, { today });
    return { file, findings: quiet ? findings.filter((f) => f.severity === 'error') : findings };
  });
  if (results.length > 0 || format === 'json') io.out(format === 'json' ? formatJson(results) : formatText(results));
  // The checks' fixes name the pane's Repair workbook; for a file, the same repair is a command.
  if (format === 'text' && results.some((r) => r.findings.some((f) => /Repair workbook/.test(f.fix)))) io.out(text.repairHint);
  if (unreadable) return EXIT_UNREADABLE;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_CLEAN;
}
