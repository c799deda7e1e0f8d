// The Raters tab's work, loaded when it is first used (on-demand.tsx says why): writing rows into
// tblRatings, and making and reading rater forms, whose package code is large.
export { addRater } from '../excel/ratings-add-rater';
export { importRatingForms } from '../excel/ratings-import';
export { openAsNewWorkbook } from '../excel/new-workbook';
export { formContent } from '../forms/form-content';
export { fillRaterForm, readRaterForm } from '../xlsx/rater-form-package';
export { WorkbookReadError } from '../xlsx/read';
