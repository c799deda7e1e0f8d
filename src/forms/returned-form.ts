/**
 * A rater form as it came back, whatever program saved it: the ids it carries, who rated for
 * which side, and each criterion's Rating and Comment with the cell it stands in. Built from the
 * rows a host read (WorkbookData) and the form's document properties, so the command line and
 * the pane see the same form.
 */
import { findTable, isCellError, type RawValue, type WorkbookData } from '../data/workbook-data';
import { TableView } from '../data/table-view';
import { content } from '../domain/strings/en';
import { raterSides } from '../domain/strings/en/workbook';
import { quoteSheet } from '../schema/address';
import { FORM_PROPERTIES, formDetails, formTable, type FormDetail } from '../schema/rater-form';

/** A value with the cell it was read from. */
export interface FormCell {
  sheet: string;
  cell: string;
  value: RawValue;
}

export interface ReturnedForm {
  /** How the person knows the form: its file name on the command line, the picked file's name in the pane. */
  source: string;
  /** The workbook id of the assessment it was made from; undefined when the form lost it. */
  workbookId?: string;
  formId?: string;
  rater?: FormCell;
  side?: FormCell;
  /** Undefined when the form has no table of criteria. */
  rows?: Array<{ ref: FormCell; rating: FormCell; comment: FormCell }>;
}

export type Side = (typeof raterSides)[keyof typeof raterSides];
export type Rating = number | typeof content.notApplicable.code;

/** `'Rating form'!E31`: where a value stands, as a person finds it. */
export const cellName = (cell: Pick<FormCell, 'sheet' | 'cell'>): string => `${quoteSheet(cell.sheet)}!${cell.cell}`;

/**
 * The form's ids come from its document properties, and from the cells that show them when the
 * properties were lost on the way (not every program keeps them).
 */
export function returnedForm(source: string, data: WorkbookData, properties: Record<string, string>): ReturnedForm {
  const named = (key: FormDetail['key']): FormCell | undefined => {
    const name = formDetails.find((d) => d.key === key)?.name ?? key;
    const cell = Object.entries(data.names).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    return cell ? { sheet: cell.sheet, cell: cell.address, value: cell.value } : undefined;
  };
  const id = (property: string, key: FormDetail['key']) => {
    const text = (properties[property] ?? '').trim() || textOf(named(key)?.value ?? null);
    return text === '' ? undefined : text;
  };
  const found = findTable(data, formTable.name);
  const view = found ? new TableView(formTable, found) : undefined;
  const at = (row: NonNullable<typeof view>['rows'][number], key: 'ref' | 'rating' | 'comment'): FormCell =>
    ({ sheet: found?.sheet ?? '', cell: row.address(key), value: row.value(key) });
  return {
    source,
    workbookId: id(FORM_PROPERTIES.workbookId, 'workbookId'),
    formId: id(FORM_PROPERTIES.formId, 'formId'),
    rater: named('rater'),
    side: named('side'),
    rows: view && view.hasColumn('ref') && view.hasColumn('rating')
      ? view.rows.map((row) => ({ ref: at(row, 'ref'), rating: at(row, 'rating'), comment: at(row, 'comment') }))
      : undefined,
  };
}

/** A cell's value as text, trimmed; '' for a blank or an error. */
export function textOf(value: RawValue): string {
  if (value === null || isCellError(value)) return '';
  return String(value).trim();
}

const NOT_APPLICABLE = content.notApplicable.code;
const LEVELS = new Set(content.maturityLevels.map((l) => l.value));

/**
 * A Rating as typed or picked: a level as a number or as text ("3", which a program re-saving the
 * form may leave as text), N/A in any case, or blank. Undefined for anything else (7, 2.5, "good").
 */
export function ratingOf(value: RawValue): Rating | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return LEVELS.has(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const typed = value.trim();
  if (typed === '') return null;
  if (typed.toLowerCase() === NOT_APPLICABLE.toLowerCase()) return NOT_APPLICABLE;
  if (!/^[+-]?\d+(\.0*)?$/.test(typed)) return undefined;
  const level = Number(typed);
  return LEVELS.has(level) ? level : undefined;
}

/** Ours or Partner, as the form's Side says in any case; undefined for anything else. */
export function sideOf(value: RawValue): Side | undefined {
  const typed = textOf(value).toLowerCase();
  return Object.values(raterSides).find((side) => side.toLowerCase() === typed);
}
