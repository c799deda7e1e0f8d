/** The declared tables as found in the workbook, and where a finding about a whole table points. */
import { cellAddress } from '../../../schema/address';
import type { TableSchema } from '../../../schema/table';
import type { RuleContext } from '../../define-rule';
import type { Located, TableView } from '../../../data/table-view';

export function foundTables({ schema, table }: RuleContext): TableView[] {
  return schema.tables.flatMap((placed) => {
    const view = table(placed.table);
    return view ? [view] : [];
  });
}

/** The header cell of a column, or the table's first header cell when the column is missing. */
export function headerFinding<K extends string>(view: TableView<K>, key: K | undefined, message: string, fix: string): Located {
  const header = key === undefined ? undefined : view.headerOf(key);
  const columns = view.data.columns;
  const column = columns.find((c) => c.header === header)?.column
    ?? (columns.length > 0 ? Math.min(...columns.map((c) => c.column)) : 1);
  return { sheet: view.data.sheet, cell: cellAddress(column, view.data.headerRow), message, fix };
}

/**
 * The table, when it has every column the rule reads. A missing column reads as blank, which would
 * turn one missing-column error into a warning on every row, so such rules stay quiet instead.
 */
export function tableWith<K extends string>({ table }: RuleContext, declared: TableSchema<K>, keys: K[]): TableView<K> | undefined {
  const view = table(declared);
  return view && keys.every((key) => view.hasColumn(key)) ? view : undefined;
}
