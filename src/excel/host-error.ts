/**
 * The one place where Office.js errors become our own: a HostError carries a plain message that
 * says what happened and what to do.
 */
import { excelText } from '../domain/strings/en/excel';

export class HostError extends Error {
  constructor(readonly code: string, message: string, readonly cause?: unknown) {
    super(message);
  }
}

type KnownCode = keyof Omit<typeof excelText.errors, 'unknown'>;

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'GeneralException';
  const known = excelText.errors[code as KnownCode];
  return new HostError(code, typeof known === 'string' ? known : excelText.errors.unknown(code), error);
}
