/**
 * The file host's reader: an .xlsx file to the checks' WorkbookData. It reads the parts of the
 * package directly (tables, cells, names, properties) with an XML parser, so it sees exactly what
 * is stored: text stays text, numbers stay numbers, formulas and error values are kept, whatever
 * namespace prefixes the writing program used. Guards against files that are not workbooks,
 * locked, damaged, or built to exhaust memory.
 */
import { strFromU8, Unzip, unzipSync, type UnzipDecoder } from 'fflate';
import { Buffer } from 'buffer';
import { inflateRawSync } from 'zlib';
import { isEmptyCell, ROWS_READ_BELOW, type CellData, type NamedCell, type TableData, type WorkbookData } from '../data/workbook-data';
import { readText } from '../domain/strings/en/read';
import { cellAddress, columnNumber } from '../schema/address';
import { allLists } from '../schema/lists';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { workbookSchema, type WorkbookSchema } from '../schema/workbook';
import { dateStyles, type DateSystem } from './date-cells';
import { SharedStrings } from './shared-strings';
import { readSheetCells, SheetCells } from './sheet-cells';
import { child, descendants, parseXml, type XmlElement } from './xml-tree';

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
/** The most deflate can expand what it stores (RFC 1951: a 258-byte match in about two bits), with room to spare. */
const MAX_DEFLATE_RATIO = 1032;
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const REL_TABLE = /\/table$/;
/** A workbook with no text in any cell has no shared string table. */
const NO_STRINGS = new TextEncoder().encode('<sst/>');

export function readWorkbookData(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): WorkbookData {
  return openPackage(bytes, limits, workbookSchema).workbookData();
}

/**
 * Another of our workbooks (a rater form) read the same way: recognised by its own tables or
 * version property, with every custom property it carries.
 */
export function readDeclaredPackage(bytes: Uint8Array, schema: WorkbookSchema, limits: ReadLimits = DEFAULT_LIMITS):
  { data: WorkbookData; properties: Record<string, string> } {
  const reader = openPackage(bytes, limits, schema);
  return { data: reader.workbookData(), properties: Object.fromEntries(reader.customProperties()) };
}

function openPackage(bytes: Uint8Array, limits: ReadLimits, schema: WorkbookSchema): PackageReader {
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError('too-large', readText.tooLarge((bytes.length / MB).toFixed(1), limits.maxFileBytes / MB));
  }
  refuseOtherFormats(bytes);
  return new PackageReader(unpack(bytes, limits), limits, schema);
}

function refuseOtherFormats(bytes: Uint8Array): void {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) throw new WorkbookReadError('password', readText.passwordOrXls);
  if (starts(0x25, 0x50, 0x44, 0x46)) throw new WorkbookReadError('not-xlsx', readText.pdf);
  if (bytes.length === 0) throw new WorkbookReadError('not-xlsx', readText.empty);
  throw new WorkbookReadError('not-xlsx', readText.notXlsx);
}

const wanted = (name: string) => (name === 'mimetype' || name === '_rels/.rels' || /^(xl\/|docProps\/custom\.xml$)/.test(name))
  && !/\.(bin|png|jpe?g|gif|emf|wmf|tiff?|svg)$/i.test(name);

/**
 * The parts the reader needs, never pictures or binary parts; an .ods is recognised by its mimetype
 * entry. fflate reads the zip's directory first, which refuses a cut-off file and, from the sizes it
 * declares, a zip bomb before anything is unpacked; the parts are then inflated by Node's own zlib
 * (many times faster than inflating in JavaScript on a 20 MB worksheet), which also stops at the
 * limit whatever the directory declared.
 */
function unpack(bytes: Uint8Array, limits: ReadLimits): Record<string, Uint8Array> {
  let declared = 0;
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > limits.maxUnpackedBytes) throw new WorkbookReadError('too-large', readText.unpacksTooLarge(limits.maxUnpackedBytes / MB));
        if (wanted(file.name)) names.add(file.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError('corrupt', readText.damaged);
  }
  const parts = inflateParts(bytes, names, limits.maxUnpackedBytes);
  if (parts.mimetype && strFromU8(parts.mimetype).trim() === ODS_MIMETYPE) throw new WorkbookReadError('not-xlsx', readText.ods);
  return parts;
}

