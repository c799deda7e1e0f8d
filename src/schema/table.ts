import type { Column, ColumnRefs } from './columns';

export interface TableDeclaration<K extends string = string> {
  /** Excel table name, e.g. `tblRisks`: how every tool finds the table wherever it is. */
  name: string;
  /** Sheet the table is created on. */
  sheet: string;
  columns: Array<Column<K>>;
  /** Rows the template starts with, by column key (content such as the criteria). */
  seedRows?: Array<Partial<Record<K, string | number>>>;
  /** Empty rows to add after the seed rows so people have room to type. */
  blankRows?: number;
  /** Table style name (the accent colour for headers). */
  style?: string;
  /** Every row belongs to one client (risks, actions, history): a new-client copy starts it empty. */
  clientRows?: boolean;
  /** The column whose text names a row to a person (the criterion, the risk): shown beside a finding on it. */
  label?: NoInfer<K>;
}

/**
 * A declared table. Its keys are typed where TypeScript can see them (a misspelt key does not
 * compile); where a key arrives as a string, `col` throws for one the table does not declare.
 */
export interface TableSchema<K extends string = string> extends TableDeclaration<K> {
  /** The column with that key; throws for an unknown key, so a typo fails at once. */
  col(key: K): Column<K>;
  refs: ColumnRefs<K>;
  /** Calculated formulas by column key, built once. */
  formulas: Readonly<Record<string, string>>;
}

/** The column keys of a declared table, e.g. `KeyOf<typeof risksTable>`. */
export type KeyOf<T> = T extends TableSchema<infer K> ? K : never;

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';

export function table<const K extends string>(declaration: TableDeclaration<K>): TableSchema<K> {
  const byKey = new Map<string, Column<K>>(declaration.columns.map((c) => [c.key, c]));
  if (byKey.size !== declaration.columns.length) throw new Error(`${declaration.name} declares a column key twice.`);
  const col = (key: K): Column<K> => {
    const column = byKey.get(key);
    if (!column) throw new Error(`${declaration.name} has no column with key "${key}".`);
    return column;
  };
  const refs: ColumnRefs<K> = {
    thisRow: (key) => `${declaration.name}[[#This Row],[${escapeHeader(col(key).header)}]]`,
    column: (key) => `${declaration.name}[${escapeHeader(col(key).header)}]`,
  };
  const formulas: Record<string, string> = {};
  for (const column of declaration.columns) {
    if (column.formula) formulas[column.key] = column.formula(refs as ColumnRefs);
  }
  return { style: DEFAULT_TABLE_STYLE, blankRows: 0, seedRows: [], ...declaration, col, refs, formulas };
}

/** Structured references need ' before the characters [ ] # ' in a header. */
function escapeHeader(header: string): string {
  return header.replace(/(['[\]#])/g, "'$1");
}
