/**
 * Calculated-column formulas in the table parts of an .xlsx file.
 *
 * A table column is "calculated" in Excel only when its part (xl/tables/tableN.xml) carries
 * `<calculatedColumnFormula>`; that is what makes Excel fill the formula into a row a person
 * adds. excelize-wasm's AddTable never writes it, so we add it to the finished file's bytes.
 * The parts are edited as text, not parsed and re-serialised, so everything we do not touch
 * stays exactly as the writer left it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Formulas per table name, per column header; formulas are in file form without a leading '=' (e.g. `tblRisks[[#This Row],[Likelihood]]*tblRisks[[#This Row],[Impact]]`). */
export type CalculatedColumns = Record<string, Record<string, string>>;

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;

// Attribute values may hold a raw '>' (only '<' and '&' must be escaped there), so a start tag
// is matched quote-aware rather than with [^>]*.
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;
const TABLE_START = new RegExp(`<table\\b(${ATTRIBUTES})\\/?>`);
const TABLE_COLUMN = new RegExp(
  `<tableColumn\\b(${ATTRIBUTES})(?:\\/>|>([\\s\\S]*?)<\\/tableColumn>)`,
  'g',
);
const CALCULATED_COLUMN_FORMULA =
  /<calculatedColumnFormula\b[^>]*?(?:\/>|>([\s\S]*?)<\/calculatedColumnFormula>)/g;

// zipSync stamps every entry with a date; a fixed one (the earliest a zip can hold; excelize
// writes an all-zero date) keeps the output a function of the input alone.
const ENTRY_DATE = new Date(1980, 0, 1);

/**
 * Returns a copy of the .xlsx with the given formulas as calculated-column formulas of their
 * table columns. Throws when a named table or column is missing, so a renamed header is caught
 * rather than silently left without its formula.
 */
export function addCalculatedColumnFormulas(xlsx: Uint8Array, columns: CalculatedColumns): Uint8Array {
  const entries = unzipSync(xlsx);
  const pending = new Set(Object.keys(columns));

  for (const path of tablePartPaths(entries)) {
    const xml = strFromU8(entries[path]);
    const table = tableNames(xml).find((name) => pending.has(name));
    if (table === undefined) continue;
    pending.delete(table);
    const updated = withFormulas(xml, table, columns[table]);
    // Leave the bytes alone when nothing changed (e.g. the formulas were already there).
    if (updated !== xml) entries[path] = strToU8(updated);
  }

  const [missing] = pending;
  if (missing !== undefined) {
    throw new Error(`Cannot add calculated columns: the workbook has no table named "${missing}".`);
  }
  return rezip(entries);
}

/** The calculated-column formulas the file's tables carry, by table name then column header. */
export function readCalculatedColumnFormulas(xlsx: Uint8Array): CalculatedColumns {
  const entries = unzipSync(xlsx, { filter: (file) => TABLE_PART.test(file.name) });
  const found: CalculatedColumns = {};
  for (const path of tablePartPaths(entries)) {
    const xml = strFromU8(entries[path]);
    const [table] = tableNames(xml);
    if (table === undefined) continue;
    const formulas: Record<string, string> = {};
    for (const column of xml.matchAll(TABLE_COLUMN)) {
      const header = attribute(column[1], 'name');
      const formula = [...(column[2] ?? '').matchAll(CALCULATED_COLUMN_FORMULA)][0];
      if (header !== undefined && formula !== undefined) formulas[header] = unescapeXml(formula[1] ?? '');
    }
    // Tables without calculated columns are left out, so reading back what was added gives
    // exactly what was added.
    if (Object.keys(formulas).length > 0) found[table] = formulas;
  }
  return found;
}

function tablePartPaths(entries: Record<string, Uint8Array>): string[] {
  return Object.keys(entries).filter((path) => TABLE_PART.test(path));
}

/** `name` first: it is the key readCalculatedColumnFormulas reports under. */
function tableNames(xml: string): string[] {
  const start = TABLE_START.exec(xml);
  if (start === null) return [];
  return ['name', 'displayName']
    .map((key) => attribute(start[1], key))
    .filter((name): name is string => name !== undefined);
}

function withFormulas(xml: string, table: string, formulas: Record<string, string>): string {
  const pending = new Set(Object.keys(formulas));
  const headers: string[] = [];

  const updated = xml.replace(TABLE_COLUMN, (whole, attributes: string, children: string | undefined) => {
    const header = attribute(attributes, 'name');
    if (header !== undefined) headers.push(header);
    if (header === undefined || !pending.has(header)) return whole;
    pending.delete(header);
    // The schema puts calculatedColumnFormula first among a column's children; an existing one
    // is replaced, so applying the same formulas twice changes nothing.
    const others = (children ?? '').replace(CALCULATED_COLUMN_FORMULA, '');
    const formula = `<calculatedColumnFormula>${escapeXml(formulas[header])}</calculatedColumnFormula>`;
    return `<tableColumn${attributes}>${formula}${others}</tableColumn>`;
  });

  const [missing] = pending;
  if (missing !== undefined) {
    throw new Error(
      `Cannot add calculated columns: table "${table}" has no column named "${missing}" ` +
        `(its columns are ${headers.map((h) => `"${h}"`).join(', ')}).`,
    );
  }
  return updated;
}

// Walks the attributes one by one so text inside another attribute's value is never taken for a key.
function attribute(attributes: string, key: string): string | undefined {
  const pairs = attributes.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g);
  for (const [, name, doubleQuoted, singleQuoted] of pairs) {
    if (name === key) return unescapeXml(doubleQuoted ?? singleQuoted);
  }
  return undefined;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body] ?? entity;
  });
}

function rezip(entries: Record<string, Uint8Array>): Uint8Array {
  // unzipSync returns the entries in file order and zipSync writes them in key order, so the
  // order of the parts survives.
  return zipSync(entries, { level: 6, mtime: ENTRY_DATE });
}
