/**
 * Our part of a person's workbook restored, upgraded, cleared or filled in place: the declared
 * tables (found by name, or by their headers when a person renamed one), their columns, calculated
 * formulas, validations and highlights, the figures and labels around them, our defined names and
 * the document properties. Everything else in the package is left as it is. The result says what
 * changed, what could not be done, and which cells were ours to change, so the caller can compare
 * an inventory of the input with the output before writing.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { cliText } from '../../domain/strings/en/cli';
import { columnLetter, quoteSheet } from '../../schema/address';
import { serialIn, type DateSystem } from '../date-cells';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID, TEMPLATE_WORKBOOK_ID } from '../../schema/properties';
import { initialRows, type CellValue, type RowEntries } from '../../schema/rows';
import type { TableSchema } from '../../schema/table';
import type { WorkbookSchema } from '../../schema/workbook';
import { FoundColumns, normalHeader } from '../../data/found-columns';
import { hasHeadersOf } from '../../data/renamed-table';
import { excelNamedRanges, listNamesInAppProperties } from './app-properties';
import type { Allowance } from './inventory';
import { fitRowHeights } from './row-heights';
import { graftMissingCharts } from './chart-graft';
import { graftSheet } from './sheet-graft';
import { graftTable } from './table-graft';
import { SheetCells } from './sheet-cells';
import { restoreHighlights, restoreValidations, type PlacedColumns } from './sheet-rules';
import { StyleSheet } from './styles';
import { cellInTheWay, columnMove, currentArea, layTable, type ColumnPlan, type TableArea, type TablePlan } from './table-layout';
import { shiftReferences } from './formula-shift';
import { ColumnMoves } from './reference-moves';
import { WORKBOOK_SEQUENCE, WorkbookParts, type SheetPart, type TablePart } from './workbook-parts';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, createChild, insertInSequence, NS, setText, textOf } from './xml';

export type RestoreMode = 'repair' | 'upgrade' | 'new-client' | 'fill';

export interface RestoreOptions {
  mode: RestoreMode;
  /** A package written from the same schema: where formats of added cells come from. */
  template: XlsxPackage;
  /** Headers older layouts used, by table name (header → today's key). */
  aliases?: (table: string) => Record<string, string>;
  /** Start details to write, by input key. */
  start?: Record<string, CellValue>;
  /** Rows to lay over the tables by position (the example). */
  rows?: Record<string, RowEntries[]>;
  workbookId?: string;
  /** Gives an id to a workbook that has none (blank, or the template's stand-in): merging rater forms needs the assessment's id. */
  missingWorkbookId?: () => string;
  version?: string;
  /** Further custom properties to set, by name (a rater form's assessment id). */
  properties?: Record<string, string>;
}

interface PlannedTable {
  table: TableSchema;
  part: TablePart;
  found: boolean;
  root: Element;
  area: TableArea;
  plan: TablePlan;
  cells: SheetCells;
  clearAll: boolean;
}

export interface RestoreResult {
  changes: string[];
  notDone: string[];
  /** Why the edit must not be written at all (a new-client copy that could not clear a table), in words. */
  blocked?: string[];
  allowance: Allowance;
}

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const PROPERTY_FORMAT_ID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const text = cliText.restored;


export function restoreWorkbook(pkg: XlsxPackage, schema: WorkbookSchema, options: RestoreOptions): RestoreResult {
  return new Restorer(pkg, schema, options).run();
}

class Restorer {
  private readonly parts: WorkbookParts;
  private readonly templateParts: WorkbookParts;
  private readonly styles?: StyleSheet;
  private readonly changes: string[] = [];
  private readonly notDone: string[] = [];
  private readonly blocked: string[] = [];
  private readonly ours = new Set<string>();
  private readonly moves = new Map<string, string>();
  private readonly sheetCells = new Map<string, SheetCells>();
  private readonly tableNames = new Map<string, string>();
  private readonly placedBySheet = new Map<string, PlacedColumns[]>();
  private wroteFormulas = false;
  private columnMoves = new ColumnMoves([]);

