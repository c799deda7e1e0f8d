/**
 * The property the file commands promise: `upgrade`, `new --from`, `repair`, `actions` and
 * `snapshot` keep every thing of a person's own (new --from: everything except the client entries
 * it clears); `actions` and `snapshot` also write the rows the pane would, or refuse, naming the
 * person's cell, where the Actions table would grow over it. Shared by the short run in `npm test`
 * and the long run in the engine suite.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { existsSync } from 'fs';
import { actionsTable } from '../../src/schema/actions';
import { isoToSerial } from '../../src/schema/dates';
import { exampleEntries } from '../../src/schema/example';
import { historyTable } from '../../src/schema/history';
import { TEMPLATE_VERSION } from '../../src/schema/version';
import { workbookSchema } from '../../src/schema/workbook';
import { collectActions, rowsByKey, snapshotRow } from '../../src/scoring';
import { readWorkbookData } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { partneringOn } from './cli';
import { addPersonalContent, formulaTargets, missingContent, missingRestorations, openWritten, personalContentArb, type PersonalContent } from './personal-content';

type Command = 'upgrade' | 'new --from' | 'repair' | 'actions' | 'snapshot';
const TODAY = '2026-04-01';

/** The same workbook recorded as made by an older template version, for upgrade to act on. */
function asOlderVersion(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  parts['docProps/custom.xml'] = strToU8(strFromU8(parts['docProps/custom.xml']).replace(`<vt:lpwstr>${TEMPLATE_VERSION}</vt:lpwstr>`, '<vt:lpwstr>0.9.0</vt:lpwstr>'));
  return zipSync(parts);
}

