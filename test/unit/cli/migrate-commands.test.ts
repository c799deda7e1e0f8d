import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runChecks } from '../../../src/checks';
import { content } from '../../../src/domain/strings/en';
import { exampleEntries } from '../../../src/schema/example';
import { risksTable } from '../../../src/schema/risks';
import { table, type KeyOf } from '../../../src/schema/table';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { withLists, workbookSchema, type WorkbookSchema } from '../../../src/schema/workbook';
import { upgradeWorkbook } from '../../../src/migrate';
import { readWorkbookData } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { partneringOn } from '../../support/cli';

let folder: string;
beforeAll(() => { folder = mkdtempSync(path.join(os.tmpdir(), 'partnering-migrate-')); });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const partnering = partneringOn('2026-04-01');

describe('partnering new --from', () => {
  it('keeps a consultant’s criteria, weights, targets and lists, and clears the client’s entries', async () => {
    const example = exampleEntries('2026-03-31');
    const categories = [...content.riskCategories.map((c) => c.name), 'Supplier insolvency'];
    const template = path.join(folder, 'consultant.xlsx');
    const principles = (example.rows.tblPrinciples as Array<Record<string, unknown>>).map((row, i) => ({ ...row, weight: i === 0 ? 2 : 1 }));
    writeFileSync(template, await writeWorkbook(withLists(workbookSchema, { lstCategory: categories }), {
      workbookId: 'consultant', start: example.start,
      rows: { ...example.rows, tblPrinciples: [...principles, ...Array(59).fill({}), { ref: 'P03.6', principle: content.principles[2].name, criterion: 'A criterion the consultant added', weight: 1, rating: 2 }], tblScores: [{ target: 4 }] },
    }));
    const out = path.join(folder, 'new-client.xlsx');
    const { code, printed } = await partnering('new', out, '--from', template, '--organisation', 'New Client Ltd');
    expect(code).toBe(0);
    expect(printed[0]).toMatch(/new-client copy/);

    const before = readWorkbookData(readFileSync(template));
    const after = readWorkbookData(readFileSync(out));
    const cells = (data: typeof after, tableName: string, header: string) => data.tables[tableName].rows.map((r) => r.cells[header]?.value ?? null);
    for (const header of ['Ref', 'Criterion', 'Guidance', 'Weight']) expect(cells(after, 'tblPrinciples', header)).toEqual(cells(before, 'tblPrinciples', header));
    expect(cells(after, 'tblPrinciples', 'Criterion')).toContain('A criterion the consultant added');
    expect(cells(after, 'tblPrinciples', 'Rating').every((v) => v === null)).toBe(true);
    expect(cells(after, 'tblPrinciples', 'Evidence').every((v) => v === null)).toBe(true);
    expect(cells(after, 'tblScores', 'Target')[0]).toBe(4);
    expect(cells(after, 'tblPlan', 'Content').every((v) => v === null)).toBe(true);
    expect(new Set(cells(after, 'tblPlan', 'Status'))).toEqual(new Set(['Not started']));
    expect(cells(after, 'tblRisks', 'Risk').every((v) => v === null)).toBe(true);
    expect(after.lists.lstCategory).toEqual(categories);
    expect(after.names.Organisation.value).toBe('New Client Ltd');
    expect(after.names.Partners.value).toBeNull();
    expect(after.workbookId).not.toBe(before.workbookId);
    expect(runChecks(after, { today: '2026-04-01' }).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('partnering upgrade', () => {
  /** An older layout: risk columns in another order, the Partner column not yet there, version 0.9.0. */
  function olderSchema(): WorkbookSchema {
    const keys: Array<KeyOf<typeof risksTable>> = ['risk', 'id', 'impact', 'likelihood'];
    const older = table({
      ...risksTable,
      columns: [...keys.map((k) => risksTable.col(k)), ...risksTable.columns.filter((c) => !keys.includes(c.key) && c.key !== 'partner')],
    });
    return { ...workbookSchema, version: '0.9.0', tables: workbookSchema.tables.map((p) => (p.table === risksTable ? { ...p, table: older } : p)) };
  }

  it('moves every entry to today’s layout, keeps a column of the person’s own, and records the new version', async () => {
    const old = path.join(folder, 'old.xlsx');
    const risks = [{ id: 'R-001', risk: 'Supplier strike', likelihood: 4, impact: 3, owner: 'Sam', status: 'Open' }];
    writeFileSync(old, await writeWorkbook(olderSchema(), {
      workbookId: 'old-one', start: { organisation: 'Acme' },
      tables: { tblRisks: { rows: risks, extraColumns: [{ header: 'Contract ref', values: ['C-17'] }] } },
    }));
    expect(readWorkbookData(readFileSync(old)).templateVersion).toBe('0.9.0');
    const out = path.join(folder, 'upgraded.xlsx');
    const { code, printed } = await partnering('upgrade', old, '--out', out);
    expect(code).toBe(0);
    expect(printed[0]).toMatch(/from template version 0\.9\.0 to/);

    const data = readWorkbookData(readFileSync(out));
    expect(data.templateVersion).toBe(TEMPLATE_VERSION);
    expect(data.workbookId).toBe('old-one');
    expect(data.names.Organisation.value).toBe('Acme');
    const risk = data.tables.tblRisks.rows[0].cells;
    expect([risk.ID.value, risk.Risk.value, risk.Likelihood.value, risk.Impact.value, risk.Owner.value]).toEqual(['R-001', 'Supplier strike', 4, 3, 'Sam']);
    expect(data.tables.tblRisks.columns.map((c) => c.header).slice(0, 3)).toEqual(['ID', 'Risk', 'Category']);
    expect(risk['Contract ref'].value).toBe('C-17');
    expect(readWorkbookData(readFileSync(old)).templateVersion).toBe('0.9.0');
  });

  it('maps a column the older layout named differently (through the file: read, upgrade, write)', async () => {
    const older = olderSchema();
    const renamedRisks = table<string>({ ...risksTable, columns: older.tables.find((p) => p.table.name === 'tblRisks')?.table.columns
      .map((c) => (c.key === 'likelihood' ? { ...c, header: 'Probability' } : c)) ?? [] });
    const schema = { ...older, tables: older.tables.map((p) => (p.table.name === 'tblRisks' ? { ...p, table: renamedRisks } : p)) };
    const bytes = await writeWorkbook(schema, { workbookId: 'renamed', tables: { tblRisks: { rows: [{ risk: 'Supplier strike', likelihood: 4, impact: 3 }], extraColumns: [] } } });
    const before = readWorkbookData(bytes);
    expect(before.tables.tblRisks.columns.map((c) => c.header)).toContain('Probability');
    const layouts = [{ version: '0.9.0', renamed: { tblRisks: { Probability: 'likelihood' } } }];
    const upgraded = upgradeWorkbook(before, workbookSchema, layouts);
    const after = readWorkbookData(await writeWorkbook(withLists(workbookSchema, upgraded.lists), { workbookId: 'renamed', start: upgraded.start, tables: upgraded.tables }));
    const headers = after.tables.tblRisks.columns.map((c) => c.header);
    expect(headers).toEqual(risksTable.columns.map((c) => c.header));
    const risk = after.tables.tblRisks.rows[0].cells;
    expect([risk.Risk.value, risk.Likelihood.value, risk.Impact.value]).toEqual(['Supplier strike', 4, 3]);
    expect(risk.Score.formula).toBe(risksTable.formulas.score);
    expect(after.templateVersion).toBe(TEMPLATE_VERSION);
  });

  it('leaves a current workbook alone and refuses one from a newer template', async () => {
    const current = path.join(folder, 'current.xlsx');
    writeFileSync(current, await writeWorkbook(workbookSchema, { workbookId: 'now' }));
    const same = await partnering('upgrade', current, '--in-place');
    expect(same.code).toBe(0);
    expect(same.printed[0]).toMatch(/nothing to upgrade/);
    const newer = path.join(folder, 'newer.xlsx');
    writeFileSync(newer, await writeWorkbook({ ...workbookSchema, version: '9.0.0' }, { workbookId: 'future' }));
    const refused = await partnering('upgrade', newer, '--out', path.join(folder, 'x.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.problems[0]).toMatch(/newer than this tool/);
  });

  it('never writes over the original without --in-place', async () => {
    const { code, problems } = await partnering('upgrade', path.join(folder, 'old.xlsx'));
    expect(code).toBe(2);
    expect(problems[0]).toMatch(/--out NEW\.xlsx, or --in-place/);
  });
});
