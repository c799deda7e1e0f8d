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

/**
 * What Excel accepts in a data validation, in characters: longer text makes desktop Excel repair
 * the file on open and Office.js refuse the rule (InvalidArgument). [MS-OI29500] §2.1.613 (notes on
 * ECMA-376 Part 1 §18.3.1.32 dataValidation): prompt at most 255, error 224, promptTitle and
 * errorTitle 32 each, formula1/formula2 255.
 */
export const VALIDATION_LIMITS = { prompt: 255, error: 224, title: 32, formula: 255 } as const;

export function validationFor(column: Column): ValidationRule | undefined {
  const base = { promptTitle: column.header, prompt: column.prompt, errorTitle: column.header };
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

/** Each text of the rule that is longer than Excel allows, e.g. `input message is 284 characters (Excel allows 255)`. */
export function overLimits(rule: Partial<ValidationRule>): string[] {
  const texts: Array<[string, string | undefined, number]> = [
    ['input message', rule.prompt, VALIDATION_LIMITS.prompt],
    ['input title', rule.promptTitle, VALIDATION_LIMITS.title],
    ['error message', rule.error, VALIDATION_LIMITS.error],
    ['error title', rule.errorTitle, VALIDATION_LIMITS.title],
    ['list source', rule.source, VALIDATION_LIMITS.formula],
    ['first bound', rule.formula1, VALIDATION_LIMITS.formula],
    ['second bound', rule.formula2, VALIDATION_LIMITS.formula],
  ];
  return texts
    .filter(([, value, limit]) => value !== undefined && value.length > limit)
    .map(([what, value, limit]) => `${what} is ${(value as string).length} characters (Excel allows ${limit})`);
}
