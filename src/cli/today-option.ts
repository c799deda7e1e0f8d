import { cliText } from '../domain/strings/en/cli';
import { isoToSerial } from '../schema/dates';
import { UsageError } from './args';
import type { CommandIO } from './new-command';

/** The day a command works as of: `--today YYYY-MM-DD` when given (a real calendar date), else the computer's today. */
export function todayOption(command: string, options: Map<string, string>, io: CommandIO): { iso: string; serial: number } {
  const iso = options.get('--today') ?? io.today();
  const serial = isoToSerial(iso);
  if (serial === undefined) throw new UsageError(cliText.check.badToday(command, iso));
  return { iso: iso.trim(), serial };
}
