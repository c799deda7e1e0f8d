/**
 * How the Check tab lays findings out: by sheet, and within a sheet one rule's findings folded
 * into one line once there are so many that they would bury everything else (60 pasted ratings).
 */
import type { Finding, Severity } from '../checks';

/** From this many findings of one rule on one sheet, they are folded into one line that opens. */
export const FOLD_FROM = 4;

export interface RuleFindings {
  rule: string;
  severity: Severity;
  findings: Finding[];
}

export interface SheetFindings {
  sheet: string;
  rules: RuleFindings[];
}

/** Findings by sheet, then by rule, each in the order it first appears among findings sorted errors first. */
export function groupFindings(findings: Finding[]): SheetFindings[] {
  const sheets = new Map<string, Map<string, RuleFindings>>();
  for (const finding of findings) {
    const rules = sheets.get(finding.sheet) ?? new Map<string, RuleFindings>();
    sheets.set(finding.sheet, rules);
    const group = rules.get(finding.rule) ?? { rule: finding.rule, severity: finding.severity, findings: [] };
    rules.set(finding.rule, group);
    group.findings.push(finding);
  }
  return [...sheets].map(([sheet, rules]) => ({ sheet, rules: [...rules.values()] }));
}
