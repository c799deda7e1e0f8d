import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { rules } from '../../../src/checks';
import { rulesMarkdown } from '../../../src/checks/rules-doc';
import { checkText } from '../../../src/domain/strings/en/checks';

const root = join(__dirname, '..', '..', '..');

describe('the rules', () => {
  it('are at least 25, each with an id of its own', () => {
    expect(rules.length).toBeGreaterThanOrEqual(25);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('live one to a file named for the rule', () => {
    const files = readdirSync(join(root, 'src', 'checks', 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...files].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('take their words from the strings, and every rule there is in use', () => {
    for (const rule of rules) {
      const text = checkText[rule.id as keyof typeof checkText];
      expect({ id: rule.id, description: rule.description, why: rule.why }).toEqual({ id: rule.id, description: text.description, why: text.why });
    }
    expect(Object.keys(checkText).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('are errors for damaged structure and wrong values, warnings for missing substance, info for progress', () => {
    expect(Object.fromEntries(rules.map((r) => [r.id, r.severity]))).toEqual({
      'missing-sheet': 'error',
      'missing-table': 'error',
      'renamed-table': 'error',
      'table-header-row': 'error',
      'table-total-row': 'warning',
      'entries-below-table': 'warning',
      'missing-column': 'error',
      'missing-name': 'error',
      'empty-list': 'error',
      'overwritten-formula': 'error',
      'template-version': 'error',
      'template-version-missing': 'warning',
      'rating-value': 'error',
      'weight-value': 'error',
      'whole-number-range': 'error',
      'date-value': 'error',
      'list-value': 'error',
      'error-value': 'error',
      'duplicate-risk-id': 'error',
      'required-value': 'warning',
      'start-details': 'warning',
      'evidence-for-high-rating': 'warning',
      'reason-for-na': 'warning',
      'action-needs-owner-and-due': 'warning',
      'overdue-action': 'warning',
      'overdue-review': 'warning',
      'risk-needs-owner': 'warning',
      'risk-needs-mitigation': 'warning',
      'risk-needs-review-date': 'warning',
      'residual-above-inherent': 'warning',
      'plan-agreed-needs-content': 'warning',
      'plan-review-interval': 'warning',
      'senior-accountable-person': 'warning',
      'exit-strategy-agreed': 'warning',
      'competency-gap-action': 'warning',
      'raters-disagree': 'warning',
      'perception-gap': 'warning',
      'assessment-progress': 'info',
    });
  });
});

describe('docs/rules.md', () => {
  it('is up to date with the rules', () => {
    const onDisk = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    if (onDisk !== rulesMarkdown()) {
      throw new Error('docs/rules.md is out of date with the rules. Run `node scripts/rules-doc.js` and commit the result.');
    }
  });
});
