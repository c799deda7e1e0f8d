/**
 * The report's model: what each section says for workbooks a person filled, built from case data
 * as the hosts hand it over (WorkbookData), with the figures src/scoring computes.
 */
import { content } from '../../../src/domain/strings/en';
import { exampleEntries } from '../../../src/schema/example';
import { planTable } from '../../../src/schema/plan';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import type { CellValue, RowEntries } from '../../../src/schema/rows';
import { scoresTable } from '../../../src/schema/scores';
import { reportModel } from '../../../src/report/report-model';
import { jointAssessment, workbookScores } from '../../../src/scoring';
import { ratingsTable } from '../../../src/schema/ratings';
import { setNamed, workbookDataFrom, type WorkbookEntries } from '../../support/workbook-data';
import { day } from '../checks/typing';

const TODAY = '2026-04-01';
const today = day(TODAY);
const criteria = content.principles.flatMap((p) => p.criteria);

/** Principles rows with the given ratings (and evidence) by criterion ref, the others blank. */
function rated(ratings: Record<string, CellValue | [CellValue, string]>): RowEntries[] {
  return criteria.map((c): RowEntries => {
    const given = ratings[c.ref];
    if (given === undefined) return {};
    return Array.isArray(given) ? { rating: given[0], evidence: given[1] } : { rating: given };
  });
}

const workbook = (entries: WorkbookEntries) => workbookDataFrom(entries);
const withRows = (rows: Record<string, RowEntries[]>, start: Record<string, CellValue> = {}) => workbook({ rows, start });

describe('the cover', () => {
  it('gives the Start details in order, the assessment date as a date, and says which are not given', () => {
    const model = reportModel(workbook({ start: { organisation: 'Acme Joinery', partners: 'Northgate', assessmentDate: '2026-03-31' } }), today);
    expect(model.cover).toEqual([
      { label: 'Organisation', value: 'Acme Joinery' },
      { label: 'Partner(s)', value: 'Northgate' },
      { label: 'Relationship', value: 'Not given' },
      { label: 'Collaboration model', value: 'Not given' },
      { label: 'Lifecycle stage', value: 'Not given' },
      { label: 'Assessor', value: 'Not given' },
      { label: 'Assessment date', value: '31 Mar 2026' },
    ]);
    expect(model.documentTitle).toBe('Collaborative relationship assessment: Acme Joinery');
    expect(model.madeOn).toBe('1 Apr 2026');
  });

  it('keeps an assessment date typed as text as it was typed', () => {
    const model = reportModel(workbook({ start: { assessmentDate: 'spring 2026' } }), today);
    expect(model.cover.find((d) => d.label === 'Assessment date')?.value).toBe('spring 2026');
  });

  it('keeps text that looks like a formula or markup as plain text', () => {
    const model = reportModel(workbook({ start: { organisation: '=HYPERLINK("http://example.org","Acme")', relationship: '<script>alert(1)</script>' } }), today);
    expect(model.organisation).toBe('=HYPERLINK("http://example.org","Acme")');
    expect(model.cover[2].value).toBe('<script>alert(1)</script>');
  });
});

describe('the summary', () => {
  const example = workbook(exampleEntries('2026-03-31'));

  it('gives the figures src/scoring computes, as the Dashboard formats them', () => {
    const scores = workbookScores(example);
    const { summary } = reportModel(example, today);
    expect(summary.overall).toBe(scores.overall);
    expect(summary.overallText).toBe((scores.overall as number).toFixed(2));
    expect(summary.planCompleteness).toBe(scores.planCompleteness);
    expect(summary.planText).toBe(`${Math.round((scores.planCompleteness as number) * 100)}%`);
    expect(summary.openHighRisks).toBe(scores.openHighRisks);
    expect(summary.openHighRisks).toBeGreaterThan(0);
  });

  it('names the level overall maturity has reached', () => {
    // Every criterion rated 3 but one principle's at 2: 2.9... is still Developing.
    const ratings = Object.fromEntries(criteria.map((c) => [c.ref, c.ref.startsWith('P01') ? 2 : 3]));
    const { summary } = reportModel(withRows({ [principlesTable.name]: rated(ratings) }), today);
    expect(summary.overallText).toBe('2.92');
    expect(summary.level).toBe('Developing');
  });

  it('says in sentences which three principles are furthest below target, largest first', () => {
    const ratings = { 'P01.1': 1, 'P02.1': 0, 'P03.1': 2, 'P04.1': 3, 'P05.1': 4, 'P06.1': 2.5 };
    const { summary } = reportModel(withRows({ [principlesTable.name]: rated(ratings) }), today);
    expect(summary.gaps).toEqual([
      'Visions and values scores 0.00 against a target of 3, a gap of 3.00.',
      'Relationship management scores 1.00 against a target of 3, a gap of 2.00.',
      'Business objectives scores 2.00 against a target of 3, a gap of 1.00.',
    ]);
  });

  it('names only the principles below target when fewer than three are', () => {
    const { summary } = reportModel(withRows({ [principlesTable.name]: rated({ 'P01.1': 4, 'P02.1': 2 }) }), today);
    expect(summary.gaps).toEqual(['Visions and values scores 2.00 against a target of 3, a gap of 1.00.']);
  });

  it('says so when every scored principle has reached its target', () => {
    const { summary } = reportModel(withRows({ [principlesTable.name]: rated({ 'P01.1': 3, 'P02.1': 4 }) }), today);
    expect(summary.gaps).toEqual(['Every scored principle has reached its target.']);
  });

  it('says nothing is scored in a blank workbook, with no figure', () => {
    const { summary } = reportModel(workbook({}), today);
    expect(summary.gaps).toEqual(['No principle has a score yet: rate the criteria on the Principles sheet.']);
    expect([summary.overall, summary.overallText, summary.level]).toEqual([null, '–', '']);
  });

  it('uses a target the consultant changed', () => {
    const scoreRows = content.principles.map((p): RowEntries => (p.ref === 'P01' ? { target: 4 } : {}));
    const { summary } = reportModel(withRows({ [principlesTable.name]: rated({ 'P01.1': 3 }), [scoresTable.name]: scoreRows }), today);
    expect(summary.gaps).toEqual(['Relationship management scores 3.00 against a target of 4, a gap of 1.00.']);
  });

  it('says when the Dashboard last showed another overall figure than the entries give', () => {
    const shown = setNamed(example, 'OverallMaturity', 3.5);
    const note = reportModel(shown, today).summary.dashboardNote;
    expect(note).toContain('showed 3.50');
    expect(note).toContain(`finds ${reportModel(example, today).summary.overallText}`);
    const same = setNamed(example, 'OverallMaturity', workbookScores(example).overall as number);
    expect(reportModel(same, today).summary.dashboardNote).toBeUndefined();
  });
});

