import type { RawValue, WorkbookData } from '../../../../src/data/workbook-data';
import { moveColumn, removeColumn } from '../../../support/workbook-data';
import { assessed, blank } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeRows } from '../typing';

/** The 60 criteria stand on Principles rows 5 to 64. */
const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const rated = (count: number, rating: RawValue = 1, data: WorkbookData = blank) => typeRows(data, 'Principles', rows(5, count), { Rating: rating });
const progress = (rated: number, total: number, percent: number, at = 'Principles!F4') =>
  [{ at, message: `${rated} of ${total} criteria are rated (${percent} %).` }];
/** The last ten rows no longer hold a criterion, so 50 are left. */
const fifty = (data: WorkbookData) => typeRows(data, 'Principles', rows(55, 10), { Criterion: null });

testRule('assessment-progress', {
  severity: 'info',
  valid: [
    { name: 'every criterion rated', workbook: assessed },
    { name: 'exactly 60 %: 36 of 60', workbook: rated(36) },
    { name: '37 of 60', workbook: rated(37) },
    { name: '36 of 60 with N/A counting as rated', workbook: rated(36, 'N/A') },
    { name: '36 of 60 with n/a in lower case', workbook: rated(36, 'n/a') },
    { name: 'exactly 60 % of 50 remaining criteria: 30', workbook: fifty(rated(30)) },
    { name: 'no criteria left at all', workbook: typeRows(blank, 'Principles', rows(5, 60), { Criterion: null }) },
    { name: 'a deleted Rating column (missing-column reports it)', workbook: removeColumn(blank, 'tblPrinciples', 'rating') },
  ],
  invalid: [
    { name: 'a new workbook, none rated', workbook: blank, findings: progress(0, 60, 0) },
    { name: 'one short of 60 %: 35 of 60, 58 % rounded down', workbook: rated(35), findings: progress(35, 60, 58) },
    { name: 'one rated: 1 %, rounded down from 1.7', workbook: rated(1), findings: progress(1, 60, 1) },
    { name: '35 rated and one rated in words, which does not count', workbook: typeRows(rated(35), 'Principles', [40], { Rating: 'three' }), findings: progress(35, 60, 58) },
    { name: 'one short of 60 % of 50 remaining criteria: 29', workbook: fifty(rated(29)), findings: progress(29, 50, 58) },
    { name: 'Rating dragged to the first column', workbook: moveColumn(blank, 'tblPrinciples', 'rating', 0), findings: progress(0, 60, 0, 'Principles!A4') },
  ],
});
