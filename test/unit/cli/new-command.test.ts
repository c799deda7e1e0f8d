import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { exampleText } from '../../../src/domain/strings/en/example';
import { columnLetter } from '../../../src/schema/address';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import type { TableSchema } from '../../../src/schema/table';
import { columnOf, initialRowCount, placed } from '../../../src/schema/workbook';
import { loadExcelize, type Excelize, type ExcelizeFile } from '../../../src/xlsx/excelize';
import { partneringOn } from '../../support/cli';

const SHEETS = ['Start', 'Guide', 'Principles', 'Ratings', 'Plan', 'Competencies', 'Risks', 'Dashboard', 'Score history', 'Actions', 'Lists'];
const NOT_A_WORKBOOK = 'Notes I keep in a file that happens to be called out.xlsx';

let excelize: Excelize;
let folder: string;
let target: string;

beforeAll(async () => {
  excelize = await loadExcelize();
});

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-new-'));
  target = path.join(folder, 'out.xlsx');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const partnering = partneringOn('2026-03-31');

const open = (file: string): ExcelizeFile => excelize.OpenReader(readFileSync(file));
const filesIn = (dir: string) => readdirSync(dir).sort();

describe('partnering new', () => {
  it('writes a workbook with every sheet, the Lists sheet hidden', async () => {
    const { code, printed } = await partnering('new', target);
    const workbook = open(target);

    expect(code).toBe(0);
    expect(printed).toEqual([expect.stringMatching(/^Wrote .*out\.xlsx/)]);
    expect(workbook.GetSheetList().list).toEqual(SHEETS);
    expect(workbook.GetSheetVisible('Lists').visible).toBe(false);
    expect(workbook.GetSheetVisible('Start').visible).toBe(true);
  });

  it('leaves only the workbook in the folder, no temporary file', async () => {
    await partnering('new', target);

    expect(filesIn(folder)).toEqual(['out.xlsx']);
  });

  it('refuses to replace an existing file, leaving it as it was', async () => {
    writeFileSync(target, NOT_A_WORKBOOK);

    const { code, problems } = await partnering('new', target);

    expect(code).toBe(2);
    expect(problems).toEqual([expect.stringContaining('already exists. Use --force to replace it')]);
    expect(readFileSync(target, 'utf8')).toBe(NOT_A_WORKBOOK);
    expect(filesIn(folder)).toEqual(['out.xlsx']);
  });

  it('replaces an existing file with --force', async () => {
    writeFileSync(target, NOT_A_WORKBOOK);

    const { code } = await partnering('new', target, '--force');

    expect(code).toBe(0);
    expect(open(target).GetSheetList().list).toEqual(SHEETS);
    expect(filesIn(folder)).toEqual(['out.xlsx']);
  });

  describe('says in one line what is wrong, and writes nothing, when given', () => {
    const cases: Array<[string, () => string[], string]> = [
      ['no file', () => ['new'], 'give the file to write'],
      ['two files', () => ['new', target, path.join(folder, 'second.xlsx')], 'give exactly one file'],
      ['a name not ending in .xlsx', () => ['new', path.join(folder, 'out.csv')], 'must end in .xlsx, found'],
      ['a folder that does not exist', () => ['new', path.join(folder, 'missing', 'out.xlsx')], `${path.sep}missing does not exist`],
      ['an unknown option', () => ['new', target, '--colour'], 'unknown option "--colour"'],
      ['--organisation without a value', () => ['new', target, '--organisation'], '--organisation needs a value'],
      ['an unknown command', () => ['create', target], 'unknown command "create"'],
    ];

    it.each(cases)('%s', async (_, argv, reason) => {
      const { code, problems } = await partnering(...argv());

      expect(code).toBe(2);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^partnering: [^\n]+$/);
      expect(problems[0]).toContain(reason);
      expect(filesIn(folder)).toEqual([]);
    });
  });

  describe('writes what a person typed as text, never as a formula', () => {
    const cases: Array<[string, string, string]> = [
      ['--organisation', '=HYPERLINK("http://x","click")', 'B5'],
      ['--partner', '+44 20 7946 0000', 'B6'],
      ['--organisation', '@SUM(A1)', 'B5'],
      ['--partner', '-2+3', 'B6'],
    ];

    it.each(cases)('%s %s into Start!%s', async (option, typed, cell) => {
      expect((await partnering('new', target, option, typed)).code).toBe(0);
      const workbook = open(target);

      expect(workbook.GetCellFormula('Start', cell).formula).toBe('');
      expect(workbook.GetCellValue('Start', cell).value).toBe(typed);
      // Text is stored as an inline string: a string cell, never a formula or a number.
      expect(workbook.GetCellType('Start', cell).cellType).toBe(excelize.CellTypeInlineString);
    });
  });

  describe('with --example', () => {
    let workbook: ExcelizeFile;
    let printed: string[];

    beforeEach(async () => {
      ({ printed } = await partnering('new', target, '--example'));
      workbook = open(target);
    });

    /** The data cells of one column, top to bottom, as the person sees them. */
    function column(table: TableSchema, key: string): Array<{ value: string; cellType: number }> {
      const p = placed(table);
      const letter = columnLetter(columnOf(p, key));
      return Array.from({ length: initialRowCount(table) }, (_, i) => {
        const cell = `${letter}${p.headerRow + 1 + i}`;
        return { value: workbook.GetCellValue(table.sheet, cell).value, cellType: workbook.GetCellType(table.sheet, cell).cellType };
      });
    }

    it('says the workbook holds the fictional example', () => {
      expect(printed).toEqual([expect.stringMatching(/^Wrote .*out\.xlsx.*fictional example/)]);
    });

    it('rates some criteria with numbers and marks one N/A', () => {
      const ratings = column(principlesTable, 'rating');
      const texts = [excelize.CellTypeSharedString, excelize.CellTypeInlineString];
      const numbers = ratings.filter((r) => /^[0-4]$/.test(r.value) && !texts.includes(r.cellType));

      expect(numbers.length).toBeGreaterThan(1);
      expect(ratings.filter((r) => r.value === 'N/A')).toHaveLength(1);
      expect(ratings.some((r) => r.value === '')).toBe(true);
    });

    it('numbers the risks R-001, R-002 and so on', () => {
      const ids = column(risksTable, 'id').map((c) => c.value).filter((id) => id !== '');

      expect(ids.length).toBeGreaterThan(1);
      expect(ids).toEqual(ids.map((_, i) => `R-${String(i + 1).padStart(3, '0')}`));
    });

    it('fills in the organisation on the Start sheet', () => {
      expect(workbook.GetCellValue('Start', 'B5').value).toBe(exampleText.start.organisation);
    });
  });

  describe('--help', () => {
    it.each([[['--help']], [['new', '--help']]])('partnering %p prints the usage and exits 0', async (argv) => {
      const { code, printed } = await partnering(...argv);

      expect(code).toBe(0);
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(/^Usage: partnering <command>/);
      expect(printed[0]).toContain('new OUT.xlsx');
    });
  });
});
