/**
 * A rater added in the shared workbook: one row of tblRatings per criterion, Rating blank, for
 * that person to fill in. Each rater has rows of their own, so several people rate at once under
 * co-authoring without typing into each other's rows. The rows always go below the table, never
 * into its empty rows: two people adding themselves at the same moment would each see the same
 * empty rows and write over each other, while rows inserted below the table stay apart.
 */
import type { RawValue } from '../data/workbook-data';
import { paneText } from '../domain/strings/en/pane';
import type { RowEntries } from '../schema/rows';
import { textOf, type Side } from './returned-form';

const text = paneText.raters;

export interface NewRater {
  /** By data row of tblRatings (0 = the first, past the last = below it): what to write; `{}` leaves the row. */
  rows: RowEntries[];
  rater: string;
  side: Side;
  /** Rows written for the rater, one per criterion. */
  added: number;
}

export function newRaterRows(input: { refs: string[]; ratings: RowEntries[] }, name: string, side: Side): NewRater | { problem: string } {
  const rater = name.trim();
  if (rater === '') return { problem: text.nameMissing };
  const same = (value: RowEntries[string], wanted: string) => textOf((value ?? null) as RawValue).toLowerCase() === wanted.toLowerCase();
  if (input.ratings.some((row) => same(row.rater, rater) && same(row.side, side))) return { problem: text.nameTaken(rater, side) };
  const refs = input.refs.map((ref) => ref.trim()).filter((ref) => ref !== '');
  if (refs.length === 0) return { problem: text.noCriteria };
  const rows: RowEntries[] = [
    ...input.ratings.map(() => ({})),
    ...refs.map((ref) => ({ rater, side, ref, rating: null, comment: null, form: null })),
  ];
  return { rows, rater, side, added: refs.length };
}