  constructor(private readonly pkg: XlsxPackage, private readonly schema: WorkbookSchema, private readonly options: RestoreOptions) {
    this.parts = new WorkbookParts(pkg);
    this.templateParts = new WorkbookParts(options.template);
    const stylesPath = this.parts.stylesPath();
    if (stylesPath) this.styles = new StyleSheet(pkg, stylesPath);
  }

  run(): RestoreResult {
    const namesListed = excelNamedRanges(this.parts.definedNames());
    const grafted = this.graftMissingSheets();
    this.graftMissingCharts(grafted);
    const found = this.findTables();
    const plans: PlannedTable[] = [];
    for (const { table } of this.schema.tables) {
      // Filling the template: a table given no rows is already as the template wrote it.
      if (this.options.mode === 'fill' && !this.options.rows?.[table.name]) continue;
      const part = found.get(table.name) ?? this.graftMissingTable(table);
      const planned = part ? this.planTable(table, part, found.has(table.name)) : undefined;
      if (planned) plans.push(planned);
    }
    if (this.options.mode === 'upgrade') this.shiftReferences(plans);
    for (const planned of plans) this.layTable(planned);
    for (const [sheetPath, placed] of this.placedBySheet) {
      const root = this.cellsOf(sheetPath).root;
      const validated = restoreValidations(root, placed);
      if (validated.length > 0) {
        this.pkg.markChanged(sheetPath);
        if (this.options.mode !== 'fill') this.changes.push(text.validations(validated));
      }
      if (this.styles) {
        const highlighted = restoreHighlights(root, placed, this.schema.conditionalFormats, this.styles);
        if (highlighted.length > 0) {
          this.pkg.markChanged(sheetPath);
          if (this.options.mode !== 'fill') this.changes.push(text.highlights(highlighted));
        }
      }
    }
    this.layoutCells();
    this.names();
    listNamesInAppProperties(this.pkg, namesListed, excelNamedRanges(this.parts.definedNames()));
    this.properties();
    if (this.wroteFormulas) calculateOnLoad(this.parts);
    const declaredNames = new Set(this.schema.definedNames.map((n) => n.name.toLowerCase()));
    return {
      changes: this.changes,
      notDone: this.notDone,
      blocked: this.blocked,
      allowance: {
        ours: (sheet, address) => this.ours.has(`${sheet}!${address}`),
        movedTo: (sheet, address) => this.moves.get(`${sheet}!${address}`),
        ourName: (name) => declaredNames.has(name.toLowerCase()),
        formulaAfter: (sheet, formula) => this.columnMoves.move(formula, sheet).formula,
      },
    };
  }

  /** Sheets of ours that are gone (under any name) come back from the template, with their tables and charts; returns their names. */
  private graftMissingSheets(): Set<string> {
    const grafted = new Set<string>();
    const templateStylesPath = this.templateParts.stylesPath();
    if (this.options.mode === 'fill' || !this.styles || !templateStylesPath) return grafted;
    const templateStyles = new StyleSheet(this.options.template, templateStylesPath);
    this.schema.sheets.forEach((sheet, i) => {
      if (this.sheetOf(sheet.name)) return;
      if (graftSheet(this.pkg, this.options.template, sheet.name, this.styles as StyleSheet, templateStyles, this.placeOf(i))) {
        this.parts.forget();
        grafted.add(sheet.name);
        this.changes.push(text.sheet(sheet.name));
      } else {
        this.notDone.push(text.missingSheet(sheet.name));
      }
    });
    return grafted;
  }

