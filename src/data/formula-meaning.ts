/**
 * Two formulas compared by what they compute, not how they are spelt. Other programs re-spell our
 * formulas on saving: LibreOffice writes `FALSE()` for `FALSE`, a trip through .ods turns
 * `tblRisks[[#This Row],[Likelihood]]` into `Risks!$G5` and `tblPrinciples[Rating]` into
 * `Principles!$F$5:$F$64`, Excel shows `[@Likelihood]`, and functions newer than 2007 carry an
 * `_xlfn.` prefix in files. Each token is brought to one form (references to the sheet cells they
 * cover, found through the tables' positions), then the sequences are compared.
 */
import { tokenise, type A1Reference, type FormulaToken, type StructuredReference } from './formula-tokens';
import type { TableData, WorkbookData } from './workbook-data';

/** Where the formula stands: needed to resolve `#This Row`, `[@Col]` and unqualified A1 references. */
export interface FormulaPlace {
  data: Pick<WorkbookData, 'tables'>;
  sheet: string;
  /** The formula's own cell, e.g. `I5`. */
  cell: string;
  /** The table the cell belongs to, for `[@Col]` without a table name. */
  table?: string;
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;
const FUNCTION_PREFIX = /^(?:_xlfn\.|_xlws\.)+/i;

const tokenCache = new Map<string, FormulaToken[]>();

function tokensOf(formula: string): FormulaToken[] {
  let tokens = tokenCache.get(formula);
  if (!tokens) {
    tokens = tokenise(formula.trim());
    if (tokenCache.size > 500) tokenCache.clear();
    tokenCache.set(formula, tokens);
  }
  return tokens;
}

/** True when both formulas compute the same thing at that place. */
export function sameFormula(found: string, expected: string, place?: FormulaPlace): boolean {
  if (found === expected) return true;
  const a = meaning(found, place);
  const b = meaning(expected, place);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** The formula as a list of tokens in one form; equal lists mean equal formulas. */
export function meaning(formula: string, place?: FormulaPlace): string[] {
  const tokens = tokensOf(formula).filter((t) => t.kind !== 'space');
  const out: string[] = [];
  const own = place && ownCell(place);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.kind) {
      case 'function': {
        const name = token.text.replace(FUNCTION_PREFIX, '').toUpperCase();
        if ((name === 'TRUE' || name === 'FALSE') && tokens[i + 1]?.kind === 'open' && tokens[i + 2]?.kind === 'close') {
          out.push(`b:${name}`);
          i += 2;
        } else out.push(`f:${name}`);
        break;
      }
      case 'bool': out.push(`b:${token.text.toUpperCase()}`); break;
      case 'number': out.push(`n:${Number(token.text)}`); break;
      case 'error': out.push(`e:${token.text.toUpperCase()}`); break;
      case 'name': out.push(`d:${token.sheet === undefined ? '' : `${token.sheet.toLowerCase()}!`}${token.text.slice(token.text.lastIndexOf('!') + 1).toLowerCase()}`); break;
      case 'ref': out.push(a1Area(token.ref as A1Reference, place)); break;
      case 'structured': out.push(structuredArea(token.structured as StructuredReference, place, own?.row)); break;
      default: out.push(token.text);
    }
  }
  return out;
}

interface Area {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const areaText = ({ sheet, top, left, bottom, right }: Area) => `r:${sheet.toLowerCase()}!${left},${top}:${right},${bottom}`;

function ownCell(place: FormulaPlace): { column: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(place.cell);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { column, row: Number(m[2]) };
}

/** `$` only says how a reference moves when copied; in its own cell `$G5` and `G5` are the same cell. */
function a1Area(ref: A1Reference, place: FormulaPlace | undefined): string {
  const sheet = ref.sheet ?? place?.sheet;
  const start = ref.start;
  const end = ref.end ?? ref.start;
  if (sheet === undefined) return `a:${[start, end].map((p) => `${p.column ?? ''},${p.row ?? ''}`).join(':')}`;
  return areaText({
    sheet,
    left: Math.min(start.column ?? 1, end.column ?? 1),
    right: Math.max(start.column ?? MAX_COLUMN, end.column ?? MAX_COLUMN),
    top: Math.min(start.row ?? 1, end.row ?? 1),
    bottom: Math.max(start.row ?? MAX_ROW, end.row ?? MAX_ROW),
  });
}

function findTableIn(place: FormulaPlace, name: string): TableData | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(place.data.tables).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : place.data.tables[key];
}

/** The cells a structured reference covers; its normal spelling when the table is not known. */
function structuredArea(ref: StructuredReference, place: FormulaPlace | undefined, ownRow: number | undefined): string {
  const tableName = ref.table ?? place?.table;
  const spelling = () => `s:${(tableName ?? '').toLowerCase()}[${[...new Set(ref.items)].sort().join(',')}|${(ref.columns ?? []).map((c) => c.toLowerCase()).join(':')}]`;
  const table = place && tableName !== undefined ? findTableIn(place, tableName) : undefined;
  if (!table || table.columns.length === 0) return spelling();
  const columnOf = (header: string) => table.columns.find((c) => c.header.trim().toLowerCase() === header.trim().toLowerCase())?.column;
  const [first, last] = ref.columns ? [columnOf(ref.columns[0]), columnOf(ref.columns[1])] : [
    Math.min(...table.columns.map((c) => c.column)), Math.max(...table.columns.map((c) => c.column)),
  ];
  if (first === undefined || last === undefined) return spelling();
  const firstData = table.headerRow + 1;
  const lastData = Math.max(firstData, ...table.rows.map((r) => r.row));
  const items = new Set(ref.items);
  let top: number;
  let bottom: number;
  if (items.has('#this row')) {
    if (ownRow === undefined) return spelling();
    [top, bottom] = [ownRow, ownRow];
  } else if (items.has('#totals')) {
    return spelling();
  } else if (items.has('#all') || (items.has('#headers') && items.has('#data'))) {
    [top, bottom] = [table.headerRow, lastData];
  } else if (items.has('#headers')) {
    [top, bottom] = [table.headerRow, table.headerRow];
  } else {
    [top, bottom] = [firstData, lastData];
  }
  return areaText({ sheet: table.sheet, top, bottom, left: Math.min(first, last), right: Math.max(first, last) });
}
