/**
 * The rules of merging returned rater forms into an assessment's ratings, for any host: which
 * forms are taken, which values are not, and what each data row of tblRatings becomes. A form's
 * rows replace the rows an earlier merge of the same form (by Form id) wrote, in the same places,
 * so merging a form twice changes nothing; new rows go into empty rows first, then below.
 */
import { isCellError, type RawValue } from '../data/workbook-data';
import { mergeText } from '../domain/strings/en/rater-form';
import type { CellValue, RowEntries } from '../schema/rows';
import { cellName, ratingOf, sideOf, textOf, type Rating, type ReturnedForm, type Side } from './returned-form';

/** The columns of tblRatings the merge writes, by key. */
export const RATING_KEYS = ['rater', 'side', 'ref', 'rating', 'comment', 'form'] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

export interface MergeInput {
  /** The assessment's workbook id, which every form must carry. */
  workbookId: string | undefined;
  /** The Refs of the assessment's criteria. */
  refs: string[];
  /** tblRatings' data rows as they are now, by column key. */
  ratings: RowEntries[];
}

export interface MergedForm {
  source: string;
  formId: string;
  /** The rater as written into tblRatings: the name, or "Rater 3" when anonymous. */
  rater: string;
  side: Side;
  /** Rows written for it (criteria with a Rating or a Comment). */
  rows: number;
  /** Rows an earlier merge of this form had written. */
  replaced: number;
}

export interface MergePlan {
  /** By data row of tblRatings (0 = the first): what to write; `{}` leaves the row as it is. */
  rows: RowEntries[];
  merged: MergedForm[];
  /** Forms of which nothing was imported, each with why. */
  refused: string[];
  /** Values that were not imported, each with the form, the cell and the value. */
  invalid: string[];
}

interface Accepted {
  form: ReturnedForm;
  formId: string;
  name: string;
  side: Side;
  rows: RowEntries[];
}

export function planMerge(input: MergeInput, forms: ReturnedForm[], options: { anonymous: boolean }): MergePlan {
  const refused: string[] = [];
  const invalid: string[] = [];
  const accepted: Accepted[] = [];
  // A blank Ref (a row typed into tblPrinciples without one) is no criterion to rate.
  const given = input.refs.map((r) => r.trim()).filter((r) => r !== '');
  const refs = new Set(given.map((r) => r.toLowerCase()));
  const canonicalRef = new Map(given.map((r) => [r.toLowerCase(), r]));
  for (const form of forms) {
    const why = refusal(form, input.workbookId, options.anonymous);
    if (why) {
      refused.push(why);
      continue;
    }
    const formId = form.formId as string;
    const name = textOf(form.rater?.value ?? null);
    const earlier = accepted.findIndex((a) => a.formId === formId);
    if (earlier >= 0 && !options.anonymous && accepted[earlier].name !== name) {
      refused.push(mergeText.sameIdOtherRater(form.source, accepted[earlier].form.source));
      continue;
    }
    const side = sideOf(form.side?.value ?? null) as Side;
    const rows: RowEntries[] = [];
    const seen = new Set<string>();
    for (const row of form.rows ?? []) {
      const ref = textOf(row.ref.value);
      const rating = ratingOf(row.rating.value);
      const comment = commentOf(row.comment.value);
      if (rating === undefined) invalid.push(mergeText.badRating(form.source, cellName(row.rating), shown(row.rating.value)));
      const said = (rating !== undefined && rating !== null) || comment !== null;
      if (!said) continue;
      if (!refs.has(ref.toLowerCase())) {
        invalid.push(mergeText.unknownRef(form.source, cellName(row.ref), ref));
        continue;
      }
      if (seen.has(ref.toLowerCase())) {
        invalid.push(mergeText.twiceRef(form.source, cellName(row.ref), ref));
        continue;
      }
      seen.add(ref.toLowerCase());
      rows.push({ ref: canonicalRef.get(ref.toLowerCase()) ?? ref, rating: (rating ?? null) as Rating | null, comment });
    }
    // A corrected copy given after the form itself, in the same run, is the one that counts.
    if (earlier >= 0) accepted.splice(earlier, 1);
    accepted.push({ form, formId, name, side, rows });
  }
  return { ...placeRows(input.ratings, accepted, options.anonymous), refused, invalid };
}

