import { checkKeepsEverything } from '../support/keeps-everything';

// The other half of the 500 random workbooks; the first runs in keeps-everything.test.ts, beside
// this file on Jest's other worker. Each half is long enough to meet every kind of content.
it('upgrade, new --from and repair keep every thing of a person’s own (the other 250 of 500 random workbooks)', async () => {
  await checkKeepsEverything(250);
}, 1_800_000);
