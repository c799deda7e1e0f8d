import { checkKeepsEverything } from '../../support/keeps-everything';

// The long form (500 workbooks) runs in the engine suite: test/engine/keeps-everything.test.ts.
it('upgrade, new --from and repair keep every thing of a person’s own (24 random workbooks)', async () => {
  await checkKeepsEverything(24);
}, 300_000);
