/**
 * Words of the entry checks: each rule's description, why it matters, its message and its fix.
 * Messages never name the cell: whoever shows a finding puts "Sheet!Cell: " in front of it.
 */

/** What every rule's words have; messages take whatever the rule found, and a rule may word a few cases apart. */
interface RuleText {
  description: string;
  why: string;
  fix: string;
  message: (...found: never[]) => string;
  [variant: `message${string}`]: (...found: never[]) => string;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How a finding names the row it is about, when the row has no ID or name of its own. */
export const rowWords = {
  risk: (text: string) => `the risk "${text}"`,
  riskOnRow: (row: number) => `the risk on row ${row}`,
  action: (text: string) => `the action "${text}"`,
  actionOnRow: (row: number) => `the action on row ${row}`,
  criterionOnRow: (row: number) => `the criterion on row ${row}`,
  planElementOnRow: (row: number) => `the plan element on row ${row}`,
  competencyOnRow: (row: number) => `the competency on row ${row}`,
  /** Printed when a status cell is blank. */
  noStatus: 'blank',
};

export const checkText = {
  'missing-sheet': {
    description: 'Every sheet that holds no table, such as Start and the hidden Lists sheet, is present.',
    why: 'The Start sheet holds the details of the assessment and the Lists sheet feeds every dropdown; without them the lists and summaries stop working.',
    message: (sheet: string) => `The ${sheet} sheet is missing.`,
    fix: 'If the sheet was renamed, give it back its name; otherwise use Repair workbook to restore it.',
  },
  'missing-table': {
    description: 'Every table of the template is present under its own name.',
    why: 'Scores, charts and checks find each table by its name; a deleted or renamed table leaves them empty or broken.',
    message: (sheet: string, table: string) => `The table of the ${sheet} sheet (${table}) is missing.`,
    fix: 'If the table was renamed, give it back its name under Table Design; otherwise use Repair workbook to restore it.',
  },
  'missing-column': {
    description: 'Every column of each table is present under its own header.',
    why: 'Formulas and checks find a column by its header; a renamed or deleted column breaks every score that uses it.',
    message: (header: string) => `The table has no "${header}" column.`,
    fix: 'If the column was renamed, give it back its header; otherwise use Repair workbook to restore it.',
  },
  'missing-name': {
    description: 'The named cells of the Start details and the Dashboard figures are present.',
    why: 'Summaries, comparisons and new-client copies read these cells by their names; a lost name loses the value.',
    message: (name: string) => `The cell named ${name} is missing or no longer has its name.`,
    fix: 'Use Repair workbook to restore the name.',
  },
  'empty-list': {
    description: 'Every dropdown list on the Lists sheet has its values.',
    why: 'A dropdown whose list was cleared refuses every entry, so nobody can pick a status, rating or category any more.',
    message: (header: string) => `The ${header} list is empty, so its dropdowns refuse every entry.`,
    messageAll: (sheet: string) => `The ${sheet} sheet was cleared: every dropdown list is empty, so the dropdowns refuse every entry.`,
    fix: 'Use Repair workbook to restore the lists; your entries are kept.',
  },
  'overwritten-formula': {
    description: 'Calculated cells (Score, Level, Gap and the Dashboard figures) keep their formulas.',
    why: 'A formula typed over or edited no longer follows the entries, so the score shown is stale or wrong and nobody notices.',
    message: (header: string, found: string) => `${header} should be calculated but holds the typed value "${found}".`,
    messageEmpty: (header: string) => `${header} should be calculated but is empty.`,
    messageChanged: (header: string) => `${header} has a different formula from the template.`,
    fix: 'Use Repair workbook to restore the formula; your entries are kept.',
  },
  'template-version': {
    description: 'The workbook was made with this version of the template or an older one.',
    why: 'A newer template may have columns and rules this add-in does not know, so its checks and scores cannot be trusted.',
    message: (found: string, current: string) => `The workbook uses template version ${found}; this add-in knows versions up to ${current}.`,
    messageNotVersion: (found: string) => `The template version "${found}" is not a version number.`,
    fix: 'Update the add-in. If the version is wrong, ask whoever sent the workbook which version made it.',
  },
  'template-version-missing': {
    description: 'The workbook records which template version it uses.',
    why: 'Without the version, upgrades and checks have to guess which layout the workbook has.',
    message: () => 'The workbook does not record its template version.',
    fix: 'Use Repair workbook to record it.',
  },
  'rating-value': {
    description: 'A Rating is a whole number from 0 to 4, or N/A.',
    why: 'Any other value is left out of the score without telling anyone, so the principle looks better or worse than it is.',
    message: (found: string) => `Rating must be a whole number from 0 to 4 or N/A, found "${found}".`,
    fix: 'Pick 0–4 or N/A from the list.',
  },
  'weight-value': {
    description: 'A Weight is a number from 0 upwards.',
    why: 'A negative weight or a weight typed as text distorts the principle score or silently drops the criterion from it.',
    message: (header: string, min: number, found: string) => `${header} must be a number from ${min} upwards, found "${found}".`,
    fix: 'Type a number such as 1; 0 leaves the row out of the score.',
  },
  'whole-number-range': {
    description: 'Whole-number columns (Likelihood, Impact, Level, Required, Target …) hold a whole number on their scale.',
    why: 'A value off the scale is left out of the score, so a risk or a gap looks smaller than it is.',
    message: (header: string, min: number, max: number, found: string) =>
      `${header} must be a whole number from ${min} to ${max}, found "${found}".`,
    fix: 'Pick a number from the list, or type a whole number within the range.',
  },
  'date-value': {
    description: 'Date cells hold a real date, not text.',
    why: 'A date written as text, such as "next week", is never overdue and never sorts, so reviews and actions slip by unnoticed.',
    message: (header: string, found: string) => `${header} must be a date, found "${found}".`,
    fix: 'Type the date as 2026-03-31, or clear the cell.',
  },
  'list-value': {
    description: 'List columns (Status, Category, Treatment, Principle …) hold a value from their list.',
    why: 'Counts, scores and highlights match the list values exactly; a pasted variant such as " Open" or "Done!" is counted nowhere.',
    message: (header: string, found: string) => `${header} must be a value from its list, found "${found}".`,
    fix: 'Pick a value from the dropdown in the cell.',
  },
  'error-value': {
    description: 'Input cells hold no error value such as #REF! or #N/A.',
    why: 'An error in an input spreads into every score and total that uses it.',
    message: (header: string, error: string) => `${header} holds the error ${error}.`,
    fix: 'Type the value again or clear the cell; the error usually comes from pasting a formula from elsewhere.',
  },
  'required-value': {
    description: 'A row with entries has its main text filled in (the Risk, the Criterion, the Item …).',
    why: 'A row without its main text still counts in scores and heat maps, but nobody can tell what it is about.',
    message: (header: string) => `${header} is blank, but the row has other entries.`,
    fix: 'Fill it in, or clear the whole row.',
  },
  'duplicate-risk-id': {
    description: 'Each risk has an ID of its own.',
    why: 'Actions, minutes and reviews refer to risks by their ID; two risks with one ID get mixed up.',
    message: (id: string, firstRow: number) => `The ID "${id}" is already used on row ${firstRow}.`,
    fix: 'Give this risk an ID no other risk has.',
  },
  'start-details': {
    description: 'The Start sheet names the organisation and the assessment date.',
    why: 'Without them a printed or shared workbook cannot be told apart from another client\'s or another year\'s.',
    message: (label: string) => `${label} is blank.`,
    fix: 'Fill it in on the Start sheet.',
  },
  'evidence-for-high-rating': {
    description: 'A Rating of 3 or more has evidence.',
    why: 'A high rating without evidence is a claim, not an assessment; a partner or an auditor will ask what shows it.',
    message: (criterion: string, rating: number) => `${upperFirst(criterion)} is rated ${rating} but has no evidence.`,
    fix: 'Note what shows it is in place (a document, minutes, a record), or lower the rating.',
  },
  'reason-for-na': {
    description: 'A Rating of N/A gives the reason in Evidence.',
    why: 'N/A takes a criterion out of the score; without a reason it looks like a way round a low rating.',
    message: (criterion: string) => `${upperFirst(criterion)} is rated N/A but gives no reason.`,
    fix: 'Say in Evidence why the criterion does not apply.',
  },
  'action-needs-owner-and-due': {
    description: 'An action has an owner and a due date.',
    why: 'An action without a person and a date is a wish; it does not happen.',
    message: (header: string, action: string) => `${header} is blank for ${action}.`,
    fix: 'Name who will do it and by when.',
  },
  'overdue-action': {
    description: 'No open action is past its due date.',
    why: 'An overdue action left open shows the plan is not being followed: either it is done, or it needs a new date.',
    message: (action: string, due: string) => `${upperFirst(action)} was due on ${due} and is not done.`,
    fix: 'Finish it and mark it done, or agree a new due date.',
  },
  'overdue-review': {
    description: 'Plan elements and open risks are reviewed by their next review date.',
    why: 'The plan and the risks are only useful while they are current; a missed review means decisions rest on old information.',
    message: (what: string, due: string) => `The review of ${what} was due on ${due}.`,
    fix: 'Hold the review, then record its date and set the next one.',
  },
  'risk-needs-owner': {
    description: 'Every risk has an owner.',
    why: 'A risk nobody owns is watched by nobody.',
    message: (risk: string) => `${upperFirst(risk)} has no owner.`,
    fix: 'Name the person who watches this risk and acts on it.',
  },
  'risk-needs-mitigation': {
    description: 'A High or Critical risk has a mitigation, unless it is accepted.',
    why: 'An unmitigated serious risk is the first thing a partner or auditor asks about.',
    message: (risk: string, rating: string) => `${upperFirst(risk)} is ${rating} and has no mitigation.`,
    fix: 'Describe what will reduce its likelihood or impact, or choose Accept as treatment.',
  },
  'risk-needs-review-date': {
    description: 'Every open risk has a next review date.',
    why: 'Without a date, a risk is not looked at again until it happens.',
    message: (risk: string) => `${upperFirst(risk)} has no next review date.`,
    fix: 'Set a date to look at it again, for example in three months.',
  },
  'residual-above-inherent': {
    description: 'A risk scores no higher after treatment than before.',
    why: 'Treatment is meant to reduce a risk; a higher residual score usually means the two sets of numbers were swapped or mistyped.',
    message: (risk: string, residual: number, inherent: number) =>
      `${upperFirst(risk)} scores ${residual} after treatment but ${inherent} before.`,
    fix: 'Check the residual likelihood and impact: treatment should not make a risk worse.',
  },
  'plan-agreed-needs-content': {
    description: 'A plan element marked Agreed says what was agreed.',
    why: 'An element agreed with nothing written down counts towards plan completeness but gives nobody anything to hold to.',
    message: (element: string) => `${upperFirst(element)} is Agreed but has no content.`,
    fix: 'Write down what was agreed, or set the status back to Drafted.',
  },
  'plan-review-interval': {
    description: 'A plan element is reviewed at least every 12 months.',
    why: 'A plan left for more than a year drifts away from how the relationship really works.',
    message: (element: string, next: string, last: string) =>
      `The next review of ${element} on ${next} is more than 12 months after the last one on ${last}.`,
    fix: 'Set the next review within 12 months of the last one.',
  },
  'senior-accountable-person': {
    description: 'The plan names a senior person accountable for the relationship (plan element A04).',
    why: 'ISO 44003 asks top management to own collaborative relationships; without a named person nobody can decide or escalate.',
    message: (header: string, element: string) => `${header} of ${element} is blank, so no senior person is named as accountable.`,
    messageMissingRow: (ref: string) => `The plan has no element ${ref}, where the senior accountable person is named.`,
    fix: 'Name the senior person accountable for the relationship, with their role, and who owns the element.',
  },
  'exit-strategy-agreed': {
    description: 'From the Working together stage on, the exit strategy (plan element A12) is agreed.',
    why: 'Exit terms are easiest to agree while the relationship goes well; leaving them until it ends invites disputes.',
    message: (stage: string, status: string) => `The relationship is at stage "${stage}", but the exit strategy is ${status}, not agreed.`,
    messageMissingRow: (ref: string, stage: string) => `The relationship is at stage "${stage}", but the plan has no exit strategy element ${ref}.`,
    fix: 'Agree the exit arrangements with the partner, write them down and set the status to Agreed.',
  },
  'competency-gap-action': {
    description: 'A competency below its required level has a development action.',
    why: 'A known gap without a plan to close it stays open.',
    message: (item: string, level: number, required: number) =>
      `${upperFirst(item)} is at level ${level}, below the required ${required}, and has no development action.`,
    fix: 'Note how the gap will be closed: a course, shadowing, coaching.',
  },
  'assessment-progress': {
    description: 'At least 60 % of the criteria are rated.',
    why: 'Scores from a handful of ratings say little about the relationship as a whole.',
    message: (rated: number, total: number, percent: number) => `${rated} of ${total} criteria are rated (${percent} %).`,
    fix: 'Rate the remaining criteria 0–4, or N/A with the reason in Evidence.',
  },
  'renamed-table': {
    description: 'Every table of the template keeps its own name; one a person renamed is recognised by its columns.',
    why: 'The checks and the add-in find each table by its name: under another name none of its entries are checked, and the pane cannot list them.',
    message: (sheet: string, found: string, expected: string) =>
      `The table "${found}" on the ${sheet} sheet is the template's ${expected} under another name, so its entries are not checked.`,
    fix: 'Give the table back its name: click in it, then type the name the message gives in Table Design > Table Name. Formulas that use the table follow the new name.',
  },
  'entries-below-table': {
    description: 'Nothing is typed in the rows just below a table that the table did not take in.',
    why: 'Rows below a table are not part of it: scores, charts and checks leave them out, so whatever is typed there counts for nothing.',
    message: (table: string, cells: string, rows: number) =>
      `${rows === 1 ? 'The row' : `${rows} rows`} typed just below the ${table} table (${cells}) ${rows === 1 ? 'is' : 'are'} not part of it, so nothing counts ${rows === 1 ? 'it' : 'them'}.`,
    fix: 'Take them into the table: drag the handle at its bottom-right corner down over them, or use Table Design > Resize Table. If they are notes, leave an empty row between them and the table.',
  },
  'table-total-row': {
    description: 'The tables of the template show no Total Row.',
    why: 'The template\'s tables have none; with one, the last row holds totals instead of entries, and partnering repair, upgrade and new --from leave the table as it is rather than move it.',
    message: (table: string) => `The ${table} table shows a Total Row, which the template's tables do not have; its last row is not read as an entry.`,
    fix: 'Turn the Total Row off under Table Design > Total Row; totals of your own can stand below the table, with an empty row between.',
  },
  'table-header-row': {
    description: 'The tables of the template show their header row.',
    why: 'Every column is found by its header: with the header row turned off none of the table\'s entries can be read, checked or scored.',
    message: (table: string) => `The ${table} table has its header row turned off, so its entries cannot be read.`,
    fix: 'Turn the Header Row back on under Table Design > Header Row.',
  },
  'raters-disagree': {
    description: 'The raters of a criterion are less than 2 levels apart.',
    why: 'Ratings 2 or more levels apart mean the raters see the criterion differently; their mean hides it, and the agreed rating needs that conversation first.',
    message: (criterion: string, spread: number, lowest: string, highest: string) =>
      `The raters of ${criterion} are ${spread} levels apart: ${lowest} against ${highest}.`,
    fix: 'Talk it through with the raters, note what each saw in their Comment on the Ratings sheet, then set the agreed Rating.',
  },
  'perception-gap': {
    description: 'Our raters and the partner\'s see each principle within 1 level of each other.',
    why: 'A gap of a level or more between the two sides shows where the partners experience the relationship differently: the first thing to raise at the next review.',
    message: (principle: string, ours: string, partner: string, gap: string) =>
      `${principle}: our raters give ${ours}, the partner's ${partner}, a perception gap of ${gap}.`,
    fix: 'Discuss the principle with the partner, starting from the criteria whose ratings differ most, and agree an action.',
  },
} satisfies Record<string, RuleText>;
