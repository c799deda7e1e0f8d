/** Rater forms filled in as a person would: a Rating picked or typed, a Comment written, in the form's own cells. */
import { readRaterForm } from '../../src/xlsx/rater-form-file';
import { editWorkbook, type } from './xlsx-edit';

export interface Fill {
  ref: string;
  /** A number is typed as a number, anything else as text ("3", "n/a", "good"). */
  rating?: string | number;
  comment?: string;
}

/** The form with each Fill typed into its criterion's row. */
export async function fillForm(bytes: Uint8Array, fills: Fill[]): Promise<Uint8Array> {
  const form = readRaterForm(bytes, 'form.xlsx');
  const rows = form.rows ?? [];
  return editWorkbook(bytes, (file) => {
    for (const fill of fills) {
      const row = rows.find((r) => r.ref.value === fill.ref);
      if (!row) throw new Error(`The form has no criterion ${fill.ref}.`);
      if (fill.rating !== undefined) type(file, row.rating.sheet, row.rating.cell, fill.rating);
      if (fill.comment !== undefined) type(file, row.comment.sheet, row.comment.cell, fill.comment);
    }
  });
}
