import { checkKeepsEverything } from '../../support/keeps-everything';

// The long form (500 workbooks) runs in the engine suite: test/engine/keeps-everything*.test.ts.
it('upgrade, new --from, repair, actions and snapshot keep every thing of a person’s own (30 random workbooks)', async () => {
  await checkKeepsEverything(30);
}, 300_000);
