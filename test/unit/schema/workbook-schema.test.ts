import { parseCell } from '../../../src/schema/address';
import type { Column } from '../../../src/schema/columns';
import type { TableSchema } from '../../../src/schema/table';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { cells, conditionalFormats, definedNames, placedTables } from '../../../src/schema/workbook';

/** A formula the workbook carries, with where a person would find it. */
interface FormulaAt {
  where: string;
  formula: string;
}

const header = (table: TableSchema, key: string) => `${table.name}[${table.col(key).header}]`;

const tableFormulas: FormulaAt[] = placedTables.flatMap(({ table }) =>
  Object.entries(table.formulas).map(([key, formula]) => ({ where: header(table, key), formula })));
const cellFormulas: FormulaAt[] = cells.flatMap((c) => (c.formula ? [{ where: `${c.sheet}!${c.cell}`, formula: c.formula }] : []));
const formatFormulas: FormulaAt[] = conditionalFormats.flatMap((f) =>
  (f.kind === 'formula' ? [{ where: `highlight on ${header(f.target.table, f.target.key)}`, formula: f.formula }] : []));
const everyFormula = [...tableFormulas, ...cellFormulas, ...formatFormulas];

const CLASSIC_FUNCTIONS = [
  'IF', 'AND', 'OR', 'NOT', 'ISNUMBER', 'INT', 'INDEX', 'MATCH', 'CHOOSE', 'COUNT', 'COUNTA', 'VALUE', 'MID', 'SUMPRODUCT', 'SUMIFS', 'COUNTIFS',
  'AVERAGEIFS', 'IFERROR', 'MAX', 'MIN', 'TODAY', 'ROWS', 'LEFT', 'LEN',
];

/** Text in quotes is data, not formula: `"<>Closed"` names no function and no table. */
const withoutText = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

