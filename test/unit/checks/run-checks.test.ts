import { runChecks, rules } from '../../../src/checks';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { setCell } from '../../support/workbook-data';
import { assessed, blank, check, example, TODAY } from './fixtures';

describe('a workbook as written, before anyone makes a mistake', () => {
  it.each(rules.map((r) => r.id))('%s finds no error in a blank workbook', (id) => {
    expect(check(blank).filter((f) => f.rule === id && f.severity === 'error')).toEqual([]);
  });

  it.each(rules.map((r) => r.id))('%s finds no error in the example workbook', (id) => {
    expect(check(example).filter((f) => f.rule === id && f.severity === 'error')).toEqual([]);
  });
});

describe('runChecks', () => {
  it('lists errors first, then warnings, then info', () => {
    const mixed = setCell(setCell(example, risksTable.name, 'likelihood', 5, 'High'), principlesTable.name, 'evidence', 4, null);
    const severities = check(mixed).map((f) => f.severity);
    expect(severities).toContain('error');
    expect(severities).toContain('warning');
    expect(severities).toContain('info');
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it.each(['2026-02-30', 'today', '', '01/04/2026'])('refuses %j as today', (today) => {
    expect(() => runChecks(blank, { today })).toThrow(`Today must be a date like 2026-03-31, found "${today}".`);
  });

  it('takes today as an input: the same workbook has overdue actions later in the year', () => {
    const overdue = (today: string) => check(assessed, today).filter((f) => f.rule === 'overdue-action').map((f) => `${f.sheet}!${f.cell}`);
    expect(overdue(TODAY)).toEqual([]);
    expect(overdue('2026-06-01')).toEqual(['Principles!K55', 'Principles!K60']);
  });

  it('runs only the rules it is given', () => {
    const only = rules.filter((r) => r.id === 'start-details');
    expect(runChecks(blank, { today: TODAY, rules: only }).map((f) => f.rule)).toEqual(['start-details', 'start-details']);
  });
});
