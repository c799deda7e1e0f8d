import { content } from '../../../src/domain/strings/en';
import { date, list, text, whole, type Column } from '../../../src/schema/columns';
import { portfolioTable } from '../../../src/schema/portfolio';
import { ratingPrompt } from '../../../src/schema/prompts';
import { validationFor } from '../../../src/schema/validation';
import { cells, placedTables } from '../../../src/schema/workbook';

// [MS-OI29500] §2.1.613: Excel allows 255 characters in an input message, 224 in an error message,
// 32 in either title and 255 in a list source or bound formula. Written out here rather than read
// from the code under test, so a raised limit in the code is caught.
const PROMPT = 255;
const ERROR = 224;
const TITLE = 32;
const FORMULA = 255;

const everyColumn: Array<{ where: string; column: Column }> = [
  ...[...placedTables.map((p) => p.table), portfolioTable]
    .flatMap((table) => table.columns.map((column) => ({ where: `${table.name}[${column.header}]`, column }))),
  ...cells.flatMap((c) => (c.input ? [{ where: `${c.sheet}!${c.cell}`, column: c.input }] : [])),
];

const rules = everyColumn.flatMap(({ where, column }) => {
  const rule = validationFor(column);
  return rule ? [{ where, rule }] : [];
});

const longer = (texts: Array<[string, string | undefined]>, limit: number) =>
  texts.filter(([, value]) => (value ?? '').length > limit).map(([where, value]) => `${where}: ${(value ?? '').length}`);

describe('data validation written for every column of every table and every Start input', () => {
  it('covers the tables, the portfolio and the Start inputs', () => {
    expect(rules.some(({ where }) => where.startsWith('tblPrinciples['))).toBe(true);
    expect(rules.some(({ where }) => where.startsWith('tblPortfolio['))).toBe(true);
    expect(rules.some(({ where }) => where.startsWith('Start!'))).toBe(true);
  });

  it(`keeps every input message within ${PROMPT} characters`, () => {
    const prompts = everyColumn.map(({ where, column }): [string, string | undefined] => [where, validationFor(column)?.prompt ?? column.prompt]);

    expect(prompts.filter(([, prompt]) => prompt).length).toBeGreaterThan(5);
    expect(longer(prompts, PROMPT)).toEqual([]);
  });

  it(`keeps every error message within ${ERROR} characters`, () => {
    expect(longer(rules.map(({ where, rule }) => [where, rule.error]), ERROR)).toEqual([]);
  });

  it(`keeps every input and error title within ${TITLE} characters`, () => {
    const titles = rules.flatMap(({ where, rule }): Array<[string, string]> => [[`${where} input`, rule.promptTitle], [`${where} error`, rule.errorTitle]]);

    expect(longer(titles, TITLE)).toEqual([]);
  });

  it(`keeps every list source and bound within ${FORMULA} characters`, () => {
    const formulas = rules.flatMap(({ where, rule }): Array<[string, string | undefined]> =>
      [[`${where} list`, rule.source], [`${where} formula1`, rule.formula1], [`${where} formula2`, rule.formula2]]);

    expect(formulas.filter(([, f]) => f !== undefined).length).toBeGreaterThan(10);
    expect(longer(formulas, FORMULA)).toEqual([]);
  });

  it('shows each title whole, never cut short', () => {
    const changed = everyColumn.filter(({ column }) => {
      const rule = validationFor(column);
      return rule && (rule.promptTitle !== column.header || rule.errorTitle !== column.header);
    });

    expect(changed.map((c) => c.where)).toEqual([]);
  });
});

describe('declaring a column', () => {
  it('accepts an input message of exactly 255 characters', () => {
    expect(text('notes', 'Notes', { prompt: 'x'.repeat(PROMPT) }).prompt).toHaveLength(PROMPT);
  });

  it('refuses a longer input message, naming the column and the limit', () => {
    expect(() => whole('visits', 'Visits', { prompt: 'x'.repeat(PROMPT + 1) }))
      .toThrow('Column "Visits" (visits): its input message is 256 characters (Excel allows 255).');
  });

  it('refuses an over-long prompt even on a column whose rule would not show it', () => {
    expect(() => text('notes', 'Notes', { prompt: 'x'.repeat(300) })).toThrow(/Column "Notes" \(notes\): its input message is 300/);
  });

  it('refuses a header longer than a title may be, rather than cutting it', () => {
    const header = 'Date of the next partner review meeting';

    expect(header.length).toBeGreaterThan(TITLE);
    expect(() => date('nextMeeting', header)).toThrow(`Column "${header}" (nextMeeting): its input title is ${header.length} characters (Excel allows 32)`);
  });

  it('refuses a list whose source is longer than a list formula may be', () => {
    expect(() => list('kind', 'Kind', `lst${'K'.repeat(FORMULA)}`)).toThrow(/its list source is 258 characters \(Excel allows 255\)/);
  });
});

describe('the Rating input message', () => {
  const lines = ratingPrompt.split('\n');

  it('names every maturity level with what it means, and N/A', () => {
    for (const level of content.maturityLevels) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${level.value} ${level.name}: \\w`)));
    }
    expect(lines).toContainEqual(expect.stringMatching(/^N\/A: .*Evidence/));
  });

  it('points to the full meanings, which the Start sheet holds', () => {
    const startTexts = cells.filter((c) => c.sheet === 'Start').map((c) => c.value);

    expect(ratingPrompt).toMatch(/Start sheet/);
    for (const level of content.maturityLevels) expect(startTexts).toContain(level.descriptor);
  });
});
