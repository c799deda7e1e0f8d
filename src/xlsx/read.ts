/**
 * The file host's reader: an .xlsx file to the checks' WorkbookData. It reads the parts of the
 * file directly (tables, cells, names, properties) so it sees exactly what is stored: text stays
 * text, numbers stay numbers, formulas and error values are kept. Guards against files that are
 * not workbooks, locked, damaged, or built to exhaust memory.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { CellData, NamedCell, RawValue, TableData, WorkbookData } from '../data/workbook-data';
import { cellAddress, columnNumber } from '../schema/address';
import { allLists } from '../schema/lists';
import { workbookSchema } from '../schema/workbook';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';

export type ReadProblem = 'not-xlsx' | 'password' | 'corrupt' | 'too-large' | 'not-partnering';

/** A file that cannot be read as a Partnering workbook, with the reason in plain words. */
export class WorkbookReadError extends Error {
  constructor(readonly problem: ReadProblem, message: string) {
    super(message);
  }
}

export interface ReadLimits {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Total size of the parts once unpacked (a zip bomb unpacks to far more than it stores). */
  maxUnpackedBytes: number;
  /** Cells across all sheets. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 400 * 1024 * 1024,
  maxCells: 3_000_000,
};

const MB = 1024 * 1024;

export function readWorkbookData(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): WorkbookData {
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError('too-large', `is ${(bytes.length / MB).toFixed(1)} MB, more than the ${limits.maxFileBytes / MB} MB this tool reads.`);
  }
  refuseOtherFormats(bytes);
  const parts = unpack(bytes, limits);
  const book = new PackageReader(parts, limits);
  return book.workbookData();
}

function refuseOtherFormats(bytes: Uint8Array): void {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new WorkbookReadError('password', 'is password-protected or an old .xls file. Remove the password (File › Info › Protect Workbook) or save it as .xlsx, then check it again.');
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) throw new WorkbookReadError('not-xlsx', 'is a PDF, not an .xlsx workbook.');
  if (bytes.length === 0) throw new WorkbookReadError('not-xlsx', 'is empty, not an .xlsx workbook.');
  throw new WorkbookReadError('not-xlsx', 'is not an .xlsx workbook (it may be a CSV or text file). Open it in Excel and save it as .xlsx.');
}

function unpack(bytes: Uint8Array, limits: ReadLimits): Record<string, Uint8Array> {
  let unpacked = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > limits.maxUnpackedBytes) {
          throw new WorkbookReadError('too-large', `unpacks to more than ${limits.maxUnpackedBytes / MB} MB, far more than a workbook of this kind; it was not read.`);
        }
        return /^(xl\/|docProps\/custom\.xml$)/.test(file.name) && !/\.(bin|png|jpe?g|emf|wmf)$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError('corrupt', 'is damaged: it is not a complete .xlsx file. Open it in Excel (which may repair it) and save it again.');
  }
}

interface SheetPart {
  name: string;
  path: string;
}

interface TablePart {
  name: string;
  sheet: string;
  ref: string;
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

type SheetCells = Map<string, CellData>;

class PackageReader {
  private readonly sharedStrings: string[];
  private readonly sheets: SheetPart[];
  private readonly cells = new Map<string, SheetCells>();
  private cellCount = 0;

  constructor(private readonly parts: Record<string, Uint8Array>, private readonly limits: ReadLimits) {
    const workbook = this.text('xl/workbook.xml');
    if (workbook === undefined) throw new WorkbookReadError('corrupt', 'is damaged or not a workbook: it has no workbook part.');
    this.sharedStrings = parseSharedStrings(this.text('xl/sharedStrings.xml') ?? '');
    this.sheets = this.sheetParts(workbook);
  }

  workbookData(): WorkbookData {
    const workbook = this.text('xl/workbook.xml') as string;
    const tables = this.sheets.flatMap((sheet) => this.tableParts(sheet));
    const properties = parseCustomProperties(this.text('docProps/custom.xml') ?? '');
    const declared = new Set(workbookSchema.tables.map((p) => p.table.name.toLowerCase()));
    if (!properties.has(PROPERTY_VERSION) && !tables.some((t) => declared.has(t.name.toLowerCase()))) {
      throw new WorkbookReadError('not-partnering', 'is an .xlsx workbook but not a Partnering Workbook: none of its tables or properties are ours. Create one with `partnering new`.');
    }
    const names = parseDefinedNames(workbook);
    return {
      sheets: this.sheets.map((s) => s.name),
      tables: Object.fromEntries(tables.map((t) => [t.name, this.tableData(t)])),
      names: this.namedCells(names),
      lists: this.listValues(names),
      templateVersion: properties.get(PROPERTY_VERSION),
      workbookId: properties.get(PROPERTY_WORKBOOK_ID),
    };
  }

  private text(path: string): string | undefined {
    const part = this.parts[path];
    return part ? strFromU8(part) : undefined;
  }

  private sheetParts(workbook: string): SheetPart[] {
    const rels = relationships(this.text('xl/_rels/workbook.xml.rels') ?? '', 'xl/');
    return elements(workbook, 'sheet').map((attrs) => ({
      name: attrs.name ?? '',
      path: rels.get(attrs['r:id'] ?? '') ?? '',
    }));
  }

  private tableParts(sheet: SheetPart): TablePart[] {
    const folder = sheet.path.slice(0, sheet.path.lastIndexOf('/') + 1);
    const file = sheet.path.slice(folder.length);
    const rels = relationships(this.text(`${folder}_rels/${file}.rels`) ?? '', folder);
    const targets = [...rels.entries()].filter(([, target]) => /\/tables\/[^/]+\.xml$/.test(target)).map(([, target]) => target);
    return targets.flatMap((path) => {
      const xml = this.text(path);
      if (!xml) return [];
      const [table] = elements(xml, 'table');
      if (!table) return [];
      return [{
        name: table.displayName ?? table.name ?? '',
        sheet: sheet.name,
        ref: table.ref ?? '',
        headerRows: table.headerRowCount === undefined ? 1 : Number(table.headerRowCount),
        totalsRows: Number(table.totalsRowCount ?? 0),
        columns: elements(xml, 'tableColumn').map((c) => c.name ?? ''),
      }];
    });
  }

  private sheetCells(sheetName: string): SheetCells {
    const cached = this.cells.get(sheetName);
    if (cached) return cached;
    const sheet = this.sheets.find((s) => s.name === sheetName);
    const cells = parseCells(this.text(sheet?.path ?? '') ?? '', this.sharedStrings, () => {
      this.cellCount += 1;
      if (this.cellCount > this.limits.maxCells) {
        throw new WorkbookReadError('too-large', `has more than ${this.limits.maxCells.toLocaleString('en')} cells, more than this tool reads.`);
      }
    });
    this.cells.set(sheetName, cells);
    return cells;
  }

  private tableData(table: TablePart): TableData {
    const [start, end] = table.ref.split(':').map(splitAddress);
    const cells = this.sheetCells(table.sheet);
    const headerRow = start.row;
    const columns = table.columns.map((header, i) => ({ header, column: start.column + i }));
    const firstData = start.row + table.headerRows;
    const lastData = (end ?? start).row - table.totalsRows;
    const rows: TableData['rows'] = [];
    for (let row = firstData; row <= lastData; row++) {
      const rowCells: Record<string, CellData> = {};
      for (const { header, column } of columns) {
        const address = cellAddress(column, row);
        rowCells[header] = cells.get(address) ?? { address, value: null };
      }
      rows.push({ row, cells: rowCells });
    }
    return { name: table.name, sheet: table.sheet, headerRow, columns, rows };
  }

  private namedCells(names: DefinedName[]): Record<string, NamedCell> {
    const result: Record<string, NamedCell> = {};
    for (const name of names) {
      const target = parseReference(name.refersTo);
      if (!target || target.end || name.local) continue;
      const address = cellAddress(target.start.column, target.start.row);
      const cell = this.sheetCells(target.sheet).get(address);
      result[name.name] = { sheet: target.sheet, address, value: cell?.value ?? null, ...(cell?.formula !== undefined ? { formula: cell.formula } : {}) };
    }
    return result;
  }

  private listValues(names: DefinedName[]): Record<string, Array<string | number>> {
    const result: Record<string, Array<string | number>> = {};
    for (const list of allLists) {
      const target = parseReference(names.find((n) => n.name.toLowerCase() === list.name.toLowerCase())?.refersTo ?? '');
      if (!target || !this.sheets.some((s) => s.name === target.sheet)) continue;
      const cells = this.sheetCells(target.sheet);
      const end = target.end ?? target.start;
      const values: Array<string | number> = [];
      for (let row = target.start.row; row <= end.row; row++) {
        for (let column = target.start.column; column <= end.column; column++) {
          const value = cells.get(cellAddress(column, row))?.value;
          if (typeof value === 'string' || typeof value === 'number') values.push(value);
        }
      }
      result[list.name] = values;
    }
    return result;
  }
}

interface DefinedName {
  name: string;
  refersTo: string;
  local: boolean;
}

function parseDefinedNames(workbook: string): DefinedName[] {
  const found: DefinedName[] = [];
  for (const match of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const attrs = attributes(match[1]);
    found.push({ name: attrs.name ?? '', refersTo: unescapeXml(match[2]), local: attrs.localSheetId !== undefined });
  }
  return found;
}

/** `'My sheet'!$B$5` or `Lists!$A$2:$A$7` → sheet and cells; undefined for anything else. */
function parseReference(reference: string) {
  const match = /^(?:'((?:[^']|'')+)'|([^!'"]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(reference.trim());
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return {
    sheet,
    start: { column: columnNumber(match[3]), row: Number(match[4]) },
    end: match[5] ? { column: columnNumber(match[5]), row: Number(match[6]) } : undefined,
  };
}

