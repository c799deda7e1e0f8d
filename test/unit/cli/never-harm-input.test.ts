/**
 * No command writes onto the workbook it reads, whatever the options: each case runs the command a
 * person might mistype and asserts the input's bytes are exactly what they were.
 */
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { exampleEntries } from '../../../src/schema/example';
import { workbookSchema } from '../../../src/schema/workbook';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';

const partnering = partneringOn('2026-04-01');

let client: Uint8Array;
let older: Uint8Array;
let folder: string;
let workbook: string;

beforeAll(async () => {
  client = await writeWorkbook(workbookSchema, { workbookId: 'client', ...exampleEntries('2026-03-31') });
  older = await writeWorkbook({ ...workbookSchema, version: '0.9.0' }, { workbookId: 'older', ...exampleEntries('2026-03-31') });
});

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-harm-'));
  workbook = path.join(folder, 'client.xlsx');
  writeFileSync(workbook, client);
});

afterEach(() => {
  chmodSync(folder, 0o755);
  rmSync(folder, { recursive: true, force: true });
});

const unchanged = (file: string, bytes: Uint8Array) => expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
const onlyFiles = (...names: string[]) => expect(readdirSync(folder).sort()).toEqual([...names].sort());

describe('an output that is one of the inputs is refused, --force or not', () => {
  const cases: Array<[string, () => string[]]> = [
    ['new X --from X --force', () => ['new', workbook, '--from', workbook, '--force']],
    ['new X --from X', () => ['new', workbook, '--from', workbook]],
    ['new with the same file spelt another way', () => ['new', path.join(folder, '.', '..', path.basename(folder), 'client.xlsx'), '--from', workbook, '--force']],
    ['summary X --out X --force', () => ['summary', workbook, '--out', workbook, '--force']],
    ['summary A X --out X --force (the second input)', () => ['summary', path.join(folder, 'missing.xlsx'), workbook, '--out', workbook, '--force']],
    ['upgrade X --out X --force', () => ['upgrade', workbook, '--out', workbook, '--force']],
  ];

  it.each(cases)('%s', async (_, argv) => {
    const { code, problems } = await partnering(...argv());

    expect(code).toBe(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^partnering: .*(one of the workbooks this command reads|is the workbook being upgraded)/);
    unchanged(workbook, client);
    onlyFiles('client.xlsx');
  });

  it('catches a symbolic link and a hard link to the input', async () => {
    symlinkSync(workbook, path.join(folder, 'shortcut.xlsx'));
    linkSync(workbook, path.join(folder, 'linked.xlsx'));

    const viaLink = await partnering('summary', workbook, '--out', path.join(folder, 'shortcut.xlsx'), '--force');
    const viaHardLink = await partnering('new', path.join(folder, 'linked.xlsx'), '--from', workbook, '--force');

    expect([viaLink.code, viaHardLink.code]).toEqual([2, 2]);
    unchanged(workbook, client);
  });
});

describe('upgrade --in-place', () => {
  it('refuses a read-only workbook and leaves it as it was', async () => {
    writeFileSync(workbook, older);
    chmodSync(workbook, 0o444);

    const { code, problems } = await partnering('upgrade', workbook, '--in-place');

    expect(code).toBe(2);
    expect(problems).toEqual([expect.stringMatching(/^partnering: upgrade: .*client\.xlsx is read-only, so it was left as it is/)]);
    unchanged(workbook, older);
    expect(statSync(workbook).mode & 0o777).toBe(0o444);
  });

  it('keeps the file’s permissions when it replaces it', async () => {
    writeFileSync(workbook, older);
    chmodSync(workbook, 0o640);

    const { code } = await partnering('upgrade', workbook, '--in-place');

    expect(code).toBe(0);
    expect(readWorkbookData(readFileSync(workbook)).templateVersion).toBe(workbookSchema.version);
    expect(statSync(workbook).mode & 0o777).toBe(0o640);
    onlyFiles('client.xlsx');
  });
});

describe('where the output goes', () => {
  it('writes a file whose name is 250 characters long, leaving no temporary file', async () => {
    const name = `${'a'.repeat(245)}.xlsx`;

    const { code, problems } = await partnering('new', path.join(folder, name));

    expect(problems).toEqual([]);
    expect(code).toBe(0);
    onlyFiles('client.xlsx', name);
  });

  it.each([
    ['summary', (out: string) => ['summary', workbook, '--out', out]],
    ['upgrade', (out: string) => ['upgrade', workbook, '--out', out]],
  ])('%s into a folder that does not exist says so in one line', async (command, argv) => {
    const { code, problems } = await partnering(...argv(path.join(folder, 'gone', 'out.xlsx')));

    expect(code).toBe(2);
    expect(problems).toEqual([`partnering: ${command}: the folder ${path.join(folder, 'gone')} does not exist.`]);
    unchanged(workbook, client);
  });

  it('says a folder it may not write in is not writable, instead of EACCES', async () => {
    const locked = path.join(folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);

    const { code, problems } = await asAnOrdinaryAccount(() => partnering('new', path.join(locked, 'out.xlsx')));

    expect(code).toBe(2);
    expect(problems).toEqual([expect.stringMatching(/^partnering: cannot write .*out\.xlsx: this account may not write in /)]);
  });

  it('upgrade refuses an output it does not write (upgrade --out x.csv)', async () => {
    writeFileSync(workbook, older);

    const { code, problems } = await partnering('upgrade', workbook, '--out', path.join(folder, 'x.csv'));

    expect(code).toBe(2);
    expect(problems).toEqual([expect.stringContaining('upgrade: --out must end in .xlsx, found')]);
    onlyFiles('client.xlsx');
  });

  it('summary writes nothing when none of its inputs could be read', async () => {
    writeFileSync(path.join(folder, 'notes.xlsx'), 'not a workbook');

    const { code, problems } = await partnering('summary', path.join(folder, 'notes.xlsx'), path.join(folder, 'missing.xlsx'), '--out', path.join(folder, 'portfolio.csv'));

    expect(code).toBe(2);
    expect(problems.at(-1)).toBe('partnering: summary: none of the workbooks could be read, so no summary was written.');
    onlyFiles('client.xlsx', 'notes.xlsx');
  });
});

/**
 * The superuser may write in any folder, and CI runs as root: there the command runs with the
 * effective ids of the unprivileged account `nobody`, so the refusal comes from the system itself.
 */
async function asAnOrdinaryAccount<T>(work: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0 || !process.seteuid || !process.setegid) return work();
  const NOBODY = 65534;
  chmodSync(folder, 0o755);
  // Load the command's modules first, while this process may still read and cache everything.
  await partnering('new', path.join(folder, 'warm-up.xlsx'));
  process.setegid(NOBODY);
  process.seteuid(NOBODY);
  try {
    return await work();
  } finally {
    process.seteuid(0);
    process.setegid(0);
  }
}
