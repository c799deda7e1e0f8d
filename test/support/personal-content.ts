/**
 * A person's own content added to a Partnering workbook the way another program would (through
 * excelize, not through our editor), and looked for again in a workbook a command wrote: their
 * own sheets and cells, cells beside and below our tables, comments, names, a renamed sheet, the
 * 1904 date system, hidden sheets, protection and column widths, plus entries in our tables.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tokenise, type A1Reference } from '../../src/data/formula-tokens';
import { cellAddress, columnLetter } from '../../src/schema/address';
import { splitCell } from '../../src/xlsx/package/sheet-cells';
import { workbookSchema } from '../../src/schema/workbook';
import { loadExcelize, must, type ExcelizeFile } from '../../src/xlsx/excelize';
import { addExcelAppProperties, appSheetList, excelNamesIn, sheetNames, workbookXml } from './app-properties';

export interface OwnCell {
  address: string;
  value: string | number;
}

export interface PersonalContent {
  ownSheet?: { name: string; cells: OwnCell[]; hidden: boolean; width?: number };
  /** Cells right of a table, on its rows, and on the row just below it. */
  beside: Array<{ table: string; row: number; offset: number; value: string }>;
  below: Array<{ table: string; column: number; value: string }>;
  comments: Array<{ cell: string; text: string }>;
  names: Array<{ name: string; cell: string }>;
  renamed?: { from: string; to: string };
  date1904: boolean;
  hideOurs?: string;
  protectStart: boolean;
  protectWorkbook: boolean;
  risks: Array<{ risk: string; likelihood: number; owner: string }>;
  /** Damage for repair to mend: a Score typed over, calculated-column formulas and validations gone (as after a LibreOffice re-save). */
  damage: Array<'typed-over-score' | 'no-calculated-column-formulas' | 'no-validations'>;
  /** Something of ours removed: a table converted to a range, a chart or a whole sheet deleted. */
  removed?: Removal;
  /** Saved last by desktop Excel: docProps/app.xml lists the sheets and names. */
  excelApp: boolean;
  /**
   * A column of the person's own inserted inside tblRisks (which upgrade moves to the end, moving
   * ours back), holding a shared formula that uses the Owner column, and a formula on Start using
   * the same column (which moves, so both must follow it).
   */
  ownColumn?: { at: number; shared: boolean };
}

/** Where a person's formula stands, to follow what it points at. */
export interface OwnFormula {
  sheet: string;
  address: string;
}

export type Removal = { table: string } | { chart: 'radar' | 'line' } | { sheet: string };

const textArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.&'-]{0,18}[A-Za-z0-9.]$/);
const ownCellArb: fc.Arbitrary<OwnCell> = fc.record({
  address: fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 30 })).map(([c, r]) => cellAddress(c, r)),
  value: fc.oneof(textArb, fc.integer({ min: -1000, max: 100000 })),
});
/**
 * The arbitrary present in one case out of `every`: the costly kinds of content (a column moved
 * by upgrade, something of ours removed) in fewer cases, each still in scores of cases of a run.
 */
const oneIn = <T>(every: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: every - 1 }, { arbitrary, weight: 1 });
const tablesBeside = ['tblRisks', 'tblPlan', 'tblActions', 'tblHistory', 'tblCompetencies'];
const renamable = ['Risks', 'Plan', 'Competencies', 'Actions', 'Score history'];

