import { checkKeepsEverything } from '../support/keeps-everything';

it('upgrade, new --from and repair keep every thing of a person’s own (500 random workbooks)', async () => {
  await checkKeepsEverything(500);
}, 1_800_000);
