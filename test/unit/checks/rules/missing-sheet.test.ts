import type { WorkbookData } from '../../../../src/data/workbook-data';
import { removeName, renameSheet } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

const START_NAMES = ['Organisation', 'Partners', 'Relationship', 'CollaborationModel', 'LifecycleStage', 'Assessor', 'AssessmentDate', 'Scope'];

/** Deletes a sheet: its tab goes, and so do the names on it. */
const deleteStart = (data: WorkbookData, keep: string[] = []) => START_NAMES.filter((n) => !keep.includes(n))
  .reduce(removeName, { ...data, sheets: data.sheets.filter((s) => s !== 'Start') });
const deleteLists = (data: WorkbookData, lists: WorkbookData['lists'] = {}) => ({ ...data, sheets: data.sheets.filter((s) => s !== 'Lists'), lists });

testRule('missing-sheet', {
  severity: 'error',
  valid: [
    { name: 'the example, with every sheet', workbook: example },
    { name: 'a renamed Start sheet, found by its named cells', workbook: renameSheet(example, 'Start', 'Begin') },
    { name: 'a Start sheet whose tab reads "START"', workbook: { ...example, sheets: example.sheets.map((s) => (s === 'Start' ? 'START' : s)) } },
    { name: 'a deleted Start tab whose one remaining name (Scope) still finds its cell', workbook: deleteStart(example, ['Scope']) },
    { name: 'the Lists tab gone from the tab list while its lists are still read', workbook: deleteLists(example, example.lists) },
  ],
  invalid: [
    { name: 'a deleted Start sheet', workbook: deleteStart(example), findings: [{ at: 'Start', message: 'The Start sheet is missing.' }] },
    { name: 'a deleted Lists sheet', workbook: deleteLists(example), findings: [{ at: 'Lists', message: 'The Lists sheet is missing.' }] },
    {
      name: 'a Lists sheet whose every list is empty',
      workbook: deleteLists(example, Object.fromEntries(Object.keys(example.lists).map((name) => [name, []]))),
      findings: [{ at: 'Lists', message: 'The Lists sheet is missing.' }],
    },
    {
      name: 'both deleted, one finding each',
      workbook: deleteLists(deleteStart(example)),
      findings: [{ at: 'Lists', message: 'The Lists sheet is missing.' }, { at: 'Start', message: 'The Start sheet is missing.' }],
    },
  ],
});