  /** Charts of ours a person deleted from a sheet they kept come back from the template. */
  private graftMissingCharts(grafted: Set<string>): void {
    if (this.options.mode === 'fill') return;
    for (const declared of this.schema.sheets) {
      const source = this.templateParts.sheet(declared.name);
      const sheet = this.sheetOf(declared.name);
      if (grafted.has(declared.name) || !source || !sheet) continue;
      const titles = graftMissingCharts(this.pkg, this.options.template, source.path, sheet.path, (name) => this.sheetOf(name)?.name);
      for (const title of titles) this.changes.push(text.chart(title, sheet.name));
    }
  }

  /**
   * Where the declared sheet at `index` goes back: before the first of our later sheets the
   * workbook has, or else just after the last of our earlier ones (the person's own sheets after
   * ours stay after them).
   */
  private placeOf(index: number): number | undefined {
    const declared = this.schema.sheets;
    for (let i = index + 1; i < declared.length; i++) {
      const later = this.sheetOf(declared[i].name);
      if (later) return later.index;
    }
    for (let i = index - 1; i >= 0; i--) {
      const earlier = this.sheetOf(declared[i].name);
      if (earlier) return earlier.index + 1;
    }
    return undefined;
  }

  /**
   * A table of ours gone from a sheet the workbook still has, back from the template at its place;
   * undefined (and said why) when it cannot come back.
   */
  private graftMissingTable(table: TableSchema): TablePart | undefined {
    const sheet = this.sheetOf(table.sheet);
    if (!sheet || this.options.mode === 'fill') {
      this.notDone.push(text.missingTable(table.name, sheet?.name ?? table.sheet));
      return undefined;
    }
    // A new-client copy clears a table's rows: it takes no rows of a range it cannot tell from a person's notes.
    const graft = graftTable(this.pkg, this.parts, this.templateParts, table.name, sheet, this.cellsOf(sheet.path), {
      overRange: this.options.mode !== 'new-client',
      calculated: new Set(table.columns.filter((c) => table.formulas[c.key]).map((c) => normalHeader(c.header))),
    });
    if (!graft) {
      this.notDone.push(text.missingTable(table.name, sheet.name));
      return undefined;
    }
    if (!graft.grafted) {
      const where = graft.inTheWay.map((cell) => `${quoteSheet(sheet.name)}!${cell}`).join(', ');
      this.notDone.push(graft.table ? text.tableInTheWay(table.name, graft.table, where) : text.cellsInTheWay(table.name, where, graft.more));
      return undefined;
    }
    this.parts.forget();
    this.tableNames.set(table.name, table.name);
    this.changes.push(text.table(table.name, sheet.name, graft.keptRows));
    return this.parts.table(table.name);
  }

  private cellsOf(sheetPath: string): SheetCells {
    let cells = this.sheetCells.get(sheetPath);
    if (!cells) {
      cells = new SheetCells(this.pkg.xml(sheetPath)?.documentElement as Element, this.parts.sharedStrings(), () => this.pkg.markChanged(sheetPath));
      this.sheetCells.set(sheetPath, cells);
    }
    return cells;
  }

  /**
   * A declared sheet where it is now: by its name, by the tables it holds, by a name pointing into
   * it, or (renamed, its tables gone) by the title and note at its top.
   */
  private sheetOf(declared: string): SheetPart | undefined {
    const byName = this.parts.sheet(declared);
    if (byName) return byName;
    const tables = this.schema.tables.filter((p) => p.table.sheet === declared).map((p) => p.table.name.toLowerCase());
    const holder = this.parts.tables().find((t) => tables.includes(t.name.toLowerCase()));
    if (holder) return holder.sheet;
    const names = new Set(this.schema.definedNames.filter((n) => n.refersTo.startsWith(`${quoteSheet(declared)}!`)).map((n) => n.name.toLowerCase()));
    const sheets = this.parts.sheets();
    for (const name of this.parts.definedNames()) {
      if (!names.has(name.name.toLowerCase())) continue;
      const sheet = referencedSheet(name.refersTo);
      const match = sheets.find((s) => s.name === sheet);
      if (match) return match;
    }
    return this.sheetByTop(declared);
  }

