import { randomUUID } from 'crypto';
import { existsSync } from 'fs';
import path from 'path';
import { runChecks } from '../checks/run-checks';
import type { WorkbookData } from '../data/workbook-data';
import { cliText } from '../domain/strings/en/cli';
import { serialToIso, isoToSerial } from '../schema/dates';
import { portfolioSchema, portfolioTable } from '../schema/portfolio';
import type { RowEntries } from '../schema/rows';
import { workbookScores } from '../scoring/workbook-scores';
import { parseArgs, UsageError } from './args';
import { csvLines } from './csv';
import { readAll } from './read-input';
import type { CommandIO } from './new-command';
import { refuseMissingFolder, refuseOutputOnInput, writeFileSafely } from './write-file';

const text = cliText.summary;

/** `partnering summary FILES... --out portfolio.xlsx|.csv`: one row per workbook, as src/scoring computes it. */
export async function summaryCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--force'], options: ['--out', '--today'] }, {
    unknownOption: (option) => cliText.unknownOption('summary', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingFiles);
  const out = parsed.options.get('--out');
  if (!out) throw new UsageError(text.missingOut);
  const kind = path.extname(out).toLowerCase();
  if (kind !== '.xlsx' && kind !== '.csv') throw new UsageError(text.badOut(out));
  await refuseOutputOnInput('summary', out, parsed.positional);
  await refuseMissingFolder('summary', out);
  if (existsSync(out) && !parsed.flags.has('--force')) throw new UsageError(text.exists(out));
  const today = parsed.options.get('--today') ?? io.today();
  if (isoToSerial(today) === undefined) throw new UsageError(cliText.check.badToday('summary', today));

  const { read, unreadable } = await readAll(parsed.positional, io.err);
  if (read.length === 0) {
    io.err(`partnering: ${text.nothingRead}`);
    return 2;
  }
  const rows: RowEntries[] = read.map(({ file, data }) => portfolioRow(file, data, today));

  const bytes = kind === '.csv'
    ? new TextEncoder().encode(csvLines(portfolioTable.columns.map((c) => c.header), rows.map((row) => portfolioTable.columns.map((c) => row[c.key] ?? null))))
    : await writePortfolio(rows);
  await writeFileSafely(out, bytes, parsed.flags.has('--force'));
  io.out(text.written(out, rows.length));
  return unreadable ? 2 : 0;
}

/** Loaded here, not at the top, so a CSV summary never loads excelize's WebAssembly writer. */
async function writePortfolio(rows: RowEntries[]): Promise<Uint8Array> {
  const { writeWorkbook } = await import('../xlsx/write');
  return writeWorkbook(portfolioSchema(rows.length), { workbookId: randomUUID(), rows: { [portfolioTable.name]: rows } });
}

/** One workbook's row: who, when, which version, its scores and how many errors the checks find. */
export function portfolioRow(file: string, data: WorkbookData, today: string): RowEntries {
  const scores = workbookScores(data);
  const named = (name: string) => {
    const value = data.names[name]?.value;
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  };
  const assessed = named('AssessmentDate');
  return {
    file: path.basename(file),
    organisation: named('Organisation'),
    partner: named('Partners'),
    assessmentDate: typeof assessed === 'number' ? serialToIso(assessed) : assessed,
    templateVersion: data.templateVersion ?? null,
    ...Object.fromEntries(scores.principles.map((p) => [p.ref, p.score])),
    overall: scores.overall,
    planCompleteness: scores.planCompleteness,
    openHighRisks: scores.openHighRisks,
    errors: runChecks(data, { today }).filter((f) => f.severity === 'error').length,
  };
}
