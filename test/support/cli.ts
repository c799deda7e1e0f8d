/** `partnering` run in-process as a person would type it, with what it printed and its exit code. */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  /** Lines written to standard output. */
  printed: string[];
  /** The same lines joined, as a terminal shows them. */
  output: string;
  /** Lines written to standard error. */
  problems: string[];
}

/** A `partnering` command whose "today" is the given date, so dated findings never drift. */
export function partneringOn(today: string): (...argv: string[]) => Promise<CliRun> {
  return async (...argv) => {
    const printed: string[] = [];
    const problems: string[] = [];
    const code = await main(argv, { out: (line) => printed.push(line), err: (line) => problems.push(line), today: () => today });
    return { code, printed, output: printed.join('\n'), problems };
  };
}