function refusal(form: ReturnedForm, workbookId: string | undefined, anonymous: boolean): string | undefined {
  if (workbookId === undefined || workbookId.trim() === '') return mergeText.masterWithoutId(form.source);
  if (form.workbookId === undefined) return mergeText.noWorkbookId(form.source);
  if (form.workbookId !== workbookId.trim()) return mergeText.otherAssessment(form.source, form.workbookId, workbookId.trim());
  if (form.formId === undefined) return mergeText.noFormId(form.source);
  if (form.rows === undefined) return mergeText.noTable(form.source, 'tblRatingForm');
  if (!form.side || sideOf(form.side.value) === undefined) {
    return mergeText.badSide(form.source, form.side ? cellName(form.side) : '', shown(form.side?.value ?? null));
  }
  if (!anonymous && (!form.rater || textOf(form.rater.value) === '')) return mergeText.noRater(form.source, form.rater ? cellName(form.rater) : '');
  return undefined;
}

/**
 * Each form's rows go where its earlier rows were, then into rows with nothing in our columns,
 * then below the table; earlier rows it no longer needs are emptied.
 */
function placeRows(existing: RowEntries[], accepted: Accepted[], anonymous: boolean): Pick<MergePlan, 'rows' | 'merged'> {
  const formOf = (row: RowEntries) => textOf(row.form as RawValue);
  const isBlank = (row: RowEntries) => RATING_KEYS.every((key) => textOf((row[key] ?? null) as RawValue) === '');
  const free = existing.map((row, i) => (isBlank(row) ? i : -1)).filter((i) => i >= 0);
  const { numbers, highest } = anonymousNumbers(existing);
  let next = highest + 1;
  const rows: RowEntries[] = existing.map(() => ({}));
  const blank = Object.fromEntries(RATING_KEYS.map((key) => [key, null]));
  const merged: MergedForm[] = [];
  for (const { form, formId, name, side, rows: wanted } of accepted) {
    const own = existing.map((row, i) => (formOf(row) === formId ? i : -1)).filter((i) => i >= 0);
    let number = numbers.get(formId);
    if (anonymous && number === undefined) {
      number = next++;
      numbers.set(formId, number);
    }
    const rater = anonymous ? mergeText.anonymousRater(number as number) : name;
    wanted.forEach((entries, i) => {
      const slot = i < own.length ? own[i] : free.length > 0 ? free.shift() as number : rows.length;
      rows[slot] = { rater, side, ...entries, form: formId };
    });
    for (const slot of own.slice(wanted.length)) rows[slot] = blank;
    merged.push({ source: form.source, formId, rater, side, rows: wanted.length, replaced: own.length });
  }
  return { rows, merged };
}

/** "Rater 3" numbers earlier anonymous merges gave, by Form id, so a form keeps its number; and the highest in use. */
function anonymousNumbers(existing: RowEntries[]): { numbers: Map<string, number>; highest: number } {
  const numbers = new Map<string, number>();
  let highest = 0;
  for (const row of existing) {
    const match = mergeText.anonymousPattern.exec(textOf((row.rater ?? null) as RawValue));
    if (!match) continue;
    const form = textOf((row.form ?? null) as RawValue);
    if (form !== '') numbers.set(form, Number(match[1]));
    highest = Math.max(highest, Number(match[1]));
  }
  return { numbers, highest };
}

function commentOf(value: RawValue): CellValue {
  if (value === null || isCellError(value)) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return value;
}

function shown(value: RawValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}
