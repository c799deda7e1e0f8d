import type { TableSchema } from '../schema/table';
import type { WorkbookSchema } from '../schema/workbook';
import type { Severity } from './finding';
import type { Located, TableView } from '../data/table-view';
import type { WorkbookData } from '../data/workbook-data';

export interface RuleContext {
  data: WorkbookData;
  schema: WorkbookSchema;
  /** Today as `YYYY-MM-DD`; an input so results never depend on the clock. */
  today: string;
  /** Today as an Excel serial day number. */
  todaySerial: number;
  /** A declared table as found in the workbook, or undefined when it is missing or the schema does not place it. */
  table<K extends string>(declared: TableSchema<K>): TableView<K> | undefined;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what the rule asks for. */
  description: string;
  /** Why it matters to the person filling the workbook. */
  why: string;
  check(context: RuleContext): Located[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
