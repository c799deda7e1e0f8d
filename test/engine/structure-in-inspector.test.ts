/**
 * An independent reader (openpyxl, through test/support/inspect-workbook.py) finds in the written
 * file every sheet, table, validation, highlight, name and chart the schema declares, and reads
 * every part of it without a warning.
 */
import { execFile } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { columnLetter, parseCell } from '../../src/schema/address';
import { validationFor } from '../../src/schema/validation';
import { cells, placed, workbookSchema } from '../../src/schema/workbook';
import { writeWorkbook } from '../../src/xlsx/write';
import { projectRoot } from '../support/project-root';
import { requireProgram } from '../support/require-tool';

const run = promisify(execFile);
const inspector = path.join(projectRoot(), 'test', 'support', 'inspect-workbook.py');

interface Inspected {
  sheets: Array<{ name: string; state: string; frozen: string | null }>;
  tables: Array<{ sheet: string; name: string; ref: string; columns: string[]; calculated: Record<string, string> }>;
  definedNames: Array<{ name: string; value: string }>;
  validations: Array<{ sheet: string; range: string; type: string; operator: string | null; formula1: string | null; formula2: string | null }>;
  conditionalFormats: Array<{ sheet: string; range: string; rules: Array<{ type: string; formulas: string[] }> }>;
  charts: Array<{ sheet: string; plots: Array<{ type: string; barDirection: string | null; series: Array<{ name: string | null; values: string | null; categories: string | null }> }> }>;
  warnings: string[];
}

