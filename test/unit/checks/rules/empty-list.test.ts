/** empty-list: a dropdown list cleared on the Lists sheet is an error at the list's first cell. */
import type { WorkbookData } from '../../../../src/data/workbook-data';
import { runChecks } from '../../../../src/checks';
import { workbookSchema } from '../../../../src/schema/workbook';
import { readWorkbookData } from '../../../../src/xlsx/read';
import { writeWorkbook } from '../../../../src/xlsx/write';
import { editWorkbook } from '../../../support/xlsx-edit';
import { example, TODAY } from '../fixtures';
import { testRule } from '../rule-tester';

const withLists = (lists: WorkbookData['lists']): WorkbookData => ({ ...example, lists });
const cleared = (...names: string[]) => withLists({ ...example.lists, ...Object.fromEntries(names.map((n) => [n, []])) });
const ALL_CLEARED = 'The Lists sheet was cleared: every dropdown list is empty, so the dropdowns refuse every entry.';

testRule('empty-list', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'a list a consultant shortened to one value', workbook: withLists({ ...example.lists, lstCategory: ['Supply'] }) },
    { name: 'a list name the workbook does not have (its values fall back to the template’s)', workbook: withLists(Object.fromEntries(Object.entries(example.lists).filter(([n]) => n !== 'lstRating'))) },
  ],
  invalid: [
    {
      name: 'the risk status list cleared',
      workbook: cleared('lstRiskStatus'),
      findings: [{ at: 'Lists!E2', message: 'The Risk status list is empty, so its dropdowns refuse every entry.' }],
    },
    {
      name: 'two lists cleared, each at its own column',
      workbook: cleared('lstRating', 'lstCategory'),
      findings: [
        { at: 'Lists!A2', message: 'The Rating list is empty, so its dropdowns refuse every entry.' },
        { at: 'Lists!H2', message: 'The Risk category list is empty, so its dropdowns refuse every entry.' },
      ],
    },
    { name: 'the whole Lists sheet cleared, said once', workbook: cleared(...Object.keys(example.lists)), findings: [{ at: 'Lists!A2', message: ALL_CLEARED }] },
  ],
});

describe('empty-list in a file', () => {
  it('is found in a workbook whose Lists sheet a person cleared', async () => {
    const bytes = await writeWorkbook(workbookSchema, { workbookId: 'cleared' });
    const edited = await editWorkbook(bytes, (file) => {
      const rows = file.GetRows('Lists').result as string[][];
      rows.forEach((row, r) => row.forEach((_, c) => {
        if (r > 0) file.SetCellValue('Lists', `${String.fromCharCode(65 + c)}${r + 1}`, '');
      }));
    });
    const data = readWorkbookData(edited);

    expect(Object.values(data.lists).every((values) => values.length === 0)).toBe(true);
    expect(runChecks(data, { today: TODAY }).filter((f) => f.rule === 'empty-list').map((f) => `${f.sheet}!${f.cell} ${f.message}`))
      .toEqual([`Lists!A2 ${ALL_CLEARED}`]);
  });
});
