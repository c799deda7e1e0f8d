/**
 * Office.js treats a written string like typing: "=1+1" becomes a formula, "3" a number, "TRUE" a
 * boolean. Text a person gave us is written with Excel's text prefix (an apostrophe, not stored)
 * whenever typing would change it, so it always lands as the same text.
 */
const CHANGED_BY_TYPING = /^\s*([=+\-@']|[0-9.,]|true$|false$|#)/i;

export function asTypedText(text: string): string {
  return CHANGED_BY_TYPING.test(text) ? `'${text}` : text;
}

/** A value for a cell: numbers and booleans as they are, text protected. */
export function cellInput(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? asTypedText(value) : value;
}
