import type { FakeExcel } from '../fake-excel';

/** How many times `work` synced with the fake Excel. */
export async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.stats.syncs;
  await work();
  return excel.stats.syncs - before;
}