  private readonly announcedSheets = new Set<string>();

  /**
   * The one sheet not under one of our names whose A1 and A2 hold the title and note we put at the
   * top of the declared sheet, said once; undefined for a sheet without both (Dashboard, Lists).
   */
  private sheetByTop(declared: string): SheetPart | undefined {
    const top = this.schema.cells.filter((c) => c.sheet === declared && (c.cell === 'A1' || c.cell === 'A2') && typeof c.value === 'string');
    if (top.length < 2) return undefined;
    const ourNames = new Set(this.schema.sheets.map((s) => s.name.toLowerCase()));
    const matches = this.parts.sheets().filter((sheet) => {
      if (ourNames.has(sheet.name.toLowerCase()) || this.pkg.xml(sheet.path)?.documentElement?.localName !== 'worksheet') return false;
      const cells = this.cellsOf(sheet.path);
      return top.every((c) => {
        const value = cells.read(c.cell)?.value;
        return typeof value === 'string' && value.trim() === String(c.value).trim();
      });
    });
    if (matches.length !== 1) return undefined;
    if (!this.announcedSheets.has(declared) && this.options.mode !== 'fill') this.notDone.push(text.renamedSheet(declared, matches[0].name));
    this.announcedSheets.add(declared);
    return matches[0];
  }

  /** Our tables by name; a table a person renamed is recognised by its headers. */
  private findTables(): Map<string, TablePart> {
    const tables = this.parts.tables();
    const declared = new Set(this.schema.tables.map((p) => p.table.name.toLowerCase()));
    const found = new Map<string, TablePart>();
    for (const { table } of this.schema.tables) {
      const byName = tables.find((t) => t.name.toLowerCase() === table.name.toLowerCase());
      if (byName) {
        found.set(table.name, byName);
        this.tableNames.set(table.name, byName.name);
        continue;
      }
      const renamed = tables.find((t) => !declared.has(t.name.toLowerCase()) && ![...found.values()].includes(t) && hasHeadersOf(table, t.headers));
      if (renamed) {
        found.set(table.name, renamed);
        this.tableNames.set(table.name, renamed.name);
        this.notDone.push(text.renamedTable(table.name, renamed.name));
      }
    }
    return found;
  }

  /** A formula of ours with each table under the name it has in this workbook. */
  private formula(formula: string): string {
    let result = formula;
    for (const [declared, now] of this.tableNames) {
      if (declared !== now) result = result.replace(new RegExp(`\\b${declared}\\[`, 'gi'), `${now}[`);
    }
    return result;
  }

  private readonly templateStyles = new Map<string, string | undefined>();
  private readonly templateCells = new Map<string, SheetCells>();

  private templateSheetCells(path: string): SheetCells {
    let cells = this.templateCells.get(path);
    if (!cells) {
      cells = new SheetCells(this.options.template.xml(path)?.documentElement as Element, []);
      this.templateCells.set(path, cells);
    }
    return cells;
  }

  private templateStyle(tableName: string, key: string | undefined, part: 'header' | 'data'): string | undefined {
    if (key === undefined || !this.styles) return undefined;
    const cacheKey = `${tableName}/${key}/${part}`;
    if (!this.templateStyles.has(cacheKey)) this.templateStyles.set(cacheKey, this.findTemplateStyle(tableName, key, part));
    return this.templateStyles.get(cacheKey);
  }

