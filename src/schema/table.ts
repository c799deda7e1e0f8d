import type { Column, ColumnRefs } from './columns';

export interface TableDeclaration {
  /** Excel table name, e.g. `tblRisks`: how every tool finds the table wherever it is. */
  name: string;
  /** Sheet the table is created on. */
  sheet: string;
  columns: Column[];
  /** Rows the template starts with, by column key (content such as the criteria). */
  seedRows?: Array<Record<string, string | number>>;
  /** Empty rows to add after the seed rows so people have room to type. */
  blankRows?: number;
  /** Table style name (the accent colour for headers). */
  style?: string;
  /** Every row belongs to one client (risks, actions, history): a new-client copy starts it empty. */
  clientRows?: boolean;
}

export interface TableSchema extends TableDeclaration {
  /** The column with that key; throws for an unknown key, so a typo fails at start-up. */
  col(key: string): Column;
  refs: ColumnRefs;
  /** Calculated formulas by column key, built once. */
  formulas: Record<string, string>;
}

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';

export function table(declaration: TableDeclaration): TableSchema {
  const byKey = new Map(declaration.columns.map((c) => [c.key, c]));
  if (byKey.size !== declaration.columns.length) throw new Error(`${declaration.name} declares a column key twice.`);
  const col = (key: string): Column => {
    const column = byKey.get(key);
    if (!column) throw new Error(`${declaration.name} has no column with key "${key}".`);
    return column;
  };
  const refs: ColumnRefs = {
    thisRow: (key) => `${declaration.name}[[#This Row],[${escapeHeader(col(key).header)}]]`,
    column: (key) => `${declaration.name}[${escapeHeader(col(key).header)}]`,
  };
  const formulas: Record<string, string> = {};
  for (const column of declaration.columns) {
    if (column.formula) formulas[column.key] = column.formula(refs);
  }
  return { style: DEFAULT_TABLE_STYLE, blankRows: 0, seedRows: [], ...declaration, col, refs, formulas };
}

/** Structured references need ' before the characters [ ] # ' in a header. */
function escapeHeader(header: string): string {
  return header.replace(/(['[\]#])/g, "'$1");
}
