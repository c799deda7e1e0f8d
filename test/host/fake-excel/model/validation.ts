/**
 * Data validation kept as rectangles that never overlap, the way Excel keeps one rule per cell:
 * setting part of a validation on a range carves that range out of whatever was there.
 */
import { contains, intersects, parseRect, rectAddress, sameRect, subtract, type Rect } from '../address';
import { officeError } from '../errors';
import type { DataValidationState, SheetState } from './state';

const RULE_TYPES: Record<string, string> = {
  list: 'List', wholeNumber: 'WholeNumber', decimal: 'Decimal', date: 'Date', time: 'Time', textLength: 'TextLength', custom: 'Custom',
};
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];

type Part = 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks';

function blank(rect: Rect): DataValidationState {
  return {
    address: rectAddress(rect), rule: {}, ignoreBlanks: true,
    prompt: { showPrompt: true, title: '', message: '' },
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
  };
}

export function setValidationPart(sheet: SheetState, rect: Rect, part: Part, value: unknown): void {
  const exact = sheet.dataValidations.find((v) => sameRect(parseRect(v.address, 'DataValidation'), rect));
  if (exact) {
    setPart(exact, part, value);
    return;
  }
  const around = sheet.dataValidations.find((v) => contains(parseRect(v.address, 'DataValidation'), rect));
  clearValidation(sheet, rect);
  const entry: DataValidationState = around ? { ...structuredClone(around), address: rectAddress(rect) } : blank(rect);
  setPart(entry, part, value);
  sheet.dataValidations.push(entry);
}

function setPart(entry: DataValidationState, part: Part, value: unknown): void {
  if (part === 'rule') entry.rule = structuredClone(value) as Record<string, unknown>;
  else if (part === 'ignoreBlanks') entry.ignoreBlanks = Boolean(value);
  else Object.assign(entry[part], value);
}

export function clearValidation(sheet: SheetState, rect: Rect): void {
  sheet.dataValidations = sheet.dataValidations.flatMap((v) => subtract(parseRect(v.address, 'DataValidation'), rect)
    .map((area) => ({ ...v, address: rectAddress(area) })));
}

/** What DataValidation reports for a range: one entry covering it all, None, or Inconsistent. */
export function readValidation(sheet: SheetState, rect: Rect): { type: string; entry?: DataValidationState } {
  const touching = sheet.dataValidations.filter((v) => intersects(parseRect(v.address, 'DataValidation'), rect));
  if (touching.length === 0) return { type: 'None' };
  if (touching.length === 1 && contains(parseRect(touching[0].address, 'DataValidation'), rect)) {
    const [kind] = Object.keys(touching[0].rule);
    return { type: kind ? RULE_TYPES[kind] : 'None', entry: touching[0] };
  }
  return { type: 'Inconsistent' };
}

/** Checks a DataValidationRule as Excel does: exactly one kind, an operator and the formulas it needs. */
export function checkRule(rule: unknown, location: string): void {
  const invalid = () => officeError('InvalidArgument', undefined, location);
  if (rule === null || typeof rule !== 'object') throw invalid();
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !RULE_TYPES[kinds[0]]) throw invalid();
  const details = (rule as Record<string, Record<string, unknown> | undefined>)[kinds[0]];
  if (!details || typeof details !== 'object') throw invalid();
  if (kinds[0] === 'list') {
    if (details.source === undefined || details.source === '') throw invalid();
    return;
  }
  if (kinds[0] === 'custom') {
    if (typeof details.formula !== 'string' || details.formula === '') throw invalid();
    return;
  }
  if (!OPERATORS.includes(String(details.operator)) || details.formula1 === undefined || details.formula1 === '') throw invalid();
  if ((details.operator === 'Between' || details.operator === 'NotBetween') && (details.formula2 === undefined || details.formula2 === '')) throw invalid();
}

/**
 * What Excel keeps of a validation's words: "Excel restricts the value of [prompt] to be at most
 * 255 characters … Office restricts the length of the value of the error attribute to 224
 * characters … errorTitle … to 32 characters … promptTitle … to 32 characters" ([MS-OI29500]
 * 2.1.613, dataValidation; learn.microsoft.com/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64).
 * A list's formula is held to 255 characters as the owner's issue 12 gives it. Longer text is
 * refused with InvalidArgument.
 */
export const VALIDATION_LIMITS = { promptTitle: 32, promptMessage: 255, errorTitle: 32, errorMessage: 224, listSource: 255 } as const;

export function checkValidationText(part: 'prompt' | 'errorAlert', value: { title?: unknown; message?: unknown }, location: string): void {
  const [titleMax, messageMax] = part === 'prompt'
    ? [VALIDATION_LIMITS.promptTitle, VALIDATION_LIMITS.promptMessage] : [VALIDATION_LIMITS.errorTitle, VALIDATION_LIMITS.errorMessage];
  if (String(value.title ?? '').length > titleMax || String(value.message ?? '').length > messageMax) {
    throw officeError('InvalidArgument', undefined, location);
  }
}

export function checkListSource(rule: unknown, location: string): void {
  const source = (rule as { list?: { source?: unknown } } | null)?.list?.source;
  if (typeof source === 'string' && source.length > VALIDATION_LIMITS.listSource) throw officeError('InvalidArgument', undefined, location);
}
