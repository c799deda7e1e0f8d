/**
 * What a rater form holds, taken from the assessment: its Start details, the criteria to rate
 * (the assessment's own, as a consultant may have changed them), who rates for which side and the
 * two ids. Nothing of the assessment's entries goes in: no rating, evidence, action or other rater.
 */
import { findTable, isCellError, type RawValue, type WorkbookData } from '../data/workbook-data';
import { TableView } from '../data/table-view';
import { formText } from '../domain/strings/en/rater-form';
import { principlesTable } from '../schema/principles';
import type { FormDetail } from '../schema/rater-form';
import type { RowEntries } from '../schema/rows';
import type { Side } from './returned-form';

export interface FormRequest {
  rater: string;
  side: Side;
  formId: string;
}

export interface FormContent {
  details: Record<FormDetail['key'], string>;
  /** The criteria, by the form table's column keys. */
  rows: RowEntries[];
}

/** The assessment's Start details a form repeats, by the defined name of their cells. */
const START_NAMES: Partial<Record<FormDetail['key'], string>> = { organisation: 'Organisation', partners: 'Partners', relationship: 'Relationship' };

export function formContent(master: WorkbookData, request: FormRequest): FormContent | { problem: string } {
  const workbookId = (master.workbookId ?? '').trim();
  if (workbookId === '' || workbookId === 'template') return { problem: formText.masterWithoutId };
  const table = findTable(master, principlesTable.name);
  if (!table) return { problem: formText.noCriteria(principlesTable.name) };
  const view = new TableView(principlesTable, table);
  const rows = view.rows.filter((row) => !row.isBlank('ref') || !row.isBlank('criterion'))
    .map((row) => ({ ref: row.text('ref'), principle: row.text('principle'), criterion: row.text('criterion'), guidance: row.text('guidance') }));
  if (rows.length === 0) return { problem: formText.noCriteria(principlesTable.name) };
  const start = (key: FormDetail['key']) => {
    const name = START_NAMES[key];
    const cell = name === undefined ? undefined : Object.entries(master.names).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    return plain(cell?.value ?? null);
  };
  return {
    details: {
      organisation: start('organisation'), partners: start('partners'), relationship: start('relationship'),
      rater: request.rater, side: request.side, formId: request.formId, workbookId,
    },
    rows,
  };
}

function plain(value: RawValue): string {
  if (value === null || isCellError(value)) return '';
  return String(value);
}
