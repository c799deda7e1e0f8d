import { workbookText } from '../domain/strings/en/workbook';
import type { Column } from './columns';

/** A data-validation rule, independent of the host that writes it. */
export interface ValidationRule {
  type: 'list' | 'whole' | 'decimal' | 'date';
  /** For lists: a defined name. For numbers and dates: bounds as formula text. */
  source?: string;
  operator?: 'between' | 'greaterThanOrEqual';
  formula1?: string;
  formula2?: string;
  promptTitle: string;
  prompt?: string;
  errorTitle: string;
  error: string;
}

/** Excel's serial numbers for 1900-01-01 and 9999-12-31: any real date. */
export const FIRST_DATE_SERIAL = 1;
export const LAST_DATE_SERIAL = 2958465;
const PROMPT_TITLE_MAX = 32;

export function validationFor(column: Column): ValidationRule | undefined {
  const base = { promptTitle: column.header.slice(0, PROMPT_TITLE_MAX), prompt: column.prompt, errorTitle: column.header.slice(0, PROMPT_TITLE_MAX) };
  switch (column.type) {
    case 'list':
    case 'rating':
      return { ...base, type: 'list', source: column.list, error: workbookText.errors.list };
    case 'whole':
      return {
        ...base, type: 'whole', operator: 'between', formula1: String(column.min ?? 0), formula2: String(column.max ?? 1e9),
        error: workbookText.errors.wholeNumber(column.min ?? 0, column.max ?? 1e9),
      };
    case 'decimal':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formula1: String(column.min ?? 0), error: workbookText.errors.decimal(column.min ?? 0) };
    case 'date':
      return { ...base, type: 'date', operator: 'between', formula1: String(FIRST_DATE_SERIAL), formula2: String(LAST_DATE_SERIAL), prompt: column.prompt ?? workbookText.prompts.date, error: workbookText.errors.date };
    default:
      return undefined;
  }
}
