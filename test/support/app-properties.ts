/**
 * docProps/app.xml as Excel writes it (a "Worksheets" group listing every sheet, a "Named Ranges"
 * group listing the workbook's names), laid over a workbook excelize wrote, and read back so a test
 * can hold the sheet list to the workbook's.
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

/** Puts into an unzipped package the app.xml desktop Excel would have saved with it. */
export function addExcelAppProperties(parts: Record<string, Uint8Array>): void {
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const sheets = sheetNamesIn(workbook);
  const names = [...workbook.matchAll(/<(?:\w+:)?definedName\b([^>]*)>/g)].filter((m) => !/localSheetId/.test(m[1]))
    .map((m) => unescape(/name="([^"]*)"/.exec(m[1])?.[1] ?? ''));
  const titles = [...sheets, ...names].map((t) => `<vt:lpstr>${escape(t)}</vt:lpstr>`).join('');
  parts['docProps/app.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    + '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
    + '<HeadingPairs><vt:vector size="4" baseType="variant">'
    + `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant>`
    + `<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>`
    + `</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length + names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>`
    + '<AppVersion>16.0300</AppVersion></Properties>');
}

export interface AppSheetList {
  /** The titles of the Worksheets group, in order. */
  worksheets: string[];
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
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = Number(variants[i + 1]);
    if (variants[i] === 'Worksheets') worksheets = titles.slice(first, first + count);
    first += count;
  }
  const consistent = Number(headings[1]) === variants.length && Number(parts[1]) === titles.length && first === titles.length;
  return { worksheets, consistent };
}
