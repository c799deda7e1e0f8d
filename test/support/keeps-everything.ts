/**
 * The property the file commands promise: `upgrade`, `new --from` and `repair` keep every thing of
 * a person's own (new --from: everything except the client entries it clears). Shared by the
 * short run in `npm test` and the long run in the engine suite.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exampleEntries } from '../../src/schema/example';
import { workbookSchema } from '../../src/schema/workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { partneringOn } from './cli';
import { addPersonalContent, missingContent, personalContentArb } from './personal-content';

type Command = 'upgrade' | 'new --from' | 'repair';

/** The same workbook recorded as made by an older template version, for upgrade to act on. */
function asOlderVersion(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  parts['docProps/custom.xml'] = strToU8(strFromU8(parts['docProps/custom.xml']).replace(/<vt:lpwstr>1\.0\.0<\/vt:lpwstr>/, '<vt:lpwstr>0.9.0</vt:lpwstr>'));
  return zipSync(parts);
}

export async function checkKeepsEverything(numRuns: number, seed?: number): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-keeps-'));
  const partnering = partneringOn('2026-04-01');
  try {
    const example = exampleEntries('2026-03-31');
    const current = await writeWorkbook(workbookSchema, { workbookId: 'client-one', start: example.start, rows: { tblPlan: example.rows.tblPlan } });
    const older = asOlderVersion(current);
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.constantFrom<Command>('upgrade', 'new --from', 'repair'), personalContentArb, async (command, content) => {
      run += 1;
      const input = path.join(folder, `in-${run}.xlsx`);
      const output = path.join(folder, `out-${run}.xlsx`);
      const { bytes, placed } = await addPersonalContent(command === 'upgrade' ? older : current, content);
      writeFileSync(input, bytes);
      const argv = command === 'upgrade' ? ['upgrade', input, '--out', output] : command === 'repair' ? ['repair', input, '--out', output] : ['new', output, '--from', input];
      const result = await partnering(...argv);
      if (result.code !== 0) throw new Error(`${argv[0]} exited ${result.code}: ${result.problems.join('\n')}`);
      // Repair writes nothing when nothing needed repairing: the input is then what the person keeps.
      const written = command === 'repair' && /nothing needed repairing/.test(result.output) ? input : output;
      const missing = await missingContent(new Uint8Array(readFileSync(written)), content, placed, command === 'new --from');
      rmSync(input, { force: true });
      rmSync(output, { force: true });
      if (missing.length > 0) throw new Error(`${command} lost: ${missing.join('; ')}\n${result.output}`);
    }), { numRuns, seed, endOnFailure: true });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