describe('each principle', () => {
  it('gives its score, target, gap, level, rated criteria and its best- and lowest-rated criteria with their evidence', () => {
    const ratings = { 'P01.1': [3, 'Board minute'], 'P01.2': [1, ''], 'P01.3': [2, 'Notes'], 'P01.4': 'N/A' } as Record<string, CellValue | [CellValue, string]>;
    const [p01] = reportModel(withRows({ [principlesTable.name]: rated(ratings) }), today).principles;
    expect(p01).toEqual(expect.objectContaining({
      ref: 'P01', name: 'Relationship management', scoreText: '2.00', targetText: '3', gapText: '1.00', level: 'Developing', rated: 4, criteria: 5,
    }));
    expect(p01.best).toEqual({ ref: 'P01.1', criterion: criteria[0].text, rating: 3, evidence: 'Board minute' });
    expect(p01.worst).toEqual({ ref: 'P01.2', criterion: criteria[1].text, rating: 1, evidence: '' });
  });

  it('gives one criterion only once when it is the only one rated, and none when none is', () => {
    const [p01, p02] = reportModel(withRows({ [principlesTable.name]: rated({ 'P01.3': 2, 'P02.1': 'N/A' }) }), today).principles;
    expect([p01.best?.ref, p01.worst]).toEqual(['P01.3', undefined]);
    expect([p02.best, p02.worst, p02.scoreText, p02.level]).toEqual([undefined, undefined, '–', '']);
  });

  it('gives two different criteria when all are rated the same: the first as best, the last as lowest', () => {
    const [p01] = reportModel(withRows({ [principlesTable.name]: rated({ 'P01.1': 3, 'P01.2': 3, 'P01.4': 3 }) }), today).principles;
    expect([p01.best?.ref, p01.worst?.ref]).toEqual(['P01.1', 'P01.4']);
  });

  it('counts ratings that cannot be read, and leaves them out of best and worst', () => {
    const [p01] = reportModel(withRows({ [principlesTable.name]: rated({ 'P01.1': 7, 'P01.2': 'High', 'P01.3': 2 }) }), today).principles;
    expect([p01.unreadable, p01.best?.ref, p01.worst]).toEqual([2, 'P01.3', undefined]);
  });

  it('lists all twelve principles in order', () => {
    expect(reportModel(workbook({}), today).principles.map((p) => p.name)).toEqual(content.principles.map((p) => p.name));
  });
});