function inflateParts(bytes: Uint8Array, names: Set<string>, maxBytes: number): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  let unpacked = 0;
  /** A deflated part inflated by zlib in one go once all of it has arrived. */
  class NativeInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: UnzipDecoder['ondata'] = () => undefined;
    private readonly chunks: Uint8Array[] = [];
    /**
     * zlib inflates into pieces of this size and then copies them into one buffer, 25 MB for a
     * large worksheet: one piece the size the zip declares (and deflate can reach, about 1,032
     * times what it stores) saves the copy.
     */
    private readonly chunkSize: number | undefined;

    constructor(_name: string, size?: number, originalSize?: number) {
      if (size !== undefined && originalSize !== undefined && size >= 0 && originalSize >= 0) {
        this.chunkSize = Math.max(64, Math.min(originalSize, size * MAX_DEFLATE_RATIO, maxBytes - unpacked) + 1);
      }
    }

    push(chunk: Uint8Array, final: boolean): void {
      this.chunks.push(chunk);
      if (!final) return;
      let inflated: Uint8Array;
      try {
        const deflated = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        const output = inflateRawSync(deflated, { maxOutputLength: Math.max(1, maxBytes - unpacked), ...(this.chunkSize ? { chunkSize: this.chunkSize } : {}) });
        inflated = new Uint8Array(output.buffer as ArrayBuffer, output.byteOffset, output.length);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new WorkbookReadError('too-large', readText.unpacksTooLarge(maxBytes / MB));
        throw new WorkbookReadError('corrupt', readText.damaged);
      }
      unpacked += inflated.length;
      this.ondata(null, inflated as Uint8Array<ArrayBuffer>, true);
    }
  }
  try {
    const unzip = new Unzip((file) => {
      if (!names.has(file.name)) return;
      const chunks: Uint8Array[] = [];
      file.ondata = (error, data, final) => {
        if (error) throw error;
        chunks.push(data);
        if (final) parts[file.name] = chunks.length === 1 ? chunks[0] : new Uint8Array(Buffer.concat(chunks));
      };
      file.start();
    });
    unzip.register(NativeInflate);
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError('corrupt', readText.damaged);
  }
  if (Object.keys(parts).length !== names.size) throw new WorkbookReadError('corrupt', readText.damaged);
  return parts;
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

interface DefinedName {
  name: string;
  refersTo: string;
  local: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

class PackageReader {
  private readonly workbookPath: string;
  private readonly workbook: XmlElement;
  private readonly workbookRels: Relationship[];
  private readonly sheets: SheetPart[];
  private readonly dateSystem: DateSystem;
  private sharedStrings?: SharedStrings;
  private styles?: Set<number>;
  private readonly cells = new Map<string, SheetCells>();
  private cellCount = 0;

  constructor(private readonly parts: Record<string, Uint8Array>, private readonly limits: ReadLimits, private readonly schema: WorkbookSchema) {
    const main = this.relationships('_rels/.rels', '').find((r) => REL_OFFICE_DOCUMENT.test(r.type));
    this.workbookPath = main && this.parts[main.target] ? main.target : 'xl/workbook.xml';
    const workbook = this.xml(this.workbookPath);
    if (!workbook) throw new WorkbookReadError('corrupt', readText.noWorkbookPart);
    this.workbook = workbook;
    this.workbookRels = this.relationships(relsPathOf(this.workbookPath), folderOf(this.workbookPath));
    const byId = new Map(this.relationshipIds(relsPathOf(this.workbookPath), folderOf(this.workbookPath)));
    this.sheets = descendants(workbook, 'sheet').map((s) => ({ name: s.attrs.name ?? '', path: byId.get(s.attrs.id ?? '') ?? '' }));
    const flag = child(workbook, 'workbookPr')?.attrs.date1904;
    this.dateSystem = flag === '1' || flag === 'true' ? 1904 : 1900;
  }

  workbookData(): WorkbookData {
    const tables = this.sheets.flatMap((sheet) => this.tableParts(sheet));
    const properties = this.customProperties();
    const declared = new Set(this.schema.tables.map((p) => p.table.name.toLowerCase()));
    const names = this.schema.properties ?? { version: PROPERTY_VERSION, workbookId: PROPERTY_WORKBOOK_ID };
    if (!properties.has(names.version) && !tables.some((t) => declared.has(t.name.toLowerCase()))) {
      throw new WorkbookReadError('not-partnering', readText.notPartnering);
    }
    const definedNames = descendants(this.workbook, 'definedName').map((n): DefinedName => ({
      name: n.attrs.name ?? '', refersTo: n.text, local: n.attrs.localSheetId !== undefined,
    }));
    return {
      sheets: this.sheets.map((s) => s.name),
      tables: Object.fromEntries(tables.map((t) => [t.name, this.tableData(t)])),
      otherTables: tables.filter((t) => !declared.has(t.name.toLowerCase())).map((t) => ({ name: t.name, sheet: t.sheet, headers: t.columns })),
      names: this.namedCells(definedNames),
      lists: this.listValues(definedNames),
      templateVersion: properties.get(names.version),
      workbookId: properties.get(names.workbookId),
      dateSystem: this.dateSystem,
    };
  }

  private text(path: string): string | undefined {
    const part = this.parts[path];
    return part ? strFromU8(part) : undefined;
  }

  private xml(path: string): XmlElement | undefined {
    const text = this.text(path);
    if (text === undefined) return undefined;
    try {
      return parseXml(text);
    } catch {
      throw new WorkbookReadError('corrupt', readText.damagedPart(path));
    }
  }

  private relationshipIds(path: string, base: string): Array<[string, string]> {
    const rels = this.xml(path);
    return rels ? descendants(rels, 'Relationship').map((r) => [r.attrs.Id ?? '', resolvePath(base, r.attrs.Target ?? '')]) : [];
  }