  private findTemplateStyle(tableName: string, key: string, part: 'header' | 'data'): string | undefined {
    if (!this.styles) return undefined;
    const table = this.templateParts.table(tableName);
    const placed = this.schema.tables.find((p) => p.table.name === tableName);
    if (!table || !placed) return undefined;
    const root = this.options.template.xml(table.path)?.documentElement as Element;
    const area = currentArea(root, (headers) => new FoundColumns(placed.table, headers));
    const column = area.columnOf.get(key);
    if (column === undefined) return undefined;
    const style = this.templateSheetCells(table.sheet.path).read(`${columnLetter(column)}${part === 'header' ? area.headerRow : area.headerRow + 1}`)?.style;
    const templateStyles = this.templateParts.stylesPath();
    return style && templateStyles ? this.styles.importFormat(this.options.template, templateStyles, style) : undefined;
  }

  /** `found`: the table was there; one grafted back is told of once, not column by column. */
  private planTable(table: TableSchema, part: TablePart, found: boolean): PlannedTable | undefined {
    const mode = this.options.mode;
    const root = this.pkg.xml(part.path)?.documentElement as Element;
    // A Total Row or a hidden header row changes which rows are data: such a table is left exactly
    // as it is, said so, and a new-client copy that cannot clear it is not written at all.
    const totals = Number(root.getAttribute('totalsRowCount') ?? 0) > 0;
    if (totals || root.getAttribute('headerRowCount') === '0') {
      if (mode === 'new-client') this.blocked.push(text.cannotClear(part.name, totals ? text.whyTotalsRow : text.whyNoHeaderRow));
      else if (mode !== 'fill') this.notDone.push(totals ? text.totalsRow(part.name) : text.noHeaderRow(part.name));
      return undefined;
    }
    const area = currentArea(root, (headers) => new FoundColumns(table, headers, this.options.aliases?.(table.name) ?? {}));
    const cells = this.cellsOf(part.sheet.path);
    const formulaOf = (key: string) => (table.formulas[key] ? this.formula(table.formulas[key]) : undefined);
    const currentHeaders = part.headers;
    const declaredPlan = (key: string): ColumnPlan => {
      const column = table.col(key);
      return { header: column.header, column, from: area.columnOf.get(key), formula: formulaOf(key) };
    };
    const own = currentHeaders.map((header, i) => ({ header, from: area.firstColumn + i }))
      .filter(({ from }) => ![...area.columnOf.values()].includes(from));
    let columns: ColumnPlan[];
    if (mode === 'upgrade') {
      columns = [...table.columns.map((c) => declaredPlan(c.key)), ...own];
    } else {
      const keyAt = new Map([...area.columnOf].map(([key, column]) => [column, key]));
      columns = currentHeaders.map((header, i) => {
        const key = keyAt.get(area.firstColumn + i);
        return key !== undefined ? declaredPlan(key) : { header, from: area.firstColumn + i };
      });
      for (const column of table.columns) if (!area.columnOf.has(column.key)) columns.push(declaredPlan(column.key));
    }
    const rowsNow = Math.max(area.lastRow - area.headerRow, 1);
    const clearAll = mode === 'new-client' && Boolean(table.clientRows);
    const values = mode === 'fill' ? initialRows(table, this.options.rows?.[table.name]) : undefined;
    const plan: TablePlan = {
      columns,
      rowCount: clearAll ? Math.max(table.blankRows ?? 0, 1) : Math.max(rowsNow, values?.length ?? 0),
      clear: new Set(mode === 'new-client' ? table.columns.filter((c) => c.clientEntry).map((c) => c.key) : []),
      clearAll,
      values,
      dateSystem: this.dateSystem(),
    };
    return { table, part, found, root, area, plan, cells, clearAll };
  }

  /**
   * Upgrade moves columns: the person's formulas, names, rules and charts that point into the cells
   * that move are made to point where they go, before anything moves; references that cannot
   * follow are named.
   */
  private shiftReferences(plans: PlannedTable[]): void {
    this.columnMoves = new ColumnMoves(plans.filter((p) => cellInTheWay(p.cells, p.root, p.area, p.plan) === undefined)
      .map((p) => columnMove(p.part.sheet.name, p.area, p.plan)));
    const declaredNames = new Set(this.schema.definedNames.map((n) => n.name.toLowerCase()));
    const shifted = shiftReferences(this.pkg, this.parts, this.columnMoves, (path) => this.cellsOf(path), (name) => declaredNames.has(name.toLowerCase()));
    if (shifted.formulas > 0) this.changes.push(text.referencesMoved(shifted.formulas));
    for (const { where, reference } of shifted.unmovable) this.notDone.push(text.referenceLeft(where, reference));
  }

