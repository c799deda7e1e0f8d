/** Words of the rater form: the small workbook one rater fills in and sends back to be merged. */
export const raterFormText = {
  title: 'Rating form: collaborative relationship self-assessment',
  subject: 'ISO 44003 rating form for one rater',
  intro: 'Your own view of how the relationship works today, criterion by criterion. It is merged with the ratings of others from both sides, so each side sees where the two see things differently.',
  details: 'About this form',
  detail: {
    organisation: 'Organisation',
    partners: 'Partner(s)',
    relationship: 'Relationship',
    rater: 'Rater',
    side: 'Side',
    formId: 'Form id',
    workbookId: 'Assessment id',
  },
  idsNote: 'The two ids match your ratings to the assessment: please leave them as they are.',
  howTo: 'How to fill in this form',
  steps: [
    '1. In the Rating column below, pick 0 to 4 from the list for each criterion, or N/A where it does not apply to this relationship.',
    '2. Rate what you see today, on your own, without asking the other raters first: different views are what this is for.',
    '3. Leave a Rating empty where you cannot judge. A Comment is welcome anywhere it helps to explain a rating.',
    '4. Do not change the Ref column. Save the file as it is (.xlsx) and send it back to whoever sent it to you.',
  ],
  scale: 'Rating scale',
  prompts: {
    notApplicable: (code: string) => `${code}: does not apply here`,
    scaleAbove: 'Meanings: Rating scale above',
    comment: 'Anything that explains your rating: an example, what is missing, what works well.',
  },
  notAForm: 'this is not a rater form (made with partnering form): it has no table of criteria to rate and no form version.',
} as const;

/** Why no form could be made from a workbook. */
export const formText = {
  masterWithoutId: 'the workbook has no workbook id for a form to carry back (workbooks made by partnering new or the add-in have one), so no form was written.',
  noCriteria: (table: string) => `the workbook has no criteria to rate: its table ${table} is missing or empty (partnering repair restores it).`,
} as const;
