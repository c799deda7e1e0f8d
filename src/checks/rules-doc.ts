/** docs/rules.md, generated from the rules' own metadata so the list never drifts from the code. */
import { rules as allRules } from './rules';
import type { Rule } from './define-rule';

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export function rulesMarkdown(rules: Rule[] = allRules): string {
  const intro = [
    '# Entry checks',
    '',
    '<!-- Generated from src/checks/rules by `node scripts/rules-doc.js`; do not edit by hand. -->',
    '',
    'Data validation in Excel stops a mistyped value but not a pasted one, nor values written by other tools, ' +
      'overwritten formulas or missing evidence. "Check entries" runs these rules over the whole workbook and ' +
      'lists what it finds, most severe first: errors make scores wrong, warnings are missing substance, ' +
      'info is progress.',
    '',
    `${rules.length} rules:`,
    '',
  ];
  const sections = rules.flatMap((rule) => [
    `## ${rule.id}`,
    '',
    `Severity: ${SEVERITY_WORDS[rule.severity]}`,
    '',
    rule.description,
    '',
    `Why: ${rule.why}`,
    '',
  ]);
  return [...intro, ...sections].join('\n');
}
