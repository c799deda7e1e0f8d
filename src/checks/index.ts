export { defineRule, type Rule, type RuleContext } from './define-rule';
export { compareFindings, type Finding, type Severity } from './finding';
export { rules } from './rules';
export { runChecks, type CheckOptions } from './run-checks';
