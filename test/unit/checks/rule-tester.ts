/**
 * A case table per rule, in the manner of ESLint's RuleTester: workbooks a person made that the
 * rule must pass (valid) and workbooks it must flag with exactly the listed findings (invalid).
 * Every case runs through runChecks with every rule, as the pane and `partnering check` run them,
 * and keeps the findings of the rule under test; so a rule left out of the list fails its table.
 */
import { runChecks, type Finding, type Severity } from '../../../src/checks';
import type { WorkbookData } from '../../../src/data/workbook-data';
import { TODAY } from './fixtures';

export interface ExpectedFinding {
  /** `Sheet!Cell`; just `Sheet` for a finding about a whole sheet; '' for the workbook as a whole. */
  at: string;
  /** The whole message, or a pattern for the part of it that matters. */
  message: string | RegExp;
}

export interface ValidCase {
  name: string;
  workbook: WorkbookData;
  /** Today as `YYYY-MM-DD`; the tests' TODAY when not given. */
  today?: string;
}

export interface InvalidCase extends ValidCase {
  /** Exactly the findings of the rule, in the order runChecks gives them (by sheet, then cell). */
  findings: ExpectedFinding[];
}

export interface CaseTable {
  severity: Severity;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const findingsOf = (rule: string, { workbook, today }: ValidCase): Finding[] =>
  runChecks(workbook, { today: today ?? TODAY }).filter((f) => f.rule === rule);

const where = (f: Finding) => (f.cell ? `${f.sheet}!${f.cell}` : f.sheet);

export function testRule(rule: string, table: CaseTable): void {
  describe(rule, () => {
    describe('passes', () => {
      it.each(table.valid)('$name', (valid) => {
        expect(findingsOf(rule, valid).map((f) => `${where(f)}: ${f.message}`)).toEqual([]);
      });
    });

    describe('flags', () => {
      it.each(table.invalid)('$name', (invalid) => {
        expect(findingsOf(rule, invalid)).toEqual(invalid.findings.map(({ at, message }) => {
          const [sheet, cell] = at.includes('!') ? at.split('!') : [at, ''];
          return expect.objectContaining({
            rule, severity: table.severity, sheet, cell,
            message: typeof message === 'string' ? message : expect.stringMatching(message),
            fix: expect.any(String),
          });
        }));
      });
    });
  });
}
