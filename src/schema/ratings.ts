import { workbookText } from '../domain/strings/en/workbook';
import { list, rating, text } from './columns';
import { lists } from './lists';
import { ratingPrompt } from './prompts';
import { table } from './table';

const clientEntry = true;
const { prompts } = workbookText;

/**
 * A joint assessment: each rater's rating of a criterion, from our side or the partner's, typed here
 * (several people at once under co-authoring, each in their own rows) or merged from rater forms.
 * tblPrinciples and tblScores consolidate them; the agreed Rating of tblPrinciples stays apart.
 */
export const ratingsTable = table({
  name: 'tblRatings',
  sheet: 'Ratings',
  label: 'rater',
  columns: [
    text('rater', 'Rater', { width: 20, required: true, prompt: prompts.rater, clientEntry }),
    list('side', 'Side', lists.side.name, { width: 10, required: true, prompt: prompts.side, clientEntry }),
    list('ref', 'Ref', lists.criterionRef.name, { width: 8, required: true, prompt: prompts.criterionRef, clientEntry }),
    rating('rating', 'Rating', lists.rating.name, { width: 8, prompt: ratingPrompt, clientEntry }),
    text('comment', 'Comment', { width: 48, wrap: true, clientEntry }),
    text('form', 'Form', { width: 16, prompt: prompts.form, readOnly: true }),
  ],
  blankRows: 10,
  clientRows: true,
});
