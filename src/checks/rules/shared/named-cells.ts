/** The single named cells outside the tables: the Start details and the Dashboard figures. */
import type { Column } from '../../../schema/columns';
import type { LayoutCell } from '../../../schema/layout';
import type { WorkbookSchema } from '../../../schema/workbook';
import type { Located } from '../../../data/table-view';
import type { NamedCell, WorkbookData } from '../../../data/workbook-data';

export interface NamedInput {
  name: string;
  input: Column;
  declared: LayoutCell;
}

/** The named cell as the workbook has it; defined names in Excel are case-insensitive. */
export function namedCell(data: WorkbookData, name: string): NamedCell | undefined {
  const key = Object.keys(data.names).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : data.names[key];
}

/** The Start details a person types, with the column-like declaration of each. */
export function namedInputs(schema: WorkbookSchema): NamedInput[] {
  return schema.cells.flatMap((cell) => (cell.kind === 'input' && cell.name && cell.input
    ? [{ name: cell.name, input: cell.input, declared: cell }] : []));
}

export function findingAt(cell: NamedCell, message: string, fix: string): Located {
  return { sheet: cell.sheet, cell: cell.address, message, fix };
}
