import { repairsAfterRandomDamage } from './support/repair-after-damage';

// The second half of 500 random workbooks (RUNS sets the total); the first half runs in
// repair-properties.test.ts, beside this file on Jest's other worker.
describe('repair after random damage', () => {
  repairsAfterRandomDamage(Math.ceil(Number(process.env.RUNS ?? 500) / 2));
});
