/** The `partnering` command: writes and checks Partnering Workbooks as .xlsx files. */
import { readFileSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { UsageError } from './args';
import { checkCommand } from './check-command';
import { newCommand, type CommandIO } from './new-command';
import { summaryCommand } from './summary-command';
import { upgradeCommand } from './upgrade-command';

const EXIT_USAGE = 2;

const commands: Record<string, (args: string[], io: CommandIO) => Promise<number>> = {
  new: newCommand,
  check: checkCommand,
  summary: summaryCommand,
  upgrade: upgradeCommand,
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
  const command = commands[name];
  try {
    if (!command) throw new UsageError(cliText.unknownCommand(name));
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(cliText.usage);
      return 0;
    }
    return await command(rest, io);
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
