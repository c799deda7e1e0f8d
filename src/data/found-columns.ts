/**
 * The one way from a declared column key to its place in a table as a workbook has it now: the
 * column whose header matches the declared header as Excel matches headers (ignoring case and
 * surrounding spaces), or a header an older layout used. Every reader, writer and check goes
 * through it, so a key the table does not declare throws here instead of reading as blank.
 */
import type { TableSchema } from '../schema/table';

/** A header as it stands, with its sheet column (1-based). */
export interface HeaderAt {
  header: string;
  column: number;
}

export class FoundColumns<K extends string = string> {
  private readonly byKey = new Map<K, HeaderAt>();
  private readonly byHeader = new Map<string, K>();

  /**
   * `aliases` maps headers an older layout used to today's keys. Each key goes to the first column,
   * left to right, that carries its header or one of its older headers; a second such column is the
   * person's own.
   */
  constructor(readonly table: TableSchema<K>, readonly headers: readonly HeaderAt[], aliases: Readonly<Record<string, K>> = {}) {
    const declared = new Map<string, K>(table.columns.map((c) => [normalHeader(c.header), c.key]));
    const older = new Map<string, K>(Object.entries(aliases).map(([header, key]) => [normalHeader(header), table.col(key).key]));
    for (const at of headers) {
      const header = normalHeader(at.header);
      const key = declared.get(header) ?? older.get(header);
      if (key === undefined || this.byKey.has(key)) continue;
      this.byKey.set(key, at);
      this.byHeader.set(header, key);
    }
  }

  /** Where the column with that key stands, or undefined when the workbook lacks it; throws for an undeclared key. */
  at(key: K): HeaderAt | undefined {
    return this.byKey.get(this.table.col(key).key);
  }

  /** The header as the workbook spells it now. */
  header(key: K): string | undefined {
    return this.at(key)?.header;
  }

  /** The sheet column (1-based). */
  column(key: K): number | undefined {
    return this.at(key)?.column;
  }

  has(key: K): boolean {
    return this.at(key) !== undefined;
  }

  /** The declared key a header of the workbook stands for, or undefined for a column a person added. */
  keyOf(header: string): K | undefined {
    return this.byHeader.get(normalHeader(header));
  }
}

/** Headers in the order given, as columns counted from `firstColumn` (a header row read as values). */
export const headersFrom = (headers: readonly string[], firstColumn = 1): HeaderAt[] =>
  headers.map((header, i) => ({ header, column: firstColumn + i }));

/** Headers match as Excel matches them: case-insensitively, ignoring surrounding spaces. */
export function normalHeader(header: string): string {
  return header.trim().toLowerCase();
}