export const personalContentArb: fc.Arbitrary<PersonalContent> = fc.record({
  ownSheet: fc.option(fc.record({
    name: fc.constantFrom('Notes', 'Client log', 'Contacts'),
    cells: fc.uniqueArray(ownCellArb, { minLength: 1, maxLength: 6, selector: (c) => c.address }),
    hidden: fc.boolean(),
    width: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
  }), { nil: undefined }),
  beside: fc.array(fc.record({ table: fc.constantFrom(...tablesBeside), row: fc.integer({ min: 0, max: 1 }), offset: fc.integer({ min: 1, max: 3 }), value: textArb }), { maxLength: 3 }),
  below: fc.array(fc.record({ table: fc.constantFrom(...tablesBeside), column: fc.integer({ min: 0, max: 3 }), value: textArb }), { maxLength: 2 }),
  comments: fc.uniqueArray(fc.record({ cell: fc.constantFrom('C5', 'C6', 'C7', 'D9'), text: textArb }), { maxLength: 2, selector: (c) => c.cell }),
  names: fc.uniqueArray(fc.record({ name: fc.constantFrom('MyTarget', 'ClientCode', 'Budget2026'), cell: fc.constantFrom('$C$5', '$C$6', '$D$9') }), { maxLength: 2, selector: (n) => n.name }),
  renamed: fc.option(fc.constantFrom(...renamable).map((from) => ({ from, to: `${from} (client)` })), { nil: undefined }),
  date1904: fc.boolean(),
  hideOurs: fc.option(fc.constantFrom('Score history', 'Actions'), { nil: undefined }),
  protectStart: fc.boolean(),
  protectWorkbook: fc.boolean(),
  risks: fc.array(fc.record({ risk: textArb, likelihood: fc.integer({ min: 1, max: 5 }), owner: textArb }), { maxLength: 4 }),
  damage: fc.subarray(['typed-over-score', 'no-calculated-column-formulas', 'no-validations'] as const, { minLength: 1 }),
  removed: oneIn(2, fc.oneof(
    fc.constantFrom('tblRisks', 'tblActions', 'tblCompetencies').map((table): Removal => ({ table })),
    fc.constantFrom('radar', 'line').map((chart): Removal => ({ chart: chart as 'radar' | 'line' })),
    fc.constantFrom('Plan', 'Competencies', 'Actions').map((sheet): Removal => ({ sheet })),
  )),
  excelApp: fc.boolean(),
  ownColumn: oneIn(4, fc.record({ at: fc.integer({ min: 1, max: 5 }), shared: fc.boolean() })),
}).chain((content) => fc.boolean().map((aimed) => {
  // Half the cases that rename a sheet and remove a table rename that table's sheet. Left to
  // chance, one case in about 60 would have such a sheet, and one 250-case run in about 50 none.
  const table = content.removed && 'table' in content.removed ? content.removed.table : undefined;
  const sheet = table && workbookSchema.tables.find((p) => p.table.name === table)?.table.sheet;
  return aimed && sheet && content.renamed ? { ...content, renamed: { from: sheet, to: `${sheet} (client)` } } : content;
})).map((content) => {
  // Inserting a column into tblRisks and removing tblRisks or renaming its sheet are not combined.
  if (content.ownColumn && ((content.removed && 'table' in content.removed && content.removed.table === 'tblRisks') || content.renamed?.from === 'Risks')) {
    return { ...content, removed: undefined, renamed: undefined };
  }
  return content;
}).map((content) => {
  // A sheet that is deleted is not renamed or hidden first (one renamed whose table is gone is
  // still ours: repair knows it by its title and note).
  const gone = content.removed && 'sheet' in content.removed ? content.removed.sheet : undefined;
  return gone !== undefined && (content.renamed?.from === gone || content.hideOurs === gone) ? { ...content, renamed: undefined, hideOurs: undefined } : content;
});

function placedTable(name: string) {
  const placed = workbookSchema.tables.find((p) => p.table.name === name);
  if (!placed) throw new Error(`No table ${name}`);
  return placed;
}

/** Where a table ends in the given workbook: its last column and last row, from its part. */
export function tableEnd(bytes: Uint8Array, name: string): { lastColumn: number; lastRow: number; firstColumn: number } {
  const parts = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/tables/') });
  for (const part of Object.values(parts)) {
    const xml = strFromU8(part);
    if (!new RegExp(`name="${name}"`).test(xml)) continue;
    const ref = /ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/.exec(xml);
    if (!ref) break;
    const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { firstColumn: col(ref[1]), lastColumn: col(ref[3]), lastRow: Number(ref[4]) };
  }
  throw new Error(`No table ${name} in the workbook.`);
}

export interface PlacedContent {
  /** Cells to find again: sheet (as named after the edit), address, value. */
  cells: Array<{ sheet: string; address: string; value: string | number; clientEntry?: boolean }>;
  sheetName: (declared: string) => string;
  /** Formulas of the person's that use cells upgrade moves. */
  formulas: OwnFormula[];
  /** What each of those formulas points at in the workbook as the person saved it (see formulaTargets). */
  targets: string[];
  /** Where a cell of the input is after upgrade put tblRisks's columns in today's order. */
  afterUpgrade: (sheet: string, address: string) => string;
}