function splitAddress(address: string): { column: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  return match ? { column: columnNumber(match[1]), row: Number(match[2]) } : { column: 1, row: 1 };
}

function relationships(xml: string, base: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const attrs of elements(xml, 'Relationship')) {
    const target = attrs.Target ?? '';
    map.set(attrs.Id ?? '', resolvePath(base, target));
  }
  return map;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (base + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

function parseSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1]));
}

/** The text of `<t>` runs, leaving out phonetic guides. */
function textRuns(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => unescapeCellText(m[1] ?? '')).join('');
}

function parseCustomProperties(xml: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of xml.matchAll(/<property\b([^>]*)>([\s\S]*?)<\/property>/g)) {
    const value = /<vt:[a-z0-9]+>([\s\S]*?)<\/vt:[a-z0-9]+>/i.exec(match[2]);
    map.set(attributes(match[1]).name ?? '', unescapeXml(value?.[1] ?? ''));
  }
  return map;
}

function parseCells(xml: string, sharedStrings: string[], count: () => void): SheetCells {
  const cells: SheetCells = new Map();
  const sharedFormulas = new Map<string, string>();
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    count();
    const attrs = attributes(match[1]);
    const address = attrs.r;
    if (!address) continue;
    const body = match[2] ?? '';
    const formula = readFormula(body, sharedFormulas);
    const value = readValue(attrs.t, body, sharedStrings);
    if (value === null && formula === undefined) continue;
    cells.set(address, formula === undefined ? { address, value } : { address, value, formula });
  }
  return cells;
}

