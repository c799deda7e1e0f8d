/** Words written into the workbook itself: sheet titles, introductions, prompts and the how-to. */
export const planStatuses = { notStarted: 'Not started', drafted: 'Drafted', agreed: 'Agreed', notApplicable: 'Not applicable' } as const;
export const riskStatuses = { open: 'Open', monitoring: 'Monitoring', closed: 'Closed' } as const;
export const actionStatuses = { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' } as const;
export const yesNo = { yes: 'Yes', no: 'No' } as const;
/** Whose view a rater gives in a joint assessment: our own firm's or the partner firm's. */
export const raterSides = { ours: 'Ours', partner: 'Partner' } as const;
/** What the Actions sheet's Overdue column says of an action past its due date. */
export const overdueMark = 'Overdue';

export const workbookText = {
  title: 'Partnering Workbook',
  /** The file's subject in its document properties. */
  subject: 'ISO 44003 collaborative relationship self-assessment',
  sheets: {
    start: {
      title: 'Partnering Workbook: collaborative relationship self-assessment',
      intro: 'Based on the twelve principles of ISO 44003:2021 for micro, small and medium-sized firms. Fill in the details below, then work through the sheets left to right.',
      details: 'About this assessment',
      legend: 'Maturity scale used for every criterion',
      cellsLegend: 'Which cells to fill in',
      cellSamples: {
        input: ['Type here', 'Light blue with a line underneath: type here or pick from the list, on every sheet.'],
        computed: ['Calculated', 'Grey: filled by a formula or by the add-in. Typing over it breaks the scores.'],
        notCounted: ['Not counted', 'Red: an entry the scores leave out. The reason is written beside it.'],
      },
      howTo: 'How to use this workbook',
      steps: [
        '1. Fill in the details on this sheet. Choose the collaboration model and lifecycle stage from the lists.',
        '2. Principles: rate each criterion 0–4 (or N/A with a reason in Evidence) and note the evidence.',
        '3. Plan: record each element of the relationship management plan and set its status.',
        '4. Competencies: rate the people or roles that work with partners and note development actions.',
        '5. Risks: list the risks of the relationship; Score and Rating calculate themselves.',
        '6. Dashboard: see overall maturity, plan completeness, gaps and the risk heat map.',
        // Step 7 takes three lines: one long line would make the printed page scale down to fit it.
        '7. Actions and Score history are filled by a command, not typed.',
        '    In the add-in: Collect actions lists every action, development action and mitigation with an owner or a due date; Save snapshot adds today\'s scores.',
        '    Without the add-in: partnering actions FILE.xlsx --in-place, and partnering snapshot FILE.xlsx --in-place --label "Quarterly review".',
        'Scores are ordinary formulas, so they work without the add-in. Add rows by typing just below a table.',
      ],
    },
    principles: {
      title: 'Principles: maturity self-assessment',
      intro: 'Rate each criterion from 0 (Not in place) to 4 (Optimising), or N/A. A rating of 3 or more needs evidence.',
    },
    plan: {
      title: 'Relationship management plan',
      intro: 'One row per plan element. An element is complete when its status is Agreed or Not applicable.',
    },
    competencies: {
      title: 'Competencies and behaviours',
      intro: 'Rate the person or role from 1 (Aware) to 4 (Role model) against the level the role requires.',
    },
    risks: {
      title: 'Risk register',
      intro: 'Likelihood and Impact from 1 to 5. Score = Likelihood × Impact: 1–4 Low, 5–9 Medium, 10–15 High, 16–25 Critical.',
    },
    dashboard: {
      title: 'Dashboard',
      overall: 'Overall maturity (0–4)',
      plan: 'Plan completeness',
      openHighRisks: 'Open High or Critical risks',
      scores: 'Scores by principle',
      heatMap: 'Risk heat map: open risks by likelihood (rows) and impact (columns)',
      likelihood: 'Likelihood',
      impact: 'Impact',
      risksByRating: 'Open risks by rating',
      radarTitle: 'Maturity by principle: score and target',
      gapTitle: 'Gap to target by principle',
      ratingChartTitle: 'Open risks by rating',
      jointTitle: 'Ours against Partner by principle (from the Ratings sheet)',
      jointNote: 'Joint assessment from the Ratings sheet: Perception gap = Ours − Partner',
    },
    history: {
      title: 'History of snapshots',
      trendTitle: 'Overall maturity over time',
      intro: 'Each snapshot records the scores on a date, so progress shows over time.',
    },
    actions: {
      title: 'Actions',
      intro: 'Actions collected from the other sheets, with owners and due dates.',
    },
    lists: {
      title: 'Lists used by the dropdowns. Edit with care: other sheets depend on them.',
    },
    guide: {
      title: 'Guide: what the scales and lists mean',
      intro: 'For everyone who fills in this workbook, with or without the add-in. The dropdowns and input messages use the same words.',
      maturity: 'Maturity rating (Principles, Rating)',
      proficiency: 'Proficiency (Competencies, Level and Required)',
      likelihood: 'Likelihood of a risk (Risks, Likelihood), over about the next year',
      impact: 'Impact if it happens (Risks, Impact)',
      bands: 'Risk rating: Score = Likelihood × Impact, from 1 to 25',
      band: (name: string, min: number, max: number) => `${name} (${min}–${max})`,
      categories: 'Risk categories (Risks, Category)',
      treatments: 'Treatments (Risks, Treatment)',
    },
    ratings: {
      title: 'Ratings: joint assessment by several raters',
      intro: 'One row per rater and criterion, from both sides. Principles shows the means, raters and spread; its Rating stays the agreed one.',
    },
  },
  details: {
    organisation: 'Organisation',
    partners: 'Partner(s)',
    relationship: 'Relationship',
    collaborationModel: 'Collaboration model',
    lifecycleStage: 'Lifecycle stage',
    assessor: 'Assessor',
    assessmentDate: 'Assessment date',
    scope: 'Scope',
  },
  prompts: {
    ratingTitle: 'Rating 0–4 or N/A',
    likelihoodTitle: 'Likelihood 1–5',
    impactTitle: 'Impact 1–5',
    weight: 'How much this counts within its principle: any number from 0. Default 1.',
    target: 'The maturity level you aim for: 0 to 4.',
    likelihoodOver: 'The chance over about the next year.',
    guideSheet: 'Full meanings: Guide sheet',
    category: 'The kind of risk the collaboration brings. The Guide sheet describes each category.',
    date: 'A date, e.g. 2026-03-31.',
    notApplicable: (code: string) => `${code}: reason in Evidence`,
    fullScale: 'Full meanings: Start sheet',
    evidence: 'What shows this is in place: a document, minutes, a record. Required for a rating of 3 or more; for N/A, the reason.',
    rater: 'The name or role of the person giving this rating. Each rater has rows of their own.',
    side: 'Ours: a rater from our own firm. Partner: a rater from the partner firm.',
    criterionRef: 'The Ref of the criterion on the Principles sheet, e.g. P01.1.',
    form: 'The rater form these rows came from, filled when forms are merged. Blank for rows typed here.',
  },
  errors: {
    wholeNumber: (min: number, max: number) => `Enter a whole number from ${min} to ${max}.`,
    decimal: (min: number) => `Enter a number from ${min} upwards.`,
    date: 'Enter a date, e.g. 2026-03-31.',
    list: 'Pick a value from the list.',
  },
  /** Written in a calculated column beside an entry the scores leave out. */
  notCounted: {
    rating: (min: number, max: number, na: string) => `Rating must be ${min}–${max} or ${na}`,
    weight: (min: number) => `Not counted: Weight must be a number from ${min}`,
    risk: (min: number, max: number) => `Not scored: use whole numbers ${min}–${max}`,
  },
} as const;