  private layTable({ table, part, found, root, area, plan, cells, clearAll }: PlannedTable): void {
    const mode = this.options.mode;
    const laid = layTable(cells, root, area, plan, (key, which) => this.templateStyle(table.name, key, which));
    if ('inTheWay' in laid) {
      this.notDone.push(text.inTheWay(part.name, `${quoteSheet(part.sheet.name)}!${laid.inTheWay}`));
      return;
    }
    if (laid.partChanged) this.pkg.markChanged(part.path);
    if (plan.values && fitRowHeights(cells, table, laid.after, { first: 0, rows: plan.values, shrink: false })) this.pkg.markChanged(part.sheet.path);
    const sheet = part.sheet.name;
    for (const address of laid.ours) this.ours.add(`${sheet}!${address}`);
    for (const [from, to] of laid.moves) this.moves.set(`${sheet}!${from}`, to);
    if (mode !== 'fill' && found) {
      for (const header of laid.columnsAdded) this.changes.push(text.columnAdded(part.name, header));
      for (const header of laid.headersRestored) this.changes.push(text.header(part.name, header));
      if (laid.formulasRestored > 0) this.changes.push(text.formulas(part.name, laid.formulasRestored));
      if (mode === 'upgrade' && laid.moves.size > 0) this.changes.push(text.moved(part.name));
      if (clearAll) this.changes.push(text.clearedTable(part.name));
      else if (plan.clear.size > 0 && laid.changed) this.changes.push(text.clearedColumns(part.name));
      else if (laid.partChanged && laid.columnsAdded.length === 0 && laid.headersRestored.length === 0) this.changes.push(text.tablePart(part.name));
    }
    if (laid.formulasRestored > 0 || laid.columnsAdded.length > 0 || laid.changed) this.wroteFormulas = true;
    const placed = this.placedBySheet.get(part.sheet.path) ?? [];
    placed.push({ table, before: laid.before, after: laid.after });
    this.placedBySheet.set(part.sheet.path, placed);
  }

  private layoutCells(): void {
    const mode = this.options.mode;
    const listsSheet = this.schema.sheets.find((s) => s.hidden)?.name;
    const counts = new Map<string, { figures: number; labels: number }>();
    let clearedStart = false;
    const addedLists = this.unnamedListColumns(listsSheet);
    for (const cell of this.schema.cells) {
      // The template has every label and figure; a fill writes only the Start details. Labels on
      // the Lists sheet are a consultant's lists and are never written back, except those of a list
      // the workbook has no name for (one a later template added), which nobody can have customised.
      if (mode === 'fill' && cell.kind !== 'input') continue;
      if (cell.sheet === listsSheet && !cell.formula && !addedLists.has(cell.cell.replace(/\d+$/, ''))) continue;
      const sheet = this.sheetOf(cell.sheet);
      if (!sheet) continue;
      const cells = this.cellsOf(sheet.path);
      const now = cells.read(cell.cell);
      const count = counts.get(sheet.name) ?? { figures: 0, labels: 0 };
      counts.set(sheet.name, count);
      const style = () => now?.style ?? this.templateCellStyle(cell.sheet, cell.cell);
      if (cell.formula) {
        this.ours.add(`${sheet.name}!${cell.cell}`);
        const formula = this.formula(cell.formula);
        if (now?.formula !== formula) {
          cells.setFormula(cell.cell, formula, style());
          this.wroteFormulas = true;
          count.figures += 1;
        }
      } else if (cell.kind === 'input' && cell.input) {
        const given = this.options.start?.[cell.input.key];
        if (mode === 'new-client') {
          this.ours.add(`${sheet.name}!${cell.cell}`);
          if (cells.holdsSomething(cell.cell) && given === undefined) {
            cells.setValue(cell.cell, null, style());
            clearedStart = true;
          }
        }
        if (given !== undefined && given !== null && given !== '') {
          this.ours.add(`${sheet.name}!${cell.cell}`);
          cells.setValue(cell.cell, this.typed(given, cell.input.type), style());
          if (mode !== 'fill') this.changes.push(text.startDetail(cell.input.header));
        }
      } else if (cell.value !== undefined && !cells.holdsSomething(cell.cell)) {
        cells.setValue(cell.cell, cell.value, style());
        count.labels += 1;
      }
    }
    if (clearedStart) this.changes.push(text.clearedStart);
    if (mode === 'fill') return;
    for (const [sheet, { figures, labels }] of counts) {
      if (figures > 0) this.changes.push(text.figures(sheet, figures));
      if (labels > 0) this.changes.push(text.labels(sheet, labels));
    }
  }

