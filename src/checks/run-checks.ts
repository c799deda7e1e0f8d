/** Runs every rule over a workbook's data and returns the findings, most severe first. */
import { isoToSerial } from '../schema/dates';
import type { TableSchema } from '../schema/table';
import { workbookSchema, type WorkbookSchema } from '../schema/workbook';
import type { RuleContext, Rule } from './define-rule';
import { compareFindings, type Finding } from './finding';
import { rules as allRules } from './rules';
import { rowTexts } from './row-text';
import { TableView } from '../data/table-view';
import { findTable, type WorkbookData } from '../data/workbook-data';

export interface CheckOptions {
  /** Today as `YYYY-MM-DD`. */
  today: string;
  schema?: WorkbookSchema;
  rules?: Rule[];
}

export function runChecks(data: WorkbookData, options: CheckOptions): Finding[] {
  const schema = options.schema ?? workbookSchema;
  const todaySerial = isoToSerial(options.today);
  if (todaySerial === undefined) throw new Error(`Today must be a date like 2026-03-31, found "${options.today}".`);
  const views = new Map<string, TableView | undefined>();
  const context: RuleContext = {
    data, schema, today: options.today, todaySerial,
    table<K extends string>(declared: TableSchema<K>) {
      if (!views.has(declared.name)) {
        const placed = schema.tables.some((p) => p.table.name === declared.name);
        const found = findTable(data, declared.name);
        // Without a header row no column is found: table-header-row reports it, no other rule reads it.
        views.set(declared.name, placed && found && !found.noHeaderRow ? new TableView(declared, found) : undefined);
      }
      return views.get(declared.name) as TableView<K> | undefined;
    },
  };
  const findings: Finding[] = [];
  const rowText = rowTexts(data, schema);
  for (const rule of options.rules ?? allRules) {
    for (const located of rule.check(context)) {
      const row = rowText(located.sheet, located.cell);
      findings.push({ rule: rule.id, severity: rule.severity, ...located, ...(row === undefined ? {} : { row }) });
    }
  }
  return findings.sort(compareFindings);
}

