/**
 * A tiny .xlsx written part by part, for tests that need what our writer never produces: cached
 * values that are wrong, formulas that fail, a file that claims Excel wrote it.
 */
import { strToU8, zipSync } from 'fflate';

export interface HandmadeSheet {
  name: string;
  /** Row by row, cell by cell from column A: a number, a text, or a formula with the value cached for it. */
  rows: Array<Array<number | string | { formula: string; cached?: number }>>;
}

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function sheetXml(sheet: HandmadeSheet): string {
  const rows = sheet.rows.map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => {
    const ref = `${column(c)}${r + 1}`;
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
    if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`;
    return `<c r="${ref}"><f>${escape(cell.formula)}</f>${cell.cached === undefined ? '' : `<v>${cell.cached}</v>`}</c>`;
  }).join('')}</row>`).join('');
  return `${xml}<worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The workbook's bytes; docProps/app.xml names Microsoft Excel, whose cached values LibreOffice trusts by default. */
export function handmadeXlsx(sheets: HandmadeSheet[]): Uint8Array {
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join('')
      + '</Types>',
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/>`
      + `<Relationship Id="rId2" Type="${relationships}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/app.xml': `${xml}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>`
      + sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relationships}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') + '</Relationships>',
  };
  sheets.forEach((sheet, i) => { parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet); });
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}