/** Applies the person's content to a workbook and returns its bytes and what to look for. */
export async function addPersonalContent(bytes: Uint8Array, content: PersonalContent): Promise<{ bytes: Uint8Array; placed: PlacedContent }> {
  const excelize = await loadExcelize();
  const file = excelize.OpenReader(bytes);
  const sheetName = (declared: string) => (content.renamed?.from === declared ? content.renamed.to : declared);
  const cells: PlacedContent['cells'] = [];
  const put = (sheet: string, address: string, value: string | number, clientEntry = false) => {
    must(typeof value === 'number' ? file.SetCellValue(sheet, address, value) : file.SetCellStr(sheet, address, value), `${sheet}!${address}`);
    cells.push({ sheet, address, value, clientEntry });
  };
  const risks = placedTable('tblRisks');
  content.risks.forEach((risk, i) => {
    const row = risks.headerRow + 1 + i;
    const column = (key: string) => cellAddress(risks.firstColumn + risks.table.columns.findIndex((c) => c.key === key), row);
    put('Risks', column('risk'), risk.risk, true);
    put('Risks', column('likelihood'), risk.likelihood, true);
    put('Risks', column('owner'), risk.owner, true);
  });
  const occupied = new Set<string>();
  for (const beside of content.beside) {
    const placed = placedTable(beside.table);
    const end = tableEnd(bytes, beside.table);
    const address = cellAddress(end.lastColumn + beside.offset, placed.headerRow + 1 + beside.row);
    if (occupied.has(`${placed.table.sheet}!${address}`)) continue;
    occupied.add(`${placed.table.sheet}!${address}`);
    put(placed.table.sheet, address, beside.value);
  }
  for (const below of content.below) {
    const placed = placedTable(below.table);
    const end = tableEnd(bytes, below.table);
    const address = cellAddress(end.firstColumn + below.column, end.lastRow + 1);
    if (occupied.has(`${placed.table.sheet}!${address}`)) continue;
    occupied.add(`${placed.table.sheet}!${address}`);
    put(placed.table.sheet, address, below.value);
  }
  for (const comment of content.comments) must(file.AddComment('Start', { Cell: comment.cell, Author: 'Client', Text: comment.text }), 'Comment');
  if (content.ownSheet) {
    must(file.NewSheet(content.ownSheet.name), 'Own sheet');
    for (const cell of content.ownSheet.cells) put(content.ownSheet.name, cell.address, cell.value);
    if (content.ownSheet.width) must(file.SetColWidth(content.ownSheet.name, 'B', 'B', content.ownSheet.width), 'Width');
    if (content.ownSheet.hidden) must(file.SetSheetVisible(content.ownSheet.name, false), 'Hide own sheet');
  }
  if (content.hideOurs) must(file.SetSheetVisible(content.hideOurs, false), 'Hide');
  if (content.protectStart) must(file.ProtectSheet('Start', { EditObjects: true, SelectLockedCells: true, SelectUnlockedCells: true }), 'Protect');
  if (content.protectWorkbook) must(file.ProtectWorkbook({ LockStructure: true }), 'Protect workbook');
  if (content.date1904) must(file.SetWorkbookProps({ Date1904: true }), '1904');
  if (content.damage.includes('typed-over-score')) {
    must(file.SetCellValue('Risks', cellAddress(risks.firstColumn + risks.table.columns.findIndex((c) => c.key === 'score'), risks.headerRow + 1), 7), 'Typing over Score');
  }
  if (content.renamed) {
    must(file.SetSheetName(content.renamed.from, content.renamed.to), 'Rename');
    for (const cell of cells) if (cell.sheet === content.renamed.from) cell.sheet = content.renamed.to;
  }
  const formulas: OwnFormula[] = [];
  let afterUpgrade = (_sheet: string, address: string) => address;
  if (content.ownColumn) {
    const { at, shared } = content.ownColumn;
    const end = tableEnd(bytes, 'tblRisks');
    const inserted = risks.firstColumn + at;
    must(file.InsertCols('Risks', columnLetter(inserted), 1), 'Inserting a column into tblRisks');
    for (const cell of cells) {
      const { column, row } = splitCell(cell.address);
      if (cell.sheet === 'Risks' && column >= inserted) cell.address = cellAddress(column + 1, row);
    }
    must(file.SetCellStr('Risks', cellAddress(inserted, risks.headerRow), 'My notes'), 'Own header');
    const owner = columnLetter(risks.firstColumn + risks.table.columns.findIndex((c) => c.key === 'owner') + 1);
    const first = risks.headerRow + 1;
    if (shared) must(file.SetCellFormula('Risks', cellAddress(inserted, first), `${owner}${first}&"!"`, { Ref: `${cellAddress(inserted, first)}:${cellAddress(inserted, end.lastRow)}`, Type: 'shared' }), 'Shared formula');
    else for (let row = first; row <= end.lastRow; row++) must(file.SetCellFormula('Risks', cellAddress(inserted, row), `${owner}${row}&"!"`), 'Formula');
    for (let row = first; row <= end.lastRow; row++) formulas.push({ sheet: 'Risks', address: cellAddress(inserted, row) });
    must(file.SetCellFormula('Start', 'F2', `"Risks!${owner}${first} is "&Risks!$${owner}$${first}`), 'Formula on Start');
    formulas.push({ sheet: 'Start', address: 'F2' });
    const lastColumn = end.lastColumn + 1;
    afterUpgrade = (sheet, address) => {
      const { column, row } = splitCell(address);
      if (sheet !== 'Risks' || row < risks.headerRow || row > end.lastRow || column < inserted || column > lastColumn) return address;
      return cellAddress(column === inserted ? lastColumn : column - 1, row);
    };
  }
  // excelize's InsertCols rewrites every defined name (`'Start'!$D$9` becomes `Start!$D$9`): names come after it.
  for (const name of content.names) must(file.SetDefinedName({ Name: name.name, RefersTo: `'Start'!${name.cell}` }), 'Name');
  const removed = content.removed;
  if (removed && 'table' in removed) must(file.DeleteTable(removed.table), `Converting ${removed.table} to a range`);
  if (removed && 'chart' in removed) {
    const chart = workbookSchema.charts.find((c) => c.kind === removed.chart);
    if (!chart) throw new Error(`No ${removed.chart} chart`);
    must(file.DeleteChart(sheetName(chart.sheet), chart.anchor), `Deleting the ${removed.chart} chart`);
  }
  if (removed && 'sheet' in removed) {
    must(file.DeleteSheet(sheetName(removed.sheet)), `Deleting ${removed.sheet}`);
    cells.splice(0, cells.length, ...cells.filter((c) => c.sheet !== sheetName(removed.sheet)));
  }
  // What is saved below changes table parts, validations and app.xml only, never a cell.
  const targets = formulaTargets(file, formulas, (_sheet, address) => address);
  const { buffer } = must(file.WriteToBuffer(), 'Saving');
  const saved = new Uint8Array(buffer as ArrayBuffer);
  if (!content.excelApp && !content.ownColumn && !content.damage.some((d) => d !== 'typed-over-score')) {
    return { bytes: saved, placed: { cells, sheetName, formulas, targets, afterUpgrade } };
  }
  // One pass over the package for what excelize cannot write.
  const parts = unzipSync(saved);
  damage(parts, content.damage);
  if (content.ownColumn) nameOwnColumn(parts);
  if (content.excelApp) addExcelAppProperties(parts);
  // The fastest deflate level: what is tested is the parts, not how tightly another program packs them.
  return { bytes: zipSync(parts, { level: 1 }), placed: { cells, sheetName, formulas, targets, afterUpgrade } };
}

