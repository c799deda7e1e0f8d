import type { RawValue } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRow } from '../typing';

/** R-001, on row 5, with its scores before and after treatment. */
const scored = (likelihood: RawValue, impact: RawValue, residualLikelihood: RawValue, residualImpact: RawValue) =>
  typeRow(example, 'Risks', 5, { Likelihood: likelihood, Impact: impact, 'Residual likelihood': residualLikelihood, 'Residual impact': residualImpact });
const flagged = (residual: number, inherent: number) => [{ at: 'Risks!O5', message: `R-001 scores ${residual} after treatment but ${inherent} before.` }];

testRule('residual-above-inherent', {
  severity: 'warning',
  valid: [
    { name: 'the example, every treatment lowering its risk', workbook: example },
    { name: 'the same score after treatment, 16 and 16', workbook: scored(4, 4, 4, 4) },
    { name: 'the same score from other factors, 10 (2 × 5) and 10 (5 × 2)', workbook: scored(2, 5, 5, 2) },
    { name: 'one lower after treatment, 9 and 8', workbook: scored(3, 3, 2, 4) },
    { name: 'no residual scores yet', workbook: scored(2, 2, null, null) },
    { name: 'a residual off the scale, 6 (whole-number-range reports it)', workbook: scored(1, 1, 6, 1) },
    { name: 'an inherent Likelihood in words (whole-number-range reports it)', workbook: scored('High', 1, 5, 5) },
  ],
  invalid: [
    { name: 'one higher after treatment, 8 (2 × 4) and 6 (2 × 3)', workbook: scored(2, 3, 2, 4), findings: flagged(8, 6) },
    { name: 'the scales\' lowest ends, 2 (1 × 2) and 3 (3 × 1)', workbook: scored(1, 2, 3, 1), findings: flagged(3, 2) },
    { name: 'the two sets swapped, 20 and 6', workbook: scored(2, 3, 4, 5), findings: flagged(20, 6) },
    { name: 'the scales\' highest ends, 25 (5 × 5) and 20 (4 × 5)', workbook: scored(4, 5, 5, 5), findings: flagged(25, 20) },
  ],
});
