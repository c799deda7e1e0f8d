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

/** What merging returned forms says of a form or a value it does not take; the same in the pane and on the command line. */
export const mergeText = {
  anonymousRater: (n: number) => `Rater ${n}`,
  anonymousPattern: /^Rater (\d+)$/,
  otherAssessment: (form: string, formOf: string, workbookId: string) =>
    `${form}: this form belongs to another assessment (id ${formOf}), not to this one (id ${workbookId}); nothing of it was imported. Make the rater a form from this workbook.`,
  noWorkbookId: (form: string) => `${form}: the form does not say which assessment it belongs to (its Assessment id is gone); nothing of it was imported.`,
  masterWithoutId: (form: string) => `${form}: the assessment has no workbook id to match forms against (workbooks made by partnering new or the add-in have one; partnering repair gives it one); nothing of the form was imported.`,
  noFormId: (form: string) => `${form}: the form has no Form id, so it cannot be told apart from other forms; nothing of it was imported.`,
  noTable: (form: string, table: string) => `${form}: the table ${table} with the Ref and Rating columns is gone; nothing of it was imported.`,
  badSide: (form: string, cell: string, found: string) => `${form}: ${cell}: Side must be Ours or Partner, found "${found}"; nothing of this form was imported.`,
  noRater: (form: string, cell: string) => `${form}: ${cell}: the Rater is empty; nothing of this form was imported. Fill in the rater's name, or merge with --anonymous.`,
  sameIdOtherRater: (form: string, other: string) =>
    `${form}: it has the same Form id as ${other} but another rater (a copy of one form); nothing of it was imported. Make each rater a form of their own.`,
  badRating: (form: string, cell: string, found: string) => `${form}: ${cell}: Rating must be a whole number 0–4 or N/A, found "${found}"; not imported.`,
  unknownRef: (form: string, cell: string, found: string) => `${form}: ${cell}: Ref "${found}" is not a criterion of this assessment; that row was not imported.`,
  twiceRef: (form: string, cell: string, found: string) => `${form}: ${cell}: Ref "${found}" appears twice in the form; only its first row was imported.`,
} as const;

/** Why no form could be made from a workbook. */
export const formText = {
  masterWithoutId: 'the workbook has no workbook id for a form to carry back (workbooks made by partnering new or the add-in have one; partnering repair gives it one), so no form was written.',
  noCriteria: (table: string) => `the workbook has no criteria to rate: its table ${table} is missing or empty (partnering repair restores it).`,
} as const;
