import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { rules } from '../../../../src/checks';
import { projectRoot } from '../../../support/project-root';

const root = projectRoot();
const tableOf = (id: string) => path.join(root, 'test/unit/checks/rules', `${id}.test.ts`);

describe('the case tables', () => {
  it('cover every rule module in src/checks/rules, and every rule runChecks runs', () => {
    const modules = readdirSync(path.join(root, 'src/checks/rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(rules.map((r) => r.id).sort()).toEqual(modules);
    expect(modules.filter((id) => !existsSync(tableOf(id)))).toEqual([]);
  });

  it.each(rules.map((r) => r.id))('%s has its table under its own id, with cases it passes and cases it flags', (id) => {
    const source = readFileSync(tableOf(id), 'utf8');
    expect(source).toContain(`testRule('${id}', {`);
    expect(source).toMatch(/valid: \[\s*\{/);
    expect(source).toMatch(/invalid: \[\s*\{/);
  });
});