function readFormula(body: string, shared: Map<string, string>): string | undefined {
  const match = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
  if (!match) return undefined;
  const attrs = attributes(match[1]);
  const text = match[2] === undefined ? undefined : unescapeXml(match[2]);
  if (attrs.t === 'shared' && attrs.si !== undefined) {
    if (text) shared.set(attrs.si, text);
    return text || shared.get(attrs.si);
  }
  return text?.replace(/^=/, '');
}

function readValue(type: string | undefined, body: string, sharedStrings: string[]): RawValue {
  if (type === 'inlineStr') {
    const inline = /<is>([\s\S]*?)<\/is>/.exec(body);
    return inline ? textRuns(inline[1]) : null;
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case 's': return sharedStrings[Number(v)] ?? '';
    case 'str': return unescapeCellText(v);
    case 'b': return v === '1';
    case 'e': return { error: unescapeXml(v) };
    default: {
      const number = Number(v);
      return Number.isFinite(number) ? number : unescapeXml(v);
    }
  }
}

/** Attributes of every element with that local name (any namespace prefix). */
function elements(xml: string, name: string): Array<Record<string, string>> {
  const pattern = new RegExp(`<(?:[A-Za-z0-9]+:)?${name}\\b([^>]*?)/?>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributes(m[1]));
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[match[1]] = unescapeXml(match[2] ?? match[3] ?? '');
  }
  return attrs;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&(lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'" };
      if (named[entity.toLowerCase()]) return named[entity.toLowerCase()];
      const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    })
    .replace(/&amp;/g, '&');
}

/** Excel writes control characters in cell text as `_xHHHH_`. */
function unescapeCellText(text: string): string {
  return unescapeXml(text).replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
