/**
 * A command loads its modules only when it runs: `--help`, `check` and a CSV summary start without
 * excelize-wasm, which only the commands that write a workbook need.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { workbookSchema } from '../../../src/schema/workbook';
import { writeWorkbook } from '../../../src/xlsx/write';

let folder: string;
let workbook: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-loading-'));
  workbook = path.join(folder, 'client.xlsx');
  writeFileSync(workbook, await writeWorkbook(workbookSchema, { workbookId: 'loading' }));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `partnering ...argv` in a fresh module registry; says whether excelize-wasm was loaded and the exit code. */
async function run(...argv: string[]): Promise<{ code: number; loadedExcelize: boolean }> {
  let loadedExcelize = false;
  let code = -1;
  await jest.isolateModulesAsync(async () => {
    jest.doMock('excelize-wasm', () => {
      loadedExcelize = true;
      return jest.requireActual('excelize-wasm');
    });
    const { main } = await import('../../../src/cli/main');
    code = await main(argv, { out: () => undefined, err: () => undefined, today: () => '2026-04-01' });
  });
  return { code, loadedExcelize };
}

describe('what each partnering command loads', () => {
  it('prints the help without loading excelize-wasm', async () => {
    expect(await run('--help')).toEqual({ code: 0, loadedExcelize: false });
  });

  it('checks a workbook without loading excelize-wasm', async () => {
    expect(await run('check', workbook, '--quiet')).toEqual({ code: 0, loadedExcelize: false });
  });

  it('writes a CSV summary without loading excelize-wasm', async () => {
    expect(await run('summary', workbook, '--out', path.join(folder, 'portfolio.csv'))).toEqual({ code: 0, loadedExcelize: false });
  });

  it('loads excelize-wasm for the commands that write a workbook', async () => {
    expect(await run('new', path.join(folder, 'new.xlsx'))).toEqual({ code: 0, loadedExcelize: true });
    expect(await run('summary', workbook, '--out', path.join(folder, 'portfolio.xlsx'))).toEqual({ code: 0, loadedExcelize: true });
  });
});