  /** The Lists sheet's columns of declared lists whose defined name the workbook lacks, as letters. */
  private unnamedListColumns(listsSheet: string | undefined): Set<string> {
    if (listsSheet === undefined) return new Set();
    const named = new Set(this.parts.definedNames().filter((n) => n.sheetIndex === undefined).map((n) => n.name.toLowerCase()));
    return new Set(this.schema.definedNames
      .filter((n) => referencedSheet(n.refersTo) === listsSheet && !named.has(n.name.toLowerCase()))
      .flatMap((n) => /!\$([A-Z]+)\$\d+/.exec(n.refersTo)?.[1] ?? []));
  }

  /** ISO dates as serial numbers of the workbook's own date system; everything else as given. */
  private typed(value: CellValue, type: string): CellValue {
    if (type !== 'date' || typeof value !== 'string') return value;
    return serialIn(this.dateSystem(), value) ?? value;
  }

  private dateSystem(): DateSystem {
    return this.parts.date1904() ? 1904 : 1900;
  }

  private templateCellStyle(sheetName: string, address: string): string | undefined {
    const sheet = this.templateParts.sheet(sheetName);
    const stylesPath = this.templateParts.stylesPath();
    if (!sheet || !stylesPath || !this.styles) return undefined;
    const style = this.templateSheetCells(sheet.path).read(address)?.style;
    return style ? this.styles.importFormat(this.options.template, stylesPath, style) : undefined;
  }

  private names(): void {
    const existing = this.parts.definedNames().filter((n) => n.sheetIndex === undefined);
    for (const declared of this.schema.definedNames) {
      const name = existing.find((n) => n.name.toLowerCase() === declared.name.toLowerCase());
      const refersTo = declared.name === 'TemplateVersion' && this.options.version ? `"${this.options.version}"` : this.placedReference(declared.refersTo);
      if (refersTo === undefined) continue;
      const broken = name === undefined || name.refersTo.includes('#REF!') || (declared.name === 'TemplateVersion' && name.refersTo !== refersTo);
      if (!broken) continue;
      const workbook = this.parts.editWorkbook();
      let list = childNamed(workbook, 'definedNames');
      if (!list) list = insertInSequence(workbook, createChild(workbook, 'definedNames'), WORKBOOK_SEQUENCE);
      const element = name?.element ?? list.appendChild(createChild(list, 'definedName', { name: declared.name })) as Element;
      setText(element, refersTo);
      if (this.options.mode !== 'fill' && declared.name !== 'TemplateVersion') this.changes.push(text.name(declared.name));
    }
  }

