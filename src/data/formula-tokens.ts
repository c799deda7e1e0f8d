/**
 * Excel formulas split into tokens as the file form writes them (comma separators, no leading
 * `=`): strings, numbers, booleans, error literals, functions, A1 references, structured table
 * references, defined names and operators. Enough grammar to compare two formulas by meaning and
 * to move the relative references of a shared formula; not a calculator.
 */
export type TokenKind = 'string' | 'number' | 'bool' | 'error' | 'function' | 'ref' | 'structured' | 'name'
  | 'operator' | 'open' | 'close' | 'separator' | 'array-open' | 'array-close' | 'space' | 'unknown';

/** One end of an A1 reference; a whole-column reference has no row, a whole-row one no column. */
export interface CellPart {
  column?: number;
  row?: number;
  absoluteColumn: boolean;
  absoluteRow: boolean;
}

export interface A1Reference {
  /** The sheet as written (unquoted), when the reference names one. */
  sheet?: string;
  /** The prefix exactly as written, `'My sheet'!` or `Risks!`, or '' when there is none. */
  prefix: string;
  start: CellPart;
  end?: CellPart;
}

export type TableItem = '#all' | '#data' | '#headers' | '#totals' | '#this row';

export interface StructuredReference {
  /** The table named before the brackets; undefined for `[@Col]` inside the table itself. */
  table?: string;
  items: TableItem[];
  /** First and last column header; undefined for every column. */
  columns?: [string, string];
}

export interface FormulaToken {
  kind: TokenKind;
  text: string;
  ref?: A1Reference;
  structured?: StructuredReference;
  /** For a name token qualified by a sheet. */
  sheet?: string;
}