async function inspect(bytes: Uint8Array): Promise<Inspected> {
  const python = requireProgram('/usr/bin/python3', 'python3');
  await run(python, ['-c', 'import openpyxl']).catch(() => {
    throw new Error('openpyxl is missing. Install the Debian package: apt-get install -y python3-openpyxl');
  });
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
  try {
    const file = path.join(folder, 'book.xlsx');
    writeFileSync(file, bytes);
    const { stdout } = await run(python, [inspector, file], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as Inspected;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The data cells of one table column as the file has the table now, e.g. `F5:F64` (or `A5` for one row). */
function dataCells(found: Inspected['tables'][number], key: string): string {
  const { table, firstColumn } = placed(workbookSchema.tables.find((p) => p.table.name === found.name)!.table);
  const letter = columnLetter(firstColumn + table.columns.findIndex((c) => c.key === key));
  const [top, bottom] = found.ref.split(':').map((cell) => parseCell(cell).row);
  return top + 1 === bottom ? `${letter}${bottom}` : `${letter}${top + 1}:${letter}${bottom}`;
}

/** `"E5:E64 G5:G64"` covers `G5:G64`. */
const covers = (sqref: string, range: string) => sqref.split(' ').includes(range);

describe('the written workbook as openpyxl reads it', () => {
  let inspected: Inspected;
  const tableIn = (name: string) => {
    const found = inspected.tables.find((t) => t.name === name);
    if (!found) throw new Error(`openpyxl finds no table ${name}.`);
    return found;
  };
  beforeAll(async () => {
    inspected = await inspect(await writeWorkbook(workbookSchema, { workbookId: 'inspect' }));
  });

  it('reads every part without a warning', () => {
    expect(inspected.warnings).toEqual([]);
  });

  it('has the declared sheets in order, the hidden ones hidden and the table headers frozen', () => {
    expect(inspected.sheets.map((s) => [s.name, s.state])).toEqual(workbookSchema.sheets.map((s) => [s.name, s.hidden ? 'hidden' : 'visible']));
    for (const sheet of workbookSchema.sheets.filter((s) => s.freezeRows)) {
      expect([sheet.name, inspected.sheets.find((s) => s.name === sheet.name)?.frozen]).toEqual([sheet.name, `A${sheet.freezeRows! + 1}`]);
    }
  });

  it('has every declared table on its sheet, its columns in order and its calculated columns', () => {
    for (const { table } of workbookSchema.tables) {
      const found = tableIn(table.name);
      expect([table.name, found.sheet, found.columns]).toEqual([table.name, table.sheet, table.columns.map((c) => c.header)]);
      expect([table.name, Object.keys(found.calculated).sort()]).toEqual([table.name, table.columns.filter((c) => c.formula).map((c) => c.header).sort()]);
    }
  });

  it('has every declared defined name, referring where the schema says', () => {
    const names = Object.fromEntries(inspected.definedNames.map((d) => [d.name, d.value]));
    for (const name of workbookSchema.definedNames) expect([name.name, names[name.name]]).toEqual([name.name, name.refersTo]);
  });

  it('validates every typed table column and every input cell with the declared rule', () => {
    const expected = [
      ...workbookSchema.tables.flatMap(({ table }) => table.columns.flatMap((column) => {
        const rule = validationFor(column);
        return rule ? [{ sheet: table.sheet, range: dataCells(tableIn(table.name), column.key), rule }] : [];
      })),
      ...cells.flatMap((cell) => {
        const rule = cell.input && validationFor(cell.input);
        return rule ? [{ sheet: cell.sheet, range: cell.cell, rule }] : [];
      }),
    ];
    expect(expected.length).toBeGreaterThan(20);
    for (const { sheet, range, rule } of expected) {
      const found = inspected.validations.find((v) => v.sheet === sheet && covers(v.range, range));
      expect({ at: `${sheet}!${range}`, type: found?.type, formula1: found?.formula1, formula2: found?.formula2 ?? undefined })
        .toEqual({ at: `${sheet}!${range}`, type: rule.type, formula1: rule.type === 'list' ? rule.source : rule.formula1, formula2: rule.formula2 });
    }
  });

  it('has every declared highlight on its column', () => {
    for (const format of workbookSchema.conditionalFormats) {
      const { table, key } = format.target;
      const range = dataCells(tableIn(table.name), key);
      const rules = inspected.conditionalFormats.filter((f) => f.sheet === table.sheet && covers(f.range, range)).flatMap((f) => f.rules);
      const where = `${table.name}.${key} ${format.kind}`;
      if (format.kind === 'colourScale') expect([where, rules.some((r) => r.type === 'colorScale')]).toEqual([where, true]);
      if (format.kind === 'textEquals') expect([where, rules.some((r) => r.formulas.includes(`"${format.text}"`))]).toEqual([where, true]);
      if (format.kind === 'formula') expect([where, rules.some((r) => r.type === 'expression' && r.formulas.includes(format.formula))]).toEqual([where, true]);
    }
  });

  it('has every declared chart on its sheet, of its kind, with its series', () => {
    const kinds = { radar: ['radarChart', null], bar: ['barChart', 'bar'], column: ['barChart', 'col'], line: ['lineChart', null] } as const;
    const sorted = (series: Array<{ name: string | null; values: string | null; categories: string | null }>) =>
      [...series].sort((a, b) => String(a.values).localeCompare(String(b.values)));
    for (const chart of workbookSchema.charts) {
      const [type, barDirection] = kinds[chart.kind];
      const found = inspected.charts.filter((c) => c.sheet === chart.sheet).flatMap((c) => c.plots)
        .find((p) => p.type === type && p.barDirection === barDirection && p.series.some((s) => s.values === chart.series[0].values));
      expect({ title: chart.title, series: sorted(found?.series ?? []) })
        .toEqual({ title: chart.title, series: sorted(chart.series.map((s) => ({ name: s.name, values: s.values, categories: chart.categories }))) });
    }
    expect(inspected.charts).toHaveLength(workbookSchema.charts.length);
  });

  it('exits 3 naming a file it cannot read', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'inspect-damaged-'));
    try {
      const file = path.join(folder, 'damaged.xlsx');
      writeFileSync(file, 'not a workbook');
      const failure = await run('/usr/bin/python3', [inspector, file]).then(() => null, (error: { code: number; stderr: string }) => error);
      expect({ code: failure?.code, said: failure?.stderr.includes(`${file} could not be read`) }).toEqual({ code: 3, said: true });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

