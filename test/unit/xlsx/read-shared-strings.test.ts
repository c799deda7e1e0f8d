/**
 * The shared string table read lazily from its bytes gives every item exactly the text a
 * conforming parser gives it (saxes, as the reader used before): plain and rich text, phonetic
 * guides left out, entities, CDATA, comments, Excel's _xHHHH_ escapes, any namespace prefix; and a
 * cell pointing at an item reads that text in a whole workbook.
 */
import { strToU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { exampleEntries } from '../../../src/schema/example';
import { risksTable } from '../../../src/schema/risks';
import { columnOf, placed, workbookSchema } from '../../../src/schema/workbook';
import { columnLetter } from '../../../src/schema/address';
import { unescapeCellText } from '../../../src/xlsx/cell-text';
import { readWorkbookData, WorkbookReadError } from '../../../src/xlsx/read';
import { SharedStrings } from '../../../src/xlsx/shared-strings';
import { XmlSyntaxError } from '../../../src/xlsx/xml-scanner';
import { localName } from '../../../src/xlsx/xml-tree';
import { writeWorkbook } from '../../../src/xlsx/write';
import { patchPart, replaceCell } from '../../support/xlsx-edit';

/** The table as a streaming parser reads it, item by item. */
function bySaxes(xml: string): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser({ position: false });
  let current = '';
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') current = '';
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && phonetic === 0) inText = true;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') strings.push(unescapeCellText(current));
    else if (name === 'rPh') phonetic--;
    else if (name === 't') inText = false;
  });
  const onText = (text: string) => { if (inText) current += text; };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return strings;
}

const damaged = (error: unknown) => new Error(`damaged: ${String(error)}`);

function lazily(xml: string): string[] {
  const table = new SharedStrings(strToU8(xml), damaged);
  return Array.from({ length: table.count }, (_, i) => table.at(i) as string);
}

const items = [
  '<si><t>Plain</t></si>',
  '<si><t xml:space="preserve">  spaced  </t></si>',
  '<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>',
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><t>&lt;a &amp; b&gt; &quot;q&quot; &apos;s&apos; &#65;&#x1F600;</t></si>',
  '<si><t>line_x000D_break_x0009_tab _x005F_x0041_</t></si>',
  '<si><t>one\r\ntwo\rthree&#13;</t></si>',
  '<si><t><![CDATA[<raw> & text]]></t></si>',
  '<si><t>be<!-- a comment -->fore</t></si>',
  '<si><t/></si>',
  '<si/>',
  '<si></si>',
  '<si><t>café — ünïcødé 😀</t></si>',
];
const table = (body: string, prefix = '') => {
  const p = prefix ? `${prefix}:` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${p}sst xmlns${prefix ? `:${prefix}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1">${
    prefix ? body.replace(/<(\/?)(?![!])([A-Za-z][\w.-]*)(?=[\s>/])/g, `<$1${p}$2`) : body}</${p}sst>`;
};

describe('the shared string table read lazily', () => {
  it.each([['plain', ''], ['prefixed <x:si>', 'x']])('gives every %s item the text saxes gives it', (_, prefix) => {
    const xml = table(items.join(''), prefix);
    const expected = bySaxes(xml);
    expect(expected).toHaveLength(items.length);
    expect(lazily(xml)).toEqual(expected);
  });

  it('reads an item the same whichever items were asked for before, and nothing past the end', () => {
    const xml = table(items.join(''));
    const expected = bySaxes(xml);
    const strings = new SharedStrings(strToU8(xml), damaged);
    const order = [...expected.keys()].reverse();
    expect(order.map((i) => strings.at(i))).toEqual(order.map((i) => expected[i]));
    expect(order.map((i) => strings.at(i))).toEqual(order.map((i) => expected[i]));
    expect([strings.at(items.length), strings.at(-1), strings.at(1.5)]).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a table that is not well-formed, and reports a bad reference in an item when the item is read', () => {
    expect(() => new SharedStrings(strToU8(table('<si><t>open</si>')), damaged)).toThrow(XmlSyntaxError);
    const strings = new SharedStrings(strToU8(table('<si><t>fine</t></si><si><t>&nbsp;</t></si>')), damaged);
    expect(strings.at(0)).toBe('fine');
    expect(() => strings.at(1)).toThrow(/^damaged: .*nbsp/);
  });
});

describe('cells pointing into the shared string table', () => {
  const risks = placed(risksTable);
  const riskCell = (key: string, index: number) => `${columnLetter(columnOf(risks, key))}${risks.headerRow + 1 + index}`;
  const RISKS_PART = `xl/worksheets/sheet${workbookSchema.sheets.findIndex((s) => s.name === risksTable.sheet) + 1}.xml`;

  it('read rich text and escaped text as one string, and name the part when an item they read is damaged', async () => {
    const example = await writeWorkbook(workbookSchema, { workbookId: 'strings', ...exampleEntries('2026-03-31') });
    const extra = ['<si><r><rPr><b/></rPr><t>Supplier</t></r><r><t xml:space="preserve"> &amp; pricing_x000A_risk</t></r></si>', '<si><t>&bogus;</t></si>'];
    let count = 0;
    let edited = patchPart(example, 'xl/sharedStrings.xml', (xml) => {
      count = (xml.match(/<si[\s>/]/g) ?? []).length;
      return xml.replace('</sst>', `${extra.join('')}</sst>`);
    });
    edited = replaceCell(edited, RISKS_PART, riskCell('risk', 0), () => `<c r="${riskCell('risk', 0)}" t="s"><v>${count}</v></c>`);

    expect(readWorkbookData(edited).tables.tblRisks.rows[0].cells.Risk.value).toBe('Supplier & pricing\nrisk');

    const pointingAtDamage = replaceCell(edited, RISKS_PART, riskCell('risk', 1), () => `<c r="${riskCell('risk', 1)}" t="s"><v>${count + 1}</v></c>`);
    let problem = '';
    try {
      readWorkbookData(pointingAtDamage);
    } catch (error) {
      if (error instanceof WorkbookReadError) problem = `${error.problem}: ${error.message}`;
    }
    expect(problem).toMatch(/^corrupt: .*xl\/sharedStrings\.xml/);
  });
});
