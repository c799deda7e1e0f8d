import { content } from '../domain/strings/en';
import { date, decimal, text, whole } from './columns';
import { table } from './table';

/**
 * Snapshots of the scores over time, one row each; values, not formulas. The sheet is not called
 * "History": Excel reserves that name (for its change history) and refuses a sheet with it.
 */
export const historyTable = table({
  name: 'tblHistory',
  sheet: 'Score history',
  columns: [
    date('date', 'Date'),
    text('label', 'Label', { width: 24 }),
    ...content.principles.map((p) => decimal(p.ref, p.ref, { width: 6, numberFormat: '0.00', readOnly: true })),
    decimal('overall', 'Overall', { width: 8, numberFormat: '0.00', readOnly: true }),
    decimal('planCompleteness', 'Plan completeness', { width: 11, numberFormat: '0%', readOnly: true }),
    whole('openHighRisks', 'Open high risks', { width: 10, min: 0, max: 1e6, readOnly: true }),
  ],
  blankRows: 1,
  clientRows: true,
});
