/**
 * Defined names and the identifiers Excel accepts for names and tables, which share one
 * namespace: a table cannot take a defined name's name, nor the other way round.
 */
import { normaliseSheetQuotes, splitSheet, tryParseRect } from '../address';
import { notModelled, officeError } from '../errors';
import { sameName, type FakeWorkbookState, type NamedItemType } from './state';
import { ERROR_VALUES } from './typing';

/** Starts with a letter, `_` or `\`; no spaces; does not read as a cell reference. */
export function isValidIdentifier(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Z]{1,3}\d+$/i.test(name) || /^(R|C|R\d+C\d+|R\d+|C\d+|RC)$/i.test(name)) return false;
  return !/^(TRUE|FALSE)$/i.test(name);
}

/** Refuses a name that is not an identifier or is taken by a name or a table. */
export function checkNewIdentifier(state: FakeWorkbookState, name: string, location: string, except?: object): void {
  if (!isValidIdentifier(name)) throw officeError('InvalidArgument', undefined, location);
  const taken = state.names.some((n) => n !== except && sameName(n.name, name)) || state.tables.some((t) => t !== except && sameName(t.name, name));
  if (taken) throw officeError('ItemAlreadyExists', undefined, location);
}

/** The type and the formula Excel shows for what a name refers to. */
export function classifyReference(reference: string, location: string): { type: NamedItemType; formula: string } {
  const formula = reference.startsWith('=') ? reference : `="${reference.replace(/"/g, '""')}"`;
  const body = formula.slice(1).trim();
  const { sheet, address } = splitSheet(body);
  if (sheet !== undefined && tryParseRect(address)) return { type: 'Range', formula: `=${normaliseSheetQuotes(body)}` };
  if (body.includes('#REF!') || ERROR_VALUES.includes(body.toUpperCase())) return { type: 'Error', formula };
  if (/^"(?:[^"]|"")*"$/.test(body)) return { type: 'String', formula };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { type: 'Double', formula };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: 'Boolean', formula: `=${body.toUpperCase()}` };
  if (body === '') throw officeError('InvalidArgument', undefined, location);
  throw notModelled(`names that refer to a formula it would have to evaluate (${reference})`);
}

/** NamedItem.value: a range's address without `=`, or the constant. */
export function namedValue(type: NamedItemType, formula: string): unknown {
  const body = formula.slice(1);
  switch (type) {
    case 'String': return body.slice(1, -1).replace(/""/g, '"');
    case 'Double': return Number(body);
    case 'Boolean': return body.toUpperCase() === 'TRUE';
    case 'Error': return '#REF!';
    default: return body;
  }
}