  /** A declared reference with its sheet under the name it has now; undefined when the sheet is gone. */
  private placedReference(refersTo: string): string | undefined {
    const sheet = referencedSheet(refersTo);
    if (sheet === undefined) return refersTo;
    const now = this.sheetOf(sheet);
    if (!now) return undefined;
    return `${quoteSheet(now.name)}${refersTo.slice(refersTo.indexOf('!'))}`;
  }

  private properties(): void {
    if (!this.pkg.has(CUSTOM_PART)) {
      this.pkg.put(CUSTOM_PART, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS.custom}" xmlns:vt="${NS.vt}"></Properties>`);
      this.pkg.declareContentType(CUSTOM_PART, CUSTOM_TYPE);
      this.pkg.addRelationship('', REL_TYPE.customProperties, CUSTOM_PART);
    }
    const names = this.schema.properties ?? { version: PROPERTY_VERSION, workbookId: PROPERTY_WORKBOOK_ID };
    const version = this.options.version;
    if (version !== undefined && this.setProperty(names.version, version, true) && this.options.mode !== 'fill') this.changes.push(text.version(version));
    if (this.setProperty(names.version, this.schema.version, false) && this.options.mode !== 'fill') this.changes.push(text.version(this.schema.version));
    const id = this.options.workbookId;
    if (id !== undefined && this.setProperty(names.workbookId, id, true) && this.options.mode === 'new-client') this.changes.push(text.workbookId);
    const missing = this.options.missingWorkbookId;
    const had = (this.propertyText(names.workbookId) ?? '').trim();
    if (id === undefined && missing && (had === '' || had === TEMPLATE_WORKBOOK_ID) && this.setProperty(names.workbookId, missing(), true)) {
      this.changes.push(text.workbookId);
    }
    for (const [name, value] of Object.entries(this.options.properties ?? {})) this.setProperty(name, value, true);
  }

  /** A custom property's text; undefined when the workbook has no such property. */
  private propertyText(name: string): string | undefined {
    const root = this.pkg.xml(CUSTOM_PART)?.documentElement as Element;
    const existing = childrenNamed(root, 'property').find((p) => p.getAttribute('name') === name);
    return existing ? textOf(existing) : undefined;
  }

  /** Sets a custom property (only when missing unless `replace`); true when it changed. */
  private setProperty(name: string, value: string, replace: boolean): boolean {
    const root = this.pkg.xml(CUSTOM_PART)?.documentElement as Element;
    const existing = childrenNamed(root, 'property').find((p) => p.getAttribute('name') === name);
    if (existing && (!replace || textOf(existing) === value)) return false;
    const edited = this.pkg.edit(CUSTOM_PART).documentElement as Element;
    const property = existing ?? edited.appendChild(createChild(edited, 'property', {
      fmtid: PROPERTY_FORMAT_ID,
      pid: Math.max(1, ...childrenNamed(edited, 'property').map((p) => Number(p.getAttribute('pid')) || 0)) + 1,
      name,
    })) as Element;
    while (property.firstChild) property.removeChild(property.firstChild);
    const prefix = root.lookupPrefix(NS.vt) ?? 'vt';
    const doc = edited.ownerDocument as Document;
    const lpwstr = doc.createElementNS(NS.vt, `${prefix}:lpwstr`);
    lpwstr.appendChild(doc.createTextNode(value));
    property.appendChild(lpwstr);
    return true;
  }
}

/**
 * No formula we write carries a cached value, and the values we write change what formulas show:
 * have every application compute them on opening.
 */
export function calculateOnLoad(parts: WorkbookParts): void {
  const workbook = parts.editWorkbook();
  const calc = childNamed(workbook, 'calcPr') ?? insertInSequence(workbook, createChild(workbook, 'calcPr'), WORKBOOK_SEQUENCE);
  calc.setAttribute('fullCalcOnLoad', '1');
}

/** The sheet a reference such as `'My sheet'!$B$5` points into. */
function referencedSheet(reference: string): string | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!'"]+))!/.exec(reference.trim());
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}
