/**
 * docProps/app.xml as Excel writes it (a "Worksheets" group listing every sheet, a "Named Ranges"
 * group listing the workbook's names), laid over a workbook excelize wrote, and read back so a test
 * can hold the sheet list to the workbook's. Excel lists each name that refers to cells: a
 * workbook name as itself, a sheet's name and its print area or titles as `Sheet!Name`, the sheet
 * spelt as in the reference; not `_xlnm._FilterDatabase`, not a name holding a constant (XlsxWriter,
 * whose tests compare with files Excel saved: workbook.py, _extract_named_ranges).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&#34;/g, '"').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export function sheetNames(bytes: Uint8Array): string[] {
  return sheetNamesIn(strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' })['xl/workbook.xml']));
}

function sheetNamesIn(workbook: string): string[] {
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1]));
}

/** The workbook with the app.xml desktop Excel would have saved with it. */
export function withExcelAppProperties(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  addExcelAppProperties(parts);
  return zipSync(parts);
}

/** The titles of the names Excel lists under "Named Ranges" for a workbook.xml. */
export function excelNamesIn(workbook: string): string[] {
  return [...workbook.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)].flatMap((m) => {
    const name = unescape(/\bname="([^"]*)"/.exec(m[1])?.[1] ?? '');
    const refersTo = unescape(m[2]);
    if (name === '_xlnm._FilterDatabase' || !refersTo.includes('!')) return [];
    const sheet = refersTo.slice(0, refersTo.indexOf('!'));
    if (name.startsWith('_xlnm.')) return [`${sheet}!${name.slice('_xlnm.'.length)}`];
    return [/localSheetId/.test(m[1]) ? `${sheet}!${name}` : name];
  });
}

export function workbookXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' })['xl/workbook.xml']);
}

/** Puts into an unzipped package the app.xml desktop Excel would have saved with it. */
export function addExcelAppProperties(parts: Record<string, Uint8Array>): void {
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const sheets = sheetNamesIn(workbook);
  const names = excelNamesIn(workbook);
  const titles = [...sheets, ...names].map((t) => `<vt:lpstr>${escape(t)}</vt:lpstr>`).join('');
  parts['docProps/app.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + `<HeadingPairs><vt:vector size="${names.length > 0 ? 4 : 2}" baseType="variant">`
    + `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant>`
    + (names.length > 0 ? `<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>` : '')
    + `</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length + names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>`
    + '<AppVersion>16.0300</AppVersion></Properties>');
}

export interface AppSheetList {
  /** The titles of the Worksheets group, in order. */
  worksheets: string[];
  /** The titles of the Named Ranges group, in order (none when there is no such group). */
  namedRanges: string[];
  /** True when the vector sizes and group counts agree with the titles listed. */
  consistent: boolean;
}

export function appSheetList(bytes: Uint8Array): AppSheetList | undefined {
  const part = unzipSync(bytes, { filter: (f) => f.name === 'docProps/app.xml' })['docProps/app.xml'];
  const xml = part ? strFromU8(part) : '';
  const headings = /<HeadingPairs>\s*<vt:vector size="(\d+)"[^>]*>([\s\S]*?)<\/vt:vector>/.exec(xml);
  const parts = /<TitlesOfParts>\s*<vt:vector size="(\d+)"[^>]*>([\s\S]*?)<\/vt:vector>/.exec(xml);
  if (!headings || !parts) return undefined;
  const variants = [...headings[2].matchAll(/<vt:variant>\s*<vt:(lpstr|i4)>([^<]*)<\/vt:\1>\s*<\/vt:variant>/g)].map((m) => m[2]);
  const titles = [...parts[2].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => unescape(m[1]));
  let first = 0;
  let worksheets: string[] = [];
  let namedRanges: string[] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = Number(variants[i + 1]);
    if (variants[i] === 'Worksheets') worksheets = titles.slice(first, first + count);
    if (variants[i] === 'Named Ranges') namedRanges = titles.slice(first, first + count);
    first += count;
  }
  const consistent = Number(headings[1]) === variants.length && Number(parts[1]) === titles.length && first === titles.length;
  return { worksheets, namedRanges, consistent };
}
