import { gapSentence } from '../../../src/taskpane/gap-sentence';

const sides = (ours: number | null, partner: number | null) =>
  ({ ref: 'P03', principle: 'Trust', ours, partner, perceptionGap: ours === null || partner === null ? null : ours - partner });

describe('the perception gap in words', () => {
  it.each([
    [3.5, 2, 'Your side rates Trust 1.5 higher than your partner does.'],
    [1, 3.25, 'Your side rates Trust 2.3 lower than your partner does.'],
    [2, 2.04, 'Both sides rate Trust the same.'],
    [2.5, null, 'Trust: only your side has rated it so far (2.5).'],
    [null, 3, 'Trust: only your partner has rated it so far (3.0).'],
  ])('says ours %p against partner %p as "%s"', (ours, partner, said) => expect(gapSentence(sides(ours, partner))).toBe(said));

  it('says nothing of a principle no one rated', () => expect(gapSentence(sides(null, null))).toBeUndefined());
});