describe('Ours against Partner', () => {
  const rating = (rater: string, side: string, ref: string, value: CellValue): RowEntries => ({ rater, side, ref, rating: value });

  it('gives each principle’s Ours, Partner and perception gap as src/scoring computes them, when the Ratings sheet has ratings', () => {
    const data = withRows({
      [ratingsTable.name]: [
        rating('Ann', 'Ours', 'P01.1', 3), rating('Ben', 'Ours', 'P01.1', 2), rating('Cleo', 'Partner', 'P01.1', 2),
        rating('Cleo', 'Partner', 'P02.1', 4), rating('Ann', 'Ours', 'P03.1', 'N/A'),
      ],
    });
    const { joint } = reportModel(data, today);

    expect(joint.note).toBeUndefined();
    expect(joint.principles.map((p) => p.ref)).toEqual(content.principles.map((p) => p.ref));
    expect(joint.principles.map((p) => [p.ours, p.partner, p.perceptionGap]))
      .toEqual(jointAssessment(data).principles.map((p) => [p.ours, p.partner, p.perceptionGap]));
    expect(joint.principles.slice(0, 3).map((p) => [p.name, p.oursText, p.partnerText, p.gapText])).toEqual([
      [content.principles[0].name, '2.50', '2.00', '+0.50'],
      [content.principles[1].name, '–', '4.00', '–'],
      [content.principles[2].name, '–', '–', '–'],
    ]);
  });

  it('writes a gap where Partner rates higher with its minus sign', () => {
    const { joint } = reportModel(withRows({ [ratingsTable.name]: [rating('Ann', 'Ours', 'P05.1', 1), rating('Cleo', 'Partner', 'P05.1', 3)] }), today);
    expect(joint.principles[4].gapText).toBe('-2.00');
  });

  it('has no chart but a sentence when no rating on the Ratings sheet counts (N/A, off the scale, no side)', () => {
    const { joint } = reportModel(withRows({
      [ratingsTable.name]: [rating('Ann', 'Ours', 'P01.1', 'N/A'), rating('Ben', 'Ours', 'P01.1', 5), rating('Cleo', '', 'P01.1', 3)],
    }), today);
    expect(joint.principles).toEqual([]);
    expect(joint.note).toMatch(/No ratings from raters of either side/);
  });
});

describe('the plan, risks and actions', () => {
  it('lists every plan element with its status, content, owner and review dates', () => {
    const plan = content.planElements.map((_, i): RowEntries => (i === 0 ? { content: 'Joint bids', owner: 'Priya', status: 'Agreed', lastReview: '2026-03-10', nextReview: '2026-09-10' } : {}));
    const model = reportModel(withRows({ [planTable.name]: plan }), today);
    expect(model.plan).toHaveLength(content.planElements.length);
    expect(model.plan[0]).toEqual({
      ref: 'A01', element: content.planElements[0].name, status: 'Agreed', content: 'Joint bids', owner: 'Priya', lastReview: '10 Mar 2026', nextReview: '10 Sep 2026',
    });
    expect(model.plan[1]).toEqual(expect.objectContaining({ status: 'Not started', content: '', lastReview: '' }));
  });

  it('lists open risks by score, highest first, unscored last, and leaves closed ones out', () => {
    const risks: RowEntries[] = [
      { id: 'R-001', risk: 'Low one', likelihood: 1, impact: 2, status: 'Open' },
      { id: 'R-002', risk: 'Critical one', likelihood: 5, impact: 4, status: 'Monitoring', owner: 'Sam', treatment: 'Reduce', mitigation: 'Second supplier' },
      { id: 'R-003', risk: 'Closed one', likelihood: 5, impact: 5, status: 'Closed' },
      { id: 'R-004', risk: 'Not scored', likelihood: 'High', impact: 3 },
      { id: 'R-005', risk: 'High one', likelihood: 3, impact: 4 },
    ];
    const model = reportModel(withRows({ [risksTable.name]: risks }), today);
    expect(model.risks.map((r) => [r.id, r.score, r.rating])).toEqual([
      ['R-002', 20, 'Critical'], ['R-005', 12, 'High'], ['R-001', 2, 'Low'], ['R-004', null, 'Not scored: use whole numbers 1–5'],
    ]);
    expect(model.risks[0]).toEqual(expect.objectContaining({ risk: 'Critical one', owner: 'Sam', treatment: 'Reduce', mitigation: 'Second supplier' }));
  });

  it('lists open actions soonest first, marks the overdue ones and leaves finished ones out', () => {
    const principles = criteria.map((c): RowEntries => {
      if (c.ref === 'P01.1') return { action: 'Late one', owner: 'Sam', due: '2026-03-01', status: 'In progress' };
      if (c.ref === 'P01.2') return { action: 'Done one', owner: 'Sam', due: '2026-03-01', status: 'Done' };
      if (c.ref === 'P01.3') return { action: 'Undated one', owner: 'Priya' };
      if (c.ref === 'P01.4') return { action: 'Soon one', owner: 'Priya', due: '2026-04-10' };
      return {};
    });
    const risks = [{ id: 'R-001', risk: 'Closed', owner: 'Sam', mitigation: 'Old mitigation', nextReview: '2026-02-01', status: 'Closed' }];
    const model = reportModel(withRows({ [principlesTable.name]: principles, [risksTable.name]: risks }), today);
    expect(model.actions.map((a) => [a.action, a.due, a.overdue])).toEqual([
      ['Late one', '1 Mar 2026', true], ['Soon one', '10 Apr 2026', false], ['Undated one', '', false],
    ]);
    expect(model.actionsNote).toContain('1 Apr 2026');
  });
});

describe('the note on method', () => {
  it('calls the criteria guidance-derived and never ISO requirements', () => {
    const { method } = reportModel(workbook({}), today);
    const text = method.join(' ');
    expect(text).toContain('guidance-derived');
    expect(text).toContain('0 to 4');
    expect(text).not.toMatch(/ISO[^.]*requirement/i);
    expect(text).not.toMatch(/requirements of ISO/i);
  });
});