const functionsIn = (formula: string): string[] =>
  [...withoutText(formula).matchAll(/([A-Za-z_][\w.]*)\s*\(/g)].map((m) => m[1].toUpperCase());

/** A structured reference as Excel stores it in a file: `tbl[Header]` or `tbl[[#This Row],[Header]]`. */
const STRUCTURED_REFERENCE = /([A-Za-z_][\w.]*)\[(?:\[#This Row\],\[((?:'.|[^\]'])+)\]\]|((?:'.|[^\]['#])+)\])/y;
const unescapeHeader = (escaped: string) => escaped.replace(/'(.)/g, '$1');

/** Every `name[` in the formula, read as a structured reference; `header` is undefined when it is not one. */
function structuredReferences(formula: string): Array<{ table: string; header?: string; text: string }> {
  const text = withoutText(formula);
  return [...text.matchAll(/([A-Za-z_][\w.]*)\[/g)].map((start) => {
    STRUCTURED_REFERENCE.lastIndex = start.index ?? 0;
    const match = STRUCTURED_REFERENCE.exec(text);
    if (!match) return { table: start[1], text: text.slice(start.index, (start.index ?? 0) + 40) };
    return { table: match[1], header: unescapeHeader(match[2] ?? match[3]), text: match[0] };
  });
}

const tableNamed = (name: string) => placedTables.map((p) => p.table).find((t) => t.name === name);
const headersOf = (name: string) => tableNamed(name)?.columns.map((c) => c.header);
const nameFor = (name: string) => definedNames.find((n) => n.name === name);
const principleRefs = Array.from({ length: 12 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);

describe('formulas in the workbook', () => {
  it('finds formulas in tables, cells and highlights to check', () => {
    expect(tableFormulas.length).toBeGreaterThan(0);
    expect(cellFormulas.length).toBeGreaterThan(0);
    expect(formatFormulas.length).toBeGreaterThan(0);
  });

  it('use only classic functions that Excel 2016, the web, Mac and LibreOffice all compute', () => {
    const unsupported = everyFormula.flatMap(({ where, formula }) =>
      functionsIn(formula).filter((fn) => !CLASSIC_FUNCTIONS.includes(fn)).map((fn) => `${where} uses ${fn}`));

    expect(unsupported).toEqual([]);
  });

  it('use no XLOOKUP, LET, FILTER, OFFSET or INDIRECT', () => {
    const banned = ['XLOOKUP', 'LET', 'FILTER', 'OFFSET', 'INDIRECT'];
    const found = everyFormula.flatMap(({ where, formula }) =>
      functionsIn(formula).filter((fn) => banned.includes(fn)).map((fn) => `${where} uses ${fn}`));

    expect(found).toEqual([]);
  });

  it('use TODAY only in highlights, so no stored figure changes by itself from day to day', () => {
    const volatile = [...tableFormulas, ...cellFormulas].filter(({ formula }) => functionsIn(formula).includes('TODAY'));

    expect(volatile.map((f) => f.where)).toEqual([]);
    expect(formatFormulas.some(({ formula }) => functionsIn(formula).includes('TODAY'))).toBe(true);
  });

  it('write this-row references in file form, never the [@Header] shorthand', () => {
    const shorthand = everyFormula.filter(({ formula }) => withoutText(formula).includes('[@'));

    expect(shorthand.map((f) => f.where)).toEqual([]);
    expect(tableFormulas.some(({ formula }) => formula.includes('[[#This Row],['))).toBe(true);
  });

  it('use no #All or #Data specifiers, which LibreOffice cannot read', () => {
    const specifiers = everyFormula.filter(({ formula }) => /\[#(?!This Row\])/.test(withoutText(formula)));

    expect(specifiers.map((f) => `${f.where}: ${f.formula}`)).toEqual([]);
  });

  it('refer only to tables and headers that exist', () => {
    const references = everyFormula.flatMap(({ where, formula }) => structuredReferences(formula).map((r) => ({ where, ...r })));
    const broken = references.filter(({ table, header: name }) =>
      name === undefined || !headersOf(table)?.includes(name));

    expect(references.length).toBeGreaterThan(0);
    expect(broken.map((r) => `${r.where}: ${r.text}`)).toEqual([]);
  });
});

describe('dropdown lists', () => {
  const listColumns: Array<{ where: string; column: Column }> = [
    ...placedTables.flatMap(({ table }) => table.columns.map((column) => ({ where: `${table.name}[${column.header}]`, column }))),
    ...cells.flatMap((c) => (c.input ? [{ where: `${c.sheet}!${c.cell}`, column: c.input }] : [])),
  ].filter(({ column }) => column.list !== undefined);

  it('draw every list column from a defined name', () => {
    const undefinedLists = listColumns.filter(({ column }) => !nameFor(column.list as string)).map((c) => `${c.where}: ${c.column.list}`);

    expect(listColumns.length).toBeGreaterThan(0);
    expect(undefinedLists).toEqual([]);
  });
});

describe('tables the issue names', () => {
  const named: Record<string, string[]> = {
    tblPrinciples: ['Ref', 'Principle', 'Criterion', 'Guidance', 'Weight', 'Rating', 'Level', 'Evidence', 'Action', 'Owner', 'Due', 'Status'],
    tblPlan: ['Ref', 'Element', 'What to record', 'Principle', 'Content', 'Owner', 'Status', 'Agreed with partner', 'Last review', 'Next review'],
    tblCompetencies: ['Ref', 'Kind', 'Item', 'Description', 'Person or role', 'Level', 'Required', 'Gap', 'Development action', 'Due'],
    tblRisks: [
      'ID', 'Risk', 'Category', 'Principle', 'Partner', 'Owner', 'Likelihood', 'Impact', 'Score', 'Rating', 'Treatment',
      'Mitigation', 'Residual likelihood', 'Residual impact', 'Residual score', 'Status', 'Raised', 'Next review',
    ],
    tblScores: ['Ref', 'Principle', 'Weight', 'Target', 'Score', 'Percent', 'Gap', 'Rated', 'Criteria'],
    tblHistory: ['Date', 'Label', ...principleRefs, 'Overall', 'Plan completeness', 'Open high risks'],
    tblActions: ['Source', 'Ref', 'Action', 'Owner', 'Due', 'Status', 'Overdue'],
  };

  it.each(Object.entries(named))('%s has the named columns, with their exact headers, in order', (name, headers) => {
    const actual = headersOf(name);

    expect(actual).toBeDefined();
    expect(actual?.filter((h) => headers.includes(h))).toEqual(headers);
  });

  it('starts tblPrinciples with the 60 criteria', () => {
    expect(tableNamed('tblPrinciples')?.seedRows).toHaveLength(60);
  });

  it('starts tblPlan with the 14 plan elements', () => {
    expect(tableNamed('tblPlan')?.seedRows).toHaveLength(14);
  });

  it('gives tblScores one row per principle, P01 to P12', () => {
    expect(tableNamed('tblScores')?.seedRows?.map((row) => row.ref)).toEqual(principleRefs);
  });
});

describe('defined names', () => {
  it.each(['OverallMaturity', 'PlanCompleteness'])('names the %s figure on the Dashboard', (name) => {
    expect(nameFor(name)?.refersTo).toMatch(/^'Dashboard'!\$[A-Z]+\$\d+$/);
  });

  it('names the risk heat map, five likelihoods by five impacts', () => {
    const match = /^'[^']+'!(\$[A-Z]+\$\d+):(\$[A-Z]+\$\d+)$/.exec(nameFor('RiskHeatMap')?.refersTo ?? '');
    expect(match).not.toBeNull();
    const [from, to] = [parseCell((match as RegExpExecArray)[1]), parseCell((match as RegExpExecArray)[2])];

    expect(to.column - from.column + 1).toBe(5);
    expect(to.row - from.row + 1).toBe(5);
  });

  it('records the template version as a name a formula can read', () => {
    expect(nameFor('TemplateVersion')?.refersTo).toBe(`"${TEMPLATE_VERSION}"`);
  });

  it.each([
    'Organisation', 'Partners', 'Relationship', 'CollaborationModel', 'LifecycleStage', 'Assessor', 'AssessmentDate', 'Scope',
  ])('names the %s cell on the Start sheet', (name) => {
    expect(nameFor(name)?.refersTo).toMatch(/^'Start'!\$[A-Z]+\$\d+$/);
  });

  it('puts the organisation in Start!B5 and the partners in Start!B6', () => {
    expect(nameFor('Organisation')?.refersTo).toBe("'Start'!$B$5");
    expect(nameFor('Partners')?.refersTo).toBe("'Start'!$B$6");
  });
});