/**
 * What of ours the written workbook still lacks or has out of place: the table, chart or sheet
 * that was removed, our sheets in our order, and (when Excel had listed them) the sheets in
 * docProps/app.xml as in the workbook, with counts that add up.
 */
export function missingRestorations(bytes: Uint8Array, content: PersonalContent, placed: PlacedContent, newClient: boolean): string[] {
  const missing: string[] = [];
  const sheets = sheetNames(bytes);
  const ours = workbookSchema.sheets.map((s) => placed.sheetName(s.name));
  const order = sheets.filter((s) => ours.includes(s));
  if (order.join('|') !== ours.join('|')) missing.push(`our sheets in our order: found ${order.join(', ')}`);
  const removed = content.removed;
  // A new-client copy puts a table back into empty cells only, never over a range left in its place.
  if (removed && 'table' in removed && !newClient) {
    const tables = Object.values(unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/tables/') })).map((p) => strFromU8(p));
    if (!tables.some((xml) => new RegExp(`displayName="${removed.table}"`).test(xml))) missing.push(`table ${removed.table}`);
  }
  if (removed && 'chart' in removed) {
    const chart = workbookSchema.charts.find((c) => c.kind === removed.chart);
    const titles = anchoredChartTitles(bytes, sheets.indexOf(placed.sheetName(chart?.sheet ?? '')));
    if (!titles.includes(chart?.title ?? '')) missing.push(`chart ${chart?.title}`);
  }
  if (content.excelApp) {
    const app = appSheetList(bytes);
    if (!app?.consistent || app.worksheets.join('|') !== sheets.join('|')) missing.push(`docProps/app.xml lists ${app?.worksheets.join(', ')} for ${sheets.join(', ')}`);
    const names = excelNamesIn(workbookXml(bytes));
    if (app && app.namedRanges.join('|') !== names.join('|')) missing.push(`docProps/app.xml lists the names ${app.namedRanges.join(', ')} for ${names.join(', ')}`);
  }
  return missing;
}

/** Titles of the charts anchored on the drawing of the sheet at that position. */
function anchoredChartTitles(bytes: Uint8Array, index: number): string[] {
  const parts = unzipSync(bytes);
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : '');
  const rels = (path: string) => [...text(path.replace(/([^/]+)$/, '_rels/$1.rels')).matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: /Id="([^"]+)"/.exec(m[0])?.[1] ?? '', target: /Target="([^"]+)"/.exec(m[0])?.[1] ?? '',
  }));
  const resolve = (from: string, target: string) => {
    const out = from.split('/').slice(0, -1);
    for (const piece of target.replace(/^\//, '').split('/')) if (piece === '..') out.pop(); else out.push(piece);
    return target.startsWith('/') ? target.slice(1) : out.join('/');
  };
  const sheetRel = [...text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*r:id="([^"]+)"/g)][index]?.[1];
  const sheetTarget = rels('xl/workbook.xml').find((r) => r.id === sheetRel)?.target;
  if (!sheetTarget) return [];
  const sheetPath = resolve('xl/workbook.xml', sheetTarget);
  const drawingRel = /<(?:\w+:)?drawing\b[^>]*r:id="([^"]+)"/.exec(text(sheetPath))?.[1];
  const drawingTarget = rels(sheetPath).find((r) => r.id === drawingRel)?.target;
  if (!drawingTarget) return [];
  const drawingPath = resolve(sheetPath, drawingTarget);
  const anchored = [...text(drawingPath).matchAll(/<c:chart\b[^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
  return rels(drawingPath).filter((r) => anchored.includes(r.id)).map((r) => /<a:t>([^<]*)<\/a:t>/.exec(text(resolve(drawingPath, r.target)))?.[1] ?? '');
}

/** Excel names a table column after the header typed into it; excelize leaves the inserted one "ColumnN". */
function nameOwnColumn(parts: Record<string, Uint8Array>): void {
  for (const [path, part] of Object.entries(parts)) {
    if (!path.startsWith('xl/tables/')) continue;
    const xml = strFromU8(part);
    if (xml.includes('name="tblRisks"')) parts[path] = strToU8(xml.replace(/name="Column\d+"/, 'name="My notes"'));
  }
}

/**
 * What each of the person's formulas points at, as values: the formula of every cell read as that
 * cell means it (a shared formula too) and each cell it uses read, so two workbooks can be held to
 * pointing at the same data wherever the cells now stand.
 */
export function formulaTargets(file: ExcelizeFile, formulas: OwnFormula[], at: (sheet: string, address: string) => string): string[] {
  return formulas.map(({ sheet, address }) => {
    const formula = must(file.GetCellFormula(sheet, at(sheet, address)), `${sheet}!${address}`).formula;
    const used = tokenise(formula).filter((t) => t.kind === 'ref' && t.ref?.start.column !== undefined && t.ref.start.row !== undefined)
      .map((t) => {
        const ref = t.ref as A1Reference;
        return must(file.GetCellValue(ref.sheet ?? sheet, cellAddress(ref.start.column as number, ref.start.row as number), { RawCellValue: true }), t.text).value;
      });
    return `${sheet}!${address}: ${formula === '' ? '(no formula)' : `uses ${JSON.stringify(used)}`} and strings ${JSON.stringify(tokenise(formula).filter((t) => t.kind === 'string').map((t) => t.text))}`;
  });
}

/** Removes, as text, what another program may drop: calculated-column formulas, data validations. */
function damage(parts: Record<string, Uint8Array>, kinds: PersonalContent['damage']): void {
  for (const [path, part] of Object.entries(parts)) {
    const formulas = path.startsWith('xl/tables/') && kinds.includes('no-calculated-column-formulas');
    const validations = path.startsWith('xl/worksheets/sheet') && kinds.includes('no-validations');
    if (!formulas && !validations) continue;
    const xml = strFromU8(part);
    parts[path] = strToU8(formulas
      ? xml.replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/g, '')
      : xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, ''));
  }
}