  private relationships(path: string, base: string): Relationship[] {
    const rels = this.xml(path);
    return rels ? descendants(rels, 'Relationship').map((r) => ({ type: r.attrs.Type ?? '', target: resolvePath(base, r.attrs.Target ?? '') })) : [];
  }

  private partOf(type: RegExp, fallback: string): string {
    return this.workbookRels.find((r) => type.test(r.type))?.target ?? fallback;
  }

  private strings(): SharedStrings {
    if (!this.sharedStrings) {
      const path = this.partOf(REL_SHARED_STRINGS, 'xl/sharedStrings.xml');
      const damaged = () => new WorkbookReadError('corrupt', readText.damagedPart(path));
      try {
        this.sharedStrings = new SharedStrings(this.parts[path] ?? NO_STRINGS, damaged);
      } catch {
        throw damaged();
      }
    }
    return this.sharedStrings;
  }

  private dateFormats(): Set<number> {
    this.styles ??= dateStyles(this.xml(this.partOf(REL_STYLES, 'xl/styles.xml')));
    return this.styles;
  }

  private tableParts(sheet: SheetPart): TablePart[] {
    const rels = this.relationships(relsPathOf(sheet.path), folderOf(sheet.path));
    return rels.filter((r) => REL_TABLE.test(r.type) || /\/tables\/[^/]+\.xml$/.test(r.target)).flatMap(({ target }) => {
      const table = this.xml(target);
      if (!table || table.name !== 'table') return [];
      const columns = descendants(table, 'tableColumn').map((c) => c.attrs.name ?? '');
      return [{
        name: table.attrs.displayName ?? table.attrs.name ?? '',
        sheet: sheet.name,
        ref: table.attrs.ref ?? '',
        headerRows: table.attrs.headerRowCount === undefined ? 1 : Number(table.attrs.headerRowCount),
        totalsRows: Number(table.attrs.totalsRowCount ?? 0),
        columns,
      }];
    });
  }

  private sheetCells(sheetName: string): SheetCells {
    const cached = this.cells.get(sheetName);
    if (cached) return cached;
    const sheet = this.sheets.find((s) => s.name === sheetName);
    const part = sheet ? this.parts[sheet.path] : undefined;
    let cells = new SheetCells();
    if (part !== undefined) {
      const context = {
        sharedStrings: this.strings(), dateStyles: this.dateFormats(), dateSystem: this.dateSystem,
        countCell: () => {
          this.cellCount += 1;
          if (this.cellCount > this.limits.maxCells) throw new WorkbookReadError('too-large', readText.tooManyCells(this.limits.maxCells.toLocaleString('en')));
        },
      };
      try {
        cells = readSheetCells(part, context);
      } catch (error) {
        if (error instanceof WorkbookReadError) throw error;
        throw new WorkbookReadError('corrupt', readText.damagedPart(sheet?.path ?? sheetName));
      }
    }
    this.cells.set(sheetName, cells);
    return cells;
  }

  private tableData(table: TablePart): TableData {
    const [start, end] = table.ref.split(':').map(splitAddress);
    const cells = this.sheetCells(table.sheet);
    const headerRow = start.row;
    const columns = table.columns.map((header, i) => ({ header, column: start.column + i }));
    const layout = { ...(table.totalsRows > 0 ? { totalsRow: true } : {}), ...(table.headerRows === 0 ? { noHeaderRow: true } : {}) };
    // Without a header row no column can be found by its header; the checks report the table instead.
    if (table.headerRows === 0) return { name: table.name, sheet: table.sheet, headerRow, columns, rows: [], ...layout };
    const rowAt = (row: number) => {
      const rowCells: Record<string, CellData> = {};
      for (const { header, column } of columns) {
        rowCells[header] = cells.at(row, column) ?? { address: cellAddress(column, row), value: null };
      }
      return { row, cells: rowCells };
    };
    const lastRow = (end ?? start).row;
    const rows: TableData['rows'] = [];
    for (let row = start.row + table.headerRows; row <= lastRow - table.totalsRows; row++) rows.push(rowAt(row));
    const below: TableData['rows'] = [];
    for (let row = lastRow + 1; row <= lastRow + ROWS_READ_BELOW; row++) {
      const under = rowAt(row);
      if (Object.values(under.cells).every(isEmptyCell)) break;
      below.push(under);
    }
    return { name: table.name, sheet: table.sheet, headerRow, columns, rows, below, ...layout };
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
          const value = cells.at(row, column)?.value;
          if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') values.push(value);
        }
      }
      result[list.name] = values;
    }
    return result;
  }

  customProperties(): Map<string, string> {
    const map = new Map<string, string>();
    const properties = this.xml('docProps/custom.xml');
    for (const property of properties ? descendants(properties, 'property') : []) {
      map.set(property.attrs.name ?? '', property.children[0]?.text ?? '');
    }
    return map;
  }
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

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const relsPathOf = (path: string) => `${folderOf(path)}_rels/${path.slice(folderOf(path).length)}.rels`;

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
