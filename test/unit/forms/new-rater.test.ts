import { paneText } from '../../../src/domain/strings/en/pane';
import { newRaterRows } from '../../../src/forms/new-rater';
import type { RowEntries } from '../../../src/schema/rows';

const REFS = ['P01.1', 'P01.2', 'P02.1'];
const blank: RowEntries = { rater: null, side: null, ref: null, rating: null, comment: null, form: null };
const rated = (rater: string, side: string, ref: string): RowEntries => ({ ...blank, rater, side, ref, rating: 2 });

describe('a new rater\'s rows', () => {
  it('gives one row per criterion with the Rating blank, below the table even where it has empty rows', () => {
    const ratings = [rated('Ann', 'Ours', 'P01.1'), blank, rated('Ann', 'Ours', 'P01.2'), blank];
    const planned = newRaterRows({ refs: REFS, ratings }, '  Ben Roy ', 'Partner');
    if ('problem' in planned) throw new Error(planned.problem);
    const row = (ref: string) => ({ rater: 'Ben Roy', side: 'Partner', ref, rating: null, comment: null, form: null });
    expect(planned.rows).toEqual([{}, {}, {}, {}, row('P01.1'), row('P01.2'), row('P02.1')]);
    expect(planned.added).toBe(3);
  });

  it('refuses a blank name, and a name that side already has in any case, in words', () => {
    const ratings = [rated('Ann Lee', 'Ours', 'P01.1')];
    expect(newRaterRows({ refs: REFS, ratings }, ' ', 'Ours')).toEqual({ problem: paneText.raters.nameMissing });
    expect(newRaterRows({ refs: REFS, ratings }, 'ann lee', 'Ours')).toEqual({ problem: paneText.raters.nameTaken('ann lee', 'Ours') });
    expect(newRaterRows({ refs: REFS, ratings }, 'Ann Lee', 'Partner')).not.toHaveProperty('problem');
  });

  it('refuses a workbook without criteria to rate', () => {
    expect(newRaterRows({ refs: ['', ' '], ratings: [] }, 'Ann', 'Ours')).toEqual({ problem: paneText.raters.noCriteria });
  });
});
