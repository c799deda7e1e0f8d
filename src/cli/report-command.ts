import { promises as fs } from 'fs';
import { existsSync } from 'fs';
import path from 'path';
import { cliText } from '../domain/strings/en/cli';
import { DEFAULT_PAPER, isPaper, paperNames } from '../schema/page-setup';
import { reportModel } from '../report/report-model';
import { parseArgs, UsageError } from './args';
import type { CommandIO } from './new-command';
import { readInput } from './read-input';
import { todayOption } from './today-option';
import { refuseMissingFolder, refuseOutputOnInput, writeFileSafely } from './write-file';

const text = cliText.report;

/** The project's own copy of DejaVu Sans (fonts/LICENSE.txt), embedded in every PDF. */
const FONTS = path.join(__dirname, '..', '..', 'fonts');

/**
 * `partnering report FILE.xlsx --out REPORT.pdf|REPORT.docx`: the assessment, the plan, the
 * risks and the actions as a document, from src/report's model of the workbook.
 */
export async function reportCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--force'], options: ['--out', '--paper', '--today'] }, {
    unknownOption: (option) => cliText.unknownOption('report', option),
    missingValue: cliText.missingValue,
  });
  if (parsed.positional.length === 0) throw new UsageError(text.missingFile);
  if (parsed.positional.length > 1) throw new UsageError(text.tooManyFiles);
  const source = parsed.positional[0];
  const out = parsed.options.get('--out');
  if (!out) throw new UsageError(text.missingOut);
  const kind = path.extname(out).toLowerCase();
  if (kind !== '.pdf' && kind !== '.docx') throw new UsageError(text.badOut(out));
  const paperOption = parsed.options.get('--paper');
  const paper = paperOption?.toLowerCase() ?? DEFAULT_PAPER;
  if (!isPaper(paper)) throw new UsageError(text.unknownPaper(paperOption as string, paperNames));
  const today = todayOption('report', parsed.options, io);
  await refuseOutputOnInput('report', out, [source]);
  await refuseMissingFolder('report', out);
  const force = parsed.flags.has('--force');
  if (existsSync(out) && !force) throw new UsageError(text.exists(out));

  const input = await readInput(source);
  if ('problem' in input) {
    io.err(`partnering: ${input.problem}`);
    return 2;
  }
  const model = reportModel(input.data, today.serial);
  const bytes = kind === '.pdf'
    ? await (await import('../document/report-pdf')).reportPdf(model, await fonts(), paper)
    : await (await import('../document/report-docx')).reportDocx(model, paper);
  await writeFileSafely(out, bytes, force);
  io.out(text.written(out, model.organisation, model.summary.overallText));
  return 0;
}

async function fonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = await Promise.all(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => fs.readFile(path.join(FONTS, name))));
  return { regular, bold };
}
