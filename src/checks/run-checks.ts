/** Runs every rule over a workbook's data and returns the findings, most severe first. */
import { isoToSerial } from '../schema/dates';
import { workbookSchema, type WorkbookSchema } from '../schema/workbook';
import type { RuleContext, Rule } from './define-rule';
import { compareFindings, type Finding } from './finding';
import { rules as allRules } from './rules';
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
    table(name) {
      if (!views.has(name)) {
        const declared = schema.tables.find((p) => p.table.name === name)?.table;
        const found = findTable(data, name);
        views.set(name, declared && found ? new TableView(declared, found) : undefined);
      }
      return views.get(name);
    },
  };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    for (const located of rule.check(context)) findings.push({ rule: rule.id, severity: rule.severity, ...located });
  }
  return findings.sort(compareFindings);
}

