import { repairsAfterRandomDamage } from './support/repair-after-damage';

// The first half of 500 random workbooks (RUNS sets the total); the other half runs in
// repair-properties-more.test.ts, beside this file on Jest's other worker.
describe('repair after random damage', () => {
  repairsAfterRandomDamage(Math.ceil(Number(process.env.RUNS ?? 500) / 2));
});