export async function checkKeepsEverything(numRuns: number, seed?: number): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-keeps-'));
  const partnering = partneringOn(TODAY);
  try {
    const example = exampleEntries('2026-03-31');
    const current = await writeWorkbook(workbookSchema, { workbookId: 'client-one', start: example.start, rows: { tblPlan: example.rows.tblPlan } });
    const older = asOlderVersion(current);
    // The routine needs something to collect and score: the whole example.
    const filled = await writeWorkbook(workbookSchema, { workbookId: 'client-two', ...example });
    let run = 0;
    const seen = new Map<string, number>();
    await fc.assert(fc.asyncProperty(fc.constantFrom<Command>('upgrade', 'new --from', 'repair', 'actions', 'snapshot'), personalContentArb, async (command, generated) => {
      run += 1;
      // The routine adds rows to a workbook in order: nothing of ours is removed and no column moved first.
      const content = command === 'actions' || command === 'snapshot' ? { ...generated, removed: undefined, ownColumn: undefined } : generated;
      for (const kind of contentKinds(content)) seen.set(kind, (seen.get(kind) ?? 0) + 1);
      const input = path.join(folder, `in-${run}.xlsx`);
      const output = path.join(folder, `out-${run}.xlsx`);
      const routine = command === 'actions' || command === 'snapshot';
      const { bytes, placed } = await addPersonalContent(command === 'upgrade' ? older : routine ? filled : current, content);
      writeFileSync(input, bytes);
      const argv = command === 'new --from' ? ['new', output, '--from', input] : [command, input, '--out', output];
      const result = await partnering(...argv);
      const blockedBy = /would grow over your cell '([^']+)'!([A-Z]+\d+)/.exec(result.problems.join('\n'));
      if (command === 'actions' && result.code === 2 && blockedBy) {
        const theirs = placed.cells.some((c) => c.sheet === blockedBy[1] && c.address === blockedBy[2]);
        if (!theirs || existsSync(output)) throw new Error(`actions refused over a cell that is not the person's, or wrote anyway: ${result.problems.join('\n')}`);
        rmSync(input, { force: true });
        return;
      }
      if (result.code !== 0) throw new Error(`${argv[0]} exited ${result.code}: ${result.problems.join('\n')}`);
      if (routine) {
        const wrong = routineRowsWrong(command, bytes, new Uint8Array(readFileSync(output)));
        if (wrong) throw new Error(`${command} wrote ${wrong}\n${result.output}`);
      }
      // Repair writes nothing when nothing needed repairing: the input is then what the person keeps.
      const written = command === 'repair' && /nothing needed repairing/.test(result.output) ? input : output;
      const bytesWritten = new Uint8Array(readFileSync(written));
      const file = await openWritten(bytesWritten);
      const upgraded = command === 'upgrade';
      const missing = [
        ...missingContent(file, bytesWritten, content, placed, command === 'new --from', upgraded),
        ...missingRestorations(bytesWritten, content, placed, command === 'new --from'),
      ];
      // The person's formulas point at the same data after the edit (a new-client copy clears the entries they use).
      if (command !== 'new --from' && placed.formulas.length > 0) {
        const after = formulaTargets(file, placed.formulas, upgraded ? placed.afterUpgrade : (_sheet, address) => address);
        placed.targets.forEach((expected, i) => {
          if (after[i] !== expected) missing.push(`formula at ${expected.split(':')[0]}: ${expected} became ${after[i]}`);
        });
      }
      rmSync(input, { force: true });
      rmSync(output, { force: true });
      if (missing.length > 0) throw new Error(`${command} lost: ${missing.join('; ')}\n${result.output}`);
    }), { numRuns, seed, endOnFailure: true });
    // Costly kinds come in fewer cases: a long run still has every kind in it.
    const absent = numRuns >= LONG_RUN ? ALL_KINDS.filter((kind) => !seen.has(kind)) : [];
    if (absent.length > 0) throw new Error(`${numRuns} cases had no ${absent.join(', ')}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const LONG_RUN = 200;
const ALL_KINDS = ['own sheet', 'hidden own sheet', 'own column width', 'cells beside a table', 'cells below a table', 'comments', 'names',
  'renamed sheet', '1904 dates', 'hidden sheet of ours', 'protected sheet', 'protected workbook', 'risks', 'typed-over-score',
  'no-calculated-column-formulas', 'no-validations', 'table removed', 'chart removed', 'sheet removed', "Excel's app.xml",
  'own column with a shared formula', 'own column with a formula per cell', 'renamed sheet whose table is gone'];

/** The kinds of a person's content in one case, as listed in ALL_KINDS. */
function contentKinds(content: PersonalContent): string[] {
  const removed = content.removed;
  const kinds: Array<[string, unknown]> = [
    ['own sheet', content.ownSheet], ['hidden own sheet', content.ownSheet?.hidden], ['own column width', content.ownSheet?.width],
    ['cells beside a table', content.beside.length], ['cells below a table', content.below.length], ['comments', content.comments.length],
    ['names', content.names.length], ['renamed sheet', content.renamed], ['1904 dates', content.date1904], ['hidden sheet of ours', content.hideOurs],
    ['protected sheet', content.protectStart], ['protected workbook', content.protectWorkbook], ['risks', content.risks.length],
    ...content.damage.map((d): [string, unknown] => [d, true]),
    ['table removed', removed && 'table' in removed], ['chart removed', removed && 'chart' in removed], ['sheet removed', removed && 'sheet' in removed],
    ["Excel's app.xml", content.excelApp],
    ['own column with a shared formula', content.ownColumn?.shared], ['own column with a formula per cell', content.ownColumn && !content.ownColumn.shared],
    ['renamed sheet whose table is gone', removed && 'table' in removed && workbookSchema.tables.find((p) => p.table.name === removed.table)?.table.sheet === content.renamed?.from],
  ];
  return kinds.filter(([, present]) => Boolean(present)).map(([kind]) => kind);
}

/** What `actions` or `snapshot` wrote that differs from what the pane writes for the same workbook; undefined when the same. */
function routineRowsWrong(command: 'actions' | 'snapshot', input: Uint8Array, output: Uint8Array): string | undefined {
  const before = readWorkbookData(input);
  const after = readWorkbookData(output);
  const today = isoToSerial(TODAY) as number;
  const blank = (value: unknown) => (value === '' || value === undefined ? null : value);
  const expected = command === 'actions'
    ? collectActions(before, today).map((a) => Object.fromEntries(actionsTable.columns.map((c) => [c.key, blank(a[c.key as keyof typeof a])])))
    : [{ ...snapshotRow(before, today, `Snapshot ${TODAY}`) }];
  const found = rowsByKey(after, command === 'actions' ? actionsTable : historyTable).slice(0, expected.length);
  const same = JSON.stringify(found) === JSON.stringify(expected);
  return same ? undefined : `${JSON.stringify(found)} instead of ${JSON.stringify(expected)}`;
}
