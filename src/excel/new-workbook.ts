/**
 * A workbook of our making (a rater form) opened in Excel as a new workbook, from its bytes.
 * Excel.createWorkbook came with ExcelApi 1.8 (Office 2019 or later, Microsoft 365, Excel on the
 * web); an older Excel has no such function, so the pane asks first and offers the file instead.
 */
import { toHostError } from './host-error';

export const NEW_WORKBOOK_API = { set: 'ExcelApi', version: '1.8' } as const;

export function opensNewWorkbooks(isSetSupported: (set: string, version: string) => boolean): boolean {
  return isSetSupported(NEW_WORKBOOK_API.set, NEW_WORKBOOK_API.version);
}

/** Base64 in pieces, as String.fromCharCode takes only so many arguments at once. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  try {
    await Excel.createWorkbook(base64Of(bytes));
  } catch (error) {
    throw toHostError(error);
  }
}
