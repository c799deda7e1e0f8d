import { checkKeepsEverything } from '../support/keeps-everything';

// Half of the 500 random workbooks; the other half runs in keeps-everything-more.test.ts, beside
// this file on Jest's other worker. Each half is long enough to meet every kind of content.
it('upgrade, new --from and repair keep every thing of a person’s own (250 of 500 random workbooks)', async () => {
  await checkKeepsEverything(250);
}, 1_800_000);
