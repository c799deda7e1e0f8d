/**
 * Round trips and request sizes of the live host, measured through the fake Excel (exact counts,
 * not times): syncs to create and to read, bytes sent to create, bytes returned when reading
 * 10,000 risks, how many requests a 10,000-risk write needs under Excel's payload limit, and the
 * syncs and bytes of Repair and of a new-client clear on that workbook, and the syncs to read 2,000
 * risks of long text.
 */
import { createWorkbook, readWorkbook, repairWorkbook, startNewClient } from '../src/excel';
import { planRequests } from '../src/excel/write-steps';
import { createSteps } from '../src/excel/create';
import { workbookSchema } from '../src/schema/workbook';
import { createFakeExcel, installExcelGlobals } from '../test/host/fake-excel';

const RISKS = 10000;

const manyRisks = Array.from({ length: RISKS }, (_, i) => ({
  id: `R-${i + 1}`, risk: `Risk ${i + 1}: a partner-side delay that holds up joint delivery`, owner: 'Sam',
  likelihood: (i % 5) + 1, impact: ((i * 3) % 5) + 1, mitigation: 'Agreed mitigation with the partner', status: 'Open',
}));

async function run(): Promise<void> {
  installExcelGlobals();
  const blank = createFakeExcel();
  await createWorkbook(blank.context, workbookSchema, { workbookId: 'bench' });
  const createBytes = blank.stats.perSync.reduce((sum, s) => sum + s.requestBytes, 0);

  const big = createFakeExcel();
  await createWorkbook(big.context, workbookSchema, { workbookId: 'bench-big', rows: { tblRisks: manyRisks } });
  const before = big.stats.perSync.length;
  await readWorkbook(big.context, workbookSchema);
  const reads = big.stats.perSync.slice(before);

  console.log(`excel.create_syncs: ${blank.stats.syncs}`);
  console.log(`excel.create_request_bytes: ${createBytes}`);
  console.log(`excel.read_syncs_10k_risks: ${reads.length}`);
  console.log(`excel.read_response_bytes_10k_risks: ${reads.reduce((sum, s) => sum + s.responseBytes, 0)}`);
  console.log(`excel.read_largest_response_bytes_10k_risks: ${Math.max(...reads.map((s) => s.responseBytes))}`);
  console.log(`excel.write_10k_risks_requests: ${planRequests(createSteps(workbookSchema, { workbookId: 'plan', rows: { tblRisks: manyRisks } })).length}`);
  console.log(`excel.write_10k_risks_request_bytes: ${big.stats.perSync.slice(1, before).map((s) => s.requestBytes).join(',')}`);

  // Long text (3,000 characters a risk): blocks sized by the bytes that came back, none refused.
  const long = createFakeExcel();
  const longText = 'A partner-side delay that holds up joint delivery. '.repeat(60).slice(0, 3000);
  await createWorkbook(long.context, workbookSchema, { workbookId: 'bench-long', rows: { tblRisks: manyRisks.slice(0, 2000).map((r) => ({ ...r, mitigation: longText })) } });
  const longFrom = long.stats.perSync.length;
  await readWorkbook(long.newContext(), workbookSchema);
  const longReads = long.stats.perSync.slice(longFrom);
  console.log(`excel.read_syncs_2k_long_risks: ${longReads.length}`);
  console.log(`excel.read_largest_response_bytes_2k_long_risks: ${Math.max(...longReads.map((s) => s.responseBytes))}`);
  console.log(`excel.read_refused_2k_long_risks: ${longReads.filter((s) => s.tooLarge).length}`);

  const repairFrom = big.stats.perSync.length;
  await repairWorkbook(big.newContext(), workbookSchema, () => 'bench-repair');
  const repairs = big.stats.perSync.slice(repairFrom);
  console.log(`excel.repair_10k_risks_syncs: ${repairs.length}`);
  console.log(`excel.repair_10k_risks_request_bytes: ${repairs.map((s) => s.requestBytes).join(',')}`);

  const clearFrom = big.stats.perSync.length;
  await startNewClient(big.newContext(), workbookSchema, 'bench-next');
  const clears = big.stats.perSync.slice(clearFrom);
  console.log(`excel.new_client_10k_risks_syncs: ${clears.length}`);
  console.log(`excel.new_client_10k_risks_request_bytes: ${clears.map((s) => s.requestBytes).join(',')}`);
}

run().catch((error: unknown) => {
  console.error(`bench/excel-host: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
