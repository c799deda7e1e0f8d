/** The portfolio .xlsx opens in LibreOffice with no error cells and holds the numbers src/scoring gives. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { exampleEntries } from '../../src/schema/example';
import { portfolioTable } from '../../src/schema/portfolio';
import { workbookSchema } from '../../src/schema/workbook';
import { workbookScores } from '../../src/scoring';
import { readWorkbookData } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { cellNumber, cellText, recalculate } from './support/recalc';

describe('the portfolio workbook in LibreOffice', () => {
  let folder: string;
  beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-portfolio-')); });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('recalculates without error cells and shows each client’s overall maturity', async () => {
    const files: string[] = [];
    for (const [name, organisation] of [['a.xlsx', 'Alpha Bakery'], ['b.xlsx', '=1+1'], ['c.xlsx', 'Gamma Print']]) {
      const example = exampleEntries('2026-03-31');
      const file = path.join(folder, name);
      const rows = name === 'c.xlsx' ? {} : example.rows;
      writeFileSync(file, await writeWorkbook(workbookSchema, { workbookId: name, start: { ...example.start, organisation }, rows }));
      files.push(file);
    }
    const out = path.join(folder, 'portfolio.xlsx');
    const code = await main(['summary', ...files, '--out', out], { out: () => undefined, err: () => undefined, today: () => '2026-04-01' });
    expect(code).toBe(0);

    const result = await recalculate(readFileSync(out), 'portfolio.xlsx');
    const column = (key: string) => 1 + portfolioTable.columns.findIndex((c) => c.key === key);
    files.forEach((file, i) => {
      const row = 4 + i;
      const expected = workbookScores(readWorkbookData(readFileSync(file)));
      expect(cellText(result, 'Portfolio', row, column('file'))).toBe(path.basename(file));
      const overall = cellNumber(result, 'Portfolio', row, column('overall'));
      if (expected.overall === null) expect(overall).toBeNull();
      else expect(overall).toBeCloseTo(expected.overall, 10);
    });
    expect(cellText(result, 'Portfolio', 5, column('organisation'))).toBe('=1+1');
  });
});