/** The written workbook opened in excelize, a reader independent of ours, to look for things in. */
export async function openWritten(bytes: Uint8Array): Promise<ExcelizeFile> {
  return (await loadExcelize()).OpenReader(bytes);
}

/** What of the person's content the written workbook lacks, in words (empty when everything is there). */
export function missingContent(file: ExcelizeFile, bytes: Uint8Array, content: PersonalContent, placed: PlacedContent, clearedClientEntries: boolean, upgraded = false): string[] {
  const missing: string[] = [];
  const sheets = file.GetSheetList().list;
  for (const cell of placed.cells) {
    if (cell.clientEntry && clearedClientEntries) continue;
    const address = upgraded ? placed.afterUpgrade(cell.sheet, cell.address) : cell.address;
    const value = must(file.GetCellValue(cell.sheet, address, { RawCellValue: true }), address).value;
    if (value !== String(cell.value)) missing.push(`${cell.sheet}!${cell.address} (now ${address}): ${JSON.stringify(cell.value)} became ${JSON.stringify(value)}`);
  }
  const comments = must(file.GetComments('Start'), 'Comments').comments;
  for (const comment of content.comments) {
    if (!comments.some((c) => c.Cell === comment.cell && (c.Text ?? c.Paragraph?.map((p) => p.Text).join('') ?? '').includes(comment.text))) missing.push(`comment on Start!${comment.cell}`);
  }
  const names = must(file.GetDefinedName(), 'Names').definedNames;
  for (const name of content.names) if (!names.some((n) => n.Name === name.name && n.RefersTo?.replace(/^=/, '') === `'Start'!${name.cell}`)) missing.push(`name ${name.name}`);
  if (content.renamed && (!sheets.includes(content.renamed.to) || sheets.includes(content.renamed.from))) missing.push(`sheet renamed to ${content.renamed.to}`);
  if (content.ownSheet) {
    if (!sheets.includes(content.ownSheet.name)) missing.push(`sheet ${content.ownSheet.name}`);
    else {
      if (must(file.GetSheetVisible(content.ownSheet.name), 'Visible').visible === content.ownSheet.hidden) missing.push(`visibility of ${content.ownSheet.name}`);
      if (content.ownSheet.width && must(file.GetColWidth(content.ownSheet.name, 'B'), 'Width').width !== content.ownSheet.width) missing.push(`width of ${content.ownSheet.name}!B`);
    }
  }
  if (content.hideOurs && must(file.GetSheetVisible(placed.sheetName(content.hideOurs)), 'Visible').visible) missing.push(`${content.hideOurs} hidden`);
  if (Boolean(must(file.GetWorkbookProps(), 'Props').props.Date1904) !== content.date1904) missing.push('date system');
  const parts = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name.startsWith('xl/worksheets/sheet') });
  const workbookXml = strFromU8(parts['xl/workbook.xml']);
  if (content.protectWorkbook !== /<(\w+:)?workbookProtection\b/.test(workbookXml)) missing.push('workbook protection');
  if (content.protectStart) {
    const start = Object.entries(parts).find(([path, part]) => path.startsWith('xl/worksheets/') && /<(\w+:)?sheetProtection\b/.test(strFromU8(part)));
    if (!start) missing.push('protection of Start');
  }
  return missing;
}
