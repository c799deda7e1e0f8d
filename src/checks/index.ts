export { defineRule, type Rule, type RuleContext } from './define-rule';
export { compareFindings, type Finding, type Severity } from './finding';
export { rules } from './rules';
export { runChecks, type CheckOptions } from './run-checks';
export { findTable, isCellError, type CellData, type CellError, type NamedCell, type RawValue, type TableData, type WorkbookData } from './workbook-data';
