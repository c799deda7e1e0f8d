/**
 * The rater form, declared: a small workbook of its own that one rater fills in without the
 * add-in (Excel, Excel on the web, LibreOffice) and sends back to be merged into the assessment's
 * tblRatings. It holds the relationship's details, who rates and for which side, the criteria to
 * rate and nothing of the assessment's entries. Both ids travel in its document properties and
 * visibly on the sheet, so one that lost its properties on the way is still recognised.
 */
import { content } from '../domain/strings/en';
import { raterFormText } from '../domain/strings/en/rater-form';
import { cellAddress, parseCell, sheetRange } from './address';
import { rating, text } from './columns';
import type { LayoutCell, PlacedTable, SheetDeclaration } from './layout';
import { NARROW_MARGINS } from './page-setup';
import { table } from './table';
import type { WorkbookSchema } from './workbook';

/** The layout version of the form; a form says which one it was written with. */
export const RATER_FORM_VERSION = '1.0.0';

export const FORM_SHEET = 'Rating form';
const LISTS_SHEET = 'Lists';
const RATING_LIST = 'lstFormRating';
const t = raterFormText;

/** Document custom properties of a form: its own id and the workbook id of the assessment it belongs to. */
export const FORM_PROPERTIES = {
  version: 'PartneringFormVersion',
  formId: 'PartneringFormId',
  workbookId: 'PartneringFormOf',
} as const;

const line = (p: { value: number; name: string; brief?: string }) => `${p.value} ${p.name}${p.brief ? `: ${p.brief}` : ''}`;

export const formRatingPrompt = [
  ...content.maturityLevels.map(line), t.prompts.notApplicable(content.notApplicable.code), t.prompts.scaleAbove,
].join('\n');

export const ratingValues: Array<string | number> = [...content.maturityLevels.map((l) => l.value), content.notApplicable.code];

/** The criteria to rate: the assessment's own (a consultant may have changed them), a Rating and a Comment per row. */
export const formTable = table({
  name: 'tblRatingForm',
  sheet: FORM_SHEET,
  label: 'criterion',
  columns: [
    text('ref', 'Ref', { width: 8 }),
    text('principle', 'Principle', { width: 22, wrap: true }),
    text('criterion', 'Criterion', { width: 48, wrap: true }),
    text('guidance', 'Guidance', { width: 36, wrap: true }),
    rating('rating', 'Rating', RATING_LIST, { width: 9, prompt: formRatingPrompt, clientEntry: true }),
    text('comment', 'Comment', { width: 40, wrap: true, prompt: t.prompts.comment, clientEntry: true }),
  ],
});

/** A detail of the form, filled in when it is written; the rater reads it and need not type it. */
export interface FormDetail {
  key: 'organisation' | 'partners' | 'relationship' | 'rater' | 'side' | 'formId' | 'workbookId';
  name: string;
}

export const formDetails: FormDetail[] = [
  { key: 'organisation', name: 'FormOrganisation' },
  { key: 'partners', name: 'FormPartners' },
  { key: 'relationship', name: 'FormRelationship' },
  { key: 'rater', name: 'FormRater' },
  { key: 'side', name: 'FormSide' },
  { key: 'formId', name: 'FormId' },
  { key: 'workbookId', name: 'FormWorkbookId' },
];

const DETAILS_ROW = 5;
const label = (cell: string, value: string | number, kind: LayoutCell['kind'] = 'label'): LayoutCell => ({ sheet: FORM_SHEET, cell, kind, value });

function formCells(): { cells: LayoutCell[]; headerRow: number } {
  const cells: LayoutCell[] = [
    label('A1', t.title, 'title'),
    label('A2', t.intro, 'note'),
    label('A4', t.details, 'heading'),
  ];
  formDetails.forEach((detail, i) => {
    const row = DETAILS_ROW + i;
    cells.push(label(`B${row}`, t.detail[detail.key]));
    // Filled in by `partnering form`, not typed: drawn as calculated cells so nobody types over them.
    cells.push({ sheet: FORM_SHEET, cell: `C${row}`, kind: 'input', look: 'computed', name: detail.name, input: text(detail.key, t.detail[detail.key]) });
  });
  let row = DETAILS_ROW + formDetails.length;
  cells.push(label(`B${row}`, t.idsNote, 'note'));
  row += 2;
  cells.push(label(`A${row}`, t.howTo, 'heading'));
  t.steps.forEach((step) => cells.push(label(`A${++row}`, step, 'note')));
  row += 2;
  cells.push(label(`A${row}`, t.scale, 'heading'));
  for (const level of [...content.maturityLevels, { value: content.notApplicable.code, ...content.notApplicable }]) {
    row += 1;
    cells.push(label(`A${row}`, level.value));
    cells.push(label(`B${row}`, level.name));
    cells.push(label(`C${row}`, level.descriptor, 'note'));
  }
  return { cells, headerRow: row + 2 };
}

const laidOut = formCells();

export const formPlacedTable: PlacedTable = { table: formTable, headerRow: laidOut.headerRow, firstColumn: 1 };

const listCells: LayoutCell[] = [
  { sheet: LISTS_SHEET, cell: 'A1', kind: 'heading', value: formTable.col('rating').header },
  ...ratingValues.map((value, i): LayoutCell => ({ sheet: LISTS_SHEET, cell: cellAddress(1, i + 2), kind: 'label', value })),
];

const sheets: SheetDeclaration[] = [
  {
    name: FORM_SHEET,
    // The header row repeats on every printed page; the page is one across, as long as the criteria need.
    page: { orientation: 'landscape', pagesWide: 1, titleRows: [laidOut.headerRow, laidOut.headerRow], margins: NARROW_MARGINS },
  },
  { name: LISTS_SHEET, hidden: true },
];

/** The form as a workbook declaration, which the file host's writer and editor render as they render the assessment. */
export const raterFormSchema: WorkbookSchema = {
  version: RATER_FORM_VERSION,
  sheets,
  tables: [formPlacedTable],
  cells: [...laidOut.cells, ...listCells],
  definedNames: [
    // A range, not a literal list in the validation: Excel refuses a literal list over 255 characters.
    { name: RATING_LIST, refersTo: sheetRange(LISTS_SHEET, [1, 2], [1, ratingValues.length + 1]) },
    ...laidOut.cells.filter((c) => c.name).map((c) => {
      const { column, row } = parseCell(c.cell);
      return { name: c.name as string, refersTo: sheetRange(FORM_SHEET, [column, row]) };
    }),
  ],
  charts: [],
  conditionalFormats: [],
  properties: { version: FORM_PROPERTIES.version, workbookId: FORM_PROPERTIES.formId },
  title: t.title,
  subject: t.subject,
};