const ERROR_LITERAL = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)/iy;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const CELL_AREA = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w.(\[!?\\])/y;
const COLUMN_RANGE = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(\[!?\\])/y;
const ROW_RANGE = /(\$?)(\d+):(\$?)(\d+)(?![\w.(\[!?\\])/y;
const IDENTIFIER = /[A-Za-z_\\][\w.\\?]*/y;
const QUOTED_SHEET = /'((?:[^']|'')+)'!/y;
const UNQUOTED_SHEET = /((?:\[\d+\])?[A-Za-z_\\][\w.\\]*(?::[A-Za-z_\\][\w.\\]*)?)!/y;
const SPACE = /\s+/y;
const TWO_CHAR_OPERATORS = new Set(['<>', '<=', '>=']);
const ONE_CHAR_OPERATORS = new Set(['+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':']);
const ITEMS: Record<string, TableItem> = { '#all': '#all', '#data': '#data', '#headers': '#headers', '#totals': '#totals', '#this row': '#this row' };

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Column letters to 1-based number; mirrors schema/address but has no upper bound check. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function tokenise(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  let at = 0;
  const push = (token: FormulaToken) => {
    tokens.push(token);
    at += token.text.length;
  };
  while (at < text.length) {
    const ch = text[at];
    let m: RegExpExecArray | null;
    if ((m = match(SPACE, text, at))) push({ kind: 'space', text: m[0] });
    else if (ch === '"') push({ kind: 'string', text: stringAt(text, at) });
    else if (ch === '#') push((m = match(ERROR_LITERAL, text, at)) ? { kind: 'error', text: m[0] } : { kind: 'unknown', text: ch });
    else if (ch === '[' && !/^\[\d+\]/.test(text.slice(at, at + 12))) push(structuredAt(text, at, undefined));
    else if ((m = match(QUOTED_SHEET, text, at)) || (m = match(UNQUOTED_SHEET, text, at))) push(afterSheet(text, at, m[0], m[1].replace(/''/g, "'")));
    else if ((m = match(ROW_RANGE, text, at))) push({ kind: 'ref', text: m[0], ref: rowRange(m, '') });
    else if (/[\d.]/.test(ch) && (m = match(NUMBER, text, at))) push({ kind: 'number', text: m[0] });
    else if ((m = match(CELL_AREA, text, at))) push({ kind: 'ref', text: m[0], ref: cellArea(m, '') });
    else if ((m = match(COLUMN_RANGE, text, at))) push({ kind: 'ref', text: m[0], ref: columnRange(m, '') });
    else if ((m = match(IDENTIFIER, text, at))) push(identifierAt(text, at, m[0]));
    else if (TWO_CHAR_OPERATORS.has(text.slice(at, at + 2))) push({ kind: 'operator', text: text.slice(at, at + 2) });
    else if (ONE_CHAR_OPERATORS.has(ch)) push({ kind: 'operator', text: ch });
    else if (ch === '(') push({ kind: 'open', text: ch });
    else if (ch === ')') push({ kind: 'close', text: ch });
    else if (ch === ',' || ch === ';') push({ kind: 'separator', text: ch });
    else if (ch === '{') push({ kind: 'array-open', text: ch });
    else if (ch === '}') push({ kind: 'array-close', text: ch });
    else push({ kind: 'unknown', text: ch });
  }
  return tokens;
}

function stringAt(text: string, start: number): string {
  let at = start + 1;
  while (at < text.length) {
    if (text[at] === '"') {
      if (text[at + 1] === '"') at += 2;
      else return text.slice(start, at + 1);
    } else at++;
  }
  return text.slice(start);
}

function identifierAt(text: string, at: number, name: string): FormulaToken {
  const next = text[at + name.length];
  if (next === '(') return { kind: 'function', text: name };
  if (next === '[') {
    const token = structuredAt(text, at + name.length, name);
    return { ...token, text: name + token.text };
  }
  if (/^(TRUE|FALSE)$/i.test(name)) return { kind: 'bool', text: name };
  return { kind: 'name', text: name };
}

/** What follows `Sheet!`: a cell, an area, whole columns or rows, a name, or #REF!. */
function afterSheet(text: string, at: number, prefix: string, sheet: string): FormulaToken {
  const rest = at + prefix.length;
  let m: RegExpExecArray | null;
  if ((m = match(CELL_AREA, text, rest))) return { kind: 'ref', text: prefix + m[0], ref: cellArea(m, prefix, sheet) };
  if ((m = match(COLUMN_RANGE, text, rest))) return { kind: 'ref', text: prefix + m[0], ref: columnRange(m, prefix, sheet) };
  if ((m = match(ROW_RANGE, text, rest))) return { kind: 'ref', text: prefix + m[0], ref: rowRange(m, prefix, sheet) };
  if ((m = match(ERROR_LITERAL, text, rest))) return { kind: 'error', text: prefix + m[0] };
  if ((m = match(IDENTIFIER, text, rest))) return { kind: 'name', text: prefix + m[0], sheet };
  return { kind: 'unknown', text: prefix };
}

const part = (absoluteColumn: string, column: string | undefined, absoluteRow: string, row: string | undefined): CellPart => ({
  ...(column !== undefined ? { column: columnNumber(column) } : {}),
  ...(row !== undefined ? { row: Number(row) } : {}),
  absoluteColumn: absoluteColumn === '$',
  absoluteRow: absoluteRow === '$',
});

function cellArea(m: RegExpExecArray, prefix: string, sheet?: string): A1Reference {
  return {
    prefix, ...(sheet !== undefined ? { sheet } : {}),
    start: part(m[1], m[2], m[3], m[4]),
    ...(m[6] !== undefined ? { end: part(m[5], m[6], m[7], m[8]) } : {}),
  };
}

function columnRange(m: RegExpExecArray, prefix: string, sheet?: string): A1Reference {
  return { prefix, ...(sheet !== undefined ? { sheet } : {}), start: part(m[1], m[2], '', undefined), end: part(m[3], m[4], '', undefined) };
}

function rowRange(m: RegExpExecArray, prefix: string, sheet?: string): A1Reference {
  return { prefix, ...(sheet !== undefined ? { sheet } : {}), start: part('', undefined, m[1], m[2]), end: part('', undefined, m[3], m[4]) };
}

/** `[...]` from `start`, brackets balanced and `'` escaping the next character. */
function structuredAt(text: string, start: number, table: string | undefined): FormulaToken {
  let depth = 0;
  let at = start;
  for (; at < text.length; at++) {
    const ch = text[at];
    if (ch === "'") at++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) break;
  }
  const whole = text.slice(start, at + 1);
  const structured = parseStructured(whole.slice(1, -1));
  return structured
    ? { kind: 'structured', text: whole, structured: { ...(table !== undefined ? { table } : {}), ...structured } }
    : { kind: 'unknown', text: whole };
}

const unescapeName = (name: string) => name.replace(/'(.)/g, '$1').trim();

function parseStructured(inner: string): Omit<StructuredReference, 'table'> | undefined {
  const body = inner.trim();
  if (body === '') return { items: [] };
  if (body.startsWith('@')) {
    const rest = parseStructured(body.slice(1).trim() === '' ? '' : (body.slice(1).trim().startsWith('[') ? body.slice(1) : `[${body.slice(1)}]`));
    return rest ? { items: ['#this row', ...rest.items], ...(rest.columns ? { columns: rest.columns } : {}) } : undefined;
  }
  if (!body.startsWith('[')) {
    const item = ITEMS[body.toLowerCase().replace(/\s+/g, ' ')];
    return item ? { items: [item] } : { items: [], columns: [unescapeName(body), unescapeName(body)] };
  }
  const items: TableItem[] = [];
  let columns: [string, string] | undefined;
  for (const segment of splitSegments(body)) {
    const names = segment.map((s) => s.slice(1, -1));
    const item = names.length === 1 ? ITEMS[names[0].trim().toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (item) items.push(item);
    else if (names.length <= 2) columns = [unescapeName(names[0]), unescapeName(names[names.length - 1])];
    else return undefined;
  }
  return { items, ...(columns ? { columns } : {}) };
}

/** `[a],[b]:[c]` → [['[a]'], ['[b]', '[c]']]. */
function splitSegments(body: string): string[][] {
  const segments: string[][] = [[]];
  let at = 0;
  while (at < body.length) {
    const ch = body[at];
    if (ch === '[') {
      let end = at + 1;
      while (end < body.length && body[end] !== ']') end += body[end] === "'" ? 2 : 1;
      segments[segments.length - 1].push(body.slice(at, end + 1));
      at = end + 1;
    } else {
      if (ch === ',') segments.push([]);
      at++;
    }
  }
  return segments.filter((s) => s.length > 0);
}
