/** The `partnering` command: writes and checks Partnering Workbooks as .xlsx files. */
import { readFileSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { UsageError } from './args';
import type { CommandIO } from './new-command';

const EXIT_USAGE = 2;

type Command = (args: string[], io: CommandIO) => Promise<number>;

/**
 * Each command's modules load only when that command runs: `--help` and `check` then start
 * without excelize's WebAssembly writer, which only the commands that write a workbook need.
 */
const commands: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./new-command')).newCommand,
  check: async () => (await import('./check-command')).checkCommand,
  summary: async () => (await import('./summary-command')).summaryCommand,
  upgrade: async () => (await import('./upgrade-command')).upgradeCommand,
  repair: async () => (await import('./repair-command')).repairCommand,
  actions: async () => (await import('./actions-command')).actionsCommand,
  snapshot: async () => (await import('./snapshot-command')).snapshotCommand,
  report: async () => (await import('./report-command')).reportCommand,
  form: async () => (await import('./form-command')).formCommand,
  merge: async () => (await import('./merge-command')).mergeCommand,
};

export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(cliText.usage);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new UsageError(cliText.unknownCommand(name));
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(cliText.usage);
      return 0;
    }
    return await (await command())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`partnering: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function defaultIO(): CommandIO {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    today: () => new Date().toISOString().slice(0, 10),
  };
}

function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
