/**
 * Edits a written workbook as a person would in Excel (type into a cell, paste a formula, rename a
 * sheet), through excelize, and returns the saved bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { loadExcelize, must, type ExcelizeFile } from '../../src/xlsx/excelize';

export async function editWorkbook(bytes: Uint8Array, edit: (file: ExcelizeFile) => void): Promise<Uint8Array> {
  const excelize = await loadExcelize();
  const file = excelize.OpenReader(bytes);
  edit(file);
  const { buffer } = must(file.WriteToBuffer(), 'Saving the edited workbook');
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Types a value into a cell: numbers as numbers, anything else as text. */
export function type(file: ExcelizeFile, sheet: string, address: string, value: string | number): void {
  must(typeof value === 'number' ? file.SetCellValue(sheet, address, value) : file.SetCellStr(sheet, address, value), `${sheet}!${address}`);
}

/**
 * Rewrites one part of the file's XML, for what excelize cannot type: an error value such as #REF!
 * left behind when a person deletes the cells a formula pointed at.
 */
export function patchPart(bytes: Uint8Array, path: string, patch: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  if (!parts[path]) throw new Error(`The workbook has no part ${path}.`);
  parts[path] = strToU8(patch(strFromU8(parts[path])));
  return zipSync(parts);
}

/** Replaces a cell of a worksheet part with an error value. */
export function putErrorValue(bytes: Uint8Array, sheetPart: string, address: string, error: string): Uint8Array {
  return patchPart(bytes, sheetPart, (xml) => {
    const cell = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    if (!cell.test(xml)) throw new Error(`No cell ${address} in ${sheetPart}.`);
    return xml.replace(cell, `<c r="${address}" t="e"><v>${error}</v></c>`);
  });
}

/** Replaces a cell of a worksheet part with the XML given, as another program would have written it. */
export function replaceCell(bytes: Uint8Array, sheetPart: string, address: string, cellXml: (old: string) => string): Uint8Array {
  return patchPart(bytes, sheetPart, (xml) => {
    const cell = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    const old = cell.exec(xml)?.[0];
    if (old === undefined) throw new Error(`No cell ${address} in ${sheetPart}.`);
    return xml.replace(old, cellXml(old));
  });
}
