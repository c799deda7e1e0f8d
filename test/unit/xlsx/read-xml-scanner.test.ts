/**
 * The worksheet scanner reads XML as a conforming parser does: its events are held against
 * saxes's on every part of a written workbook and on the syntax other programs use, and it refuses
 * what is not well-formed or what a package part may not hold.
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { exampleEntries } from '../../../src/schema/example';
import { workbookSchema } from '../../../src/schema/workbook';
import { scanXml, textOf, XmlSyntaxError } from '../../../src/xlsx/xml-scanner';
import { localAttributes, localName } from '../../../src/xlsx/xml-tree';
import { writeWorkbook } from '../../../src/xlsx/write';

/** open/close/text events, adjacent text joined, as a reader sees them. */
function scanned(xml: string | Uint8Array): string[] {
  const bytes = typeof xml === 'string' ? strToU8(xml) : xml;
  const events: string[] = [];
  let text = '';
  const flush = () => { if (text !== '') events.push(`text ${text}`); text = ''; };
  scanXml(bytes, {
    open: (name, attrs, empty) => { flush(); events.push(`open ${name} ${JSON.stringify(attrs.all())}`); if (empty) events.push(`close ${name}`); },
    close: (name) => { flush(); events.push(`close ${name}`); },
    wantsText: () => true,
    text: (start, end, encoded) => { text += textOf(bytes, start, end, encoded); },
  });
  return events;
}

function bySaxes(xml: string): string[] {
  const events: string[] = [];
  let text = '';
  let depth = 0;
  const flush = () => { if (text !== '' && depth > 0) events.push(`text ${text}`); text = ''; };
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => { flush(); depth++; events.push(`open ${localName(tag.name)} ${JSON.stringify(localAttributes(tag.attributes as Record<string, string>))}`); });
  parser.on('closetag', (tag) => { flush(); depth--; events.push(`close ${localName(tag.name)}`); });
  parser.on('text', (t) => { text += t; });
  parser.on('cdata', (t) => { text += t; });
  parser.write(xml).close();
  return events;
}

const refusal = (xml: string) => {
  try {
    scanned(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return 'refused';
    throw error;
  }
  return 'read';
};

describe('the worksheet scanner', () => {
  it('reads every XML part of a written workbook exactly as saxes does', async () => {
    const parts = unzipSync(await writeWorkbook(workbookSchema, { workbookId: 'scan', ...exampleEntries('2026-03-31') }));
    const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name));
    expect(xmlParts.length).toBeGreaterThan(20);
    for (const name of xmlParts) {
      expect({ name, events: scanned(parts[name]) }).toEqual({ name, events: bySaxes(strFromU8(parts[name])) });
    }
  });

  it.each([
    ['a > and quotes inside attribute values', `<x:c xmlns:x="u" r='A1' t="str" n="a > b &quot;c&quot; 'd'"><x:v>1</x:v></x:c>`],
    ['entities and character references in text', '<t>&lt;&gt;&amp;&apos;&quot; &#65;&#x1F600;&#13;</t>'],
    ['CDATA, comments and processing instructions', '<?xml version="1.0"?><!-- a --><f><?pi x?>A<![CDATA[<b>&amp;]]>C<!-- b --></f>'],
    ['line ends written \\r\\n and \\r', '<t>one\r\ntwo\rthree</t>'],
    ['spaces around = and before >', '<c r = "A1" s="2" ><v >3</v ></c >'],
    ['self-closing elements with and without attributes', '<row r="1"><c r="A1"/><c/></row>'],
  ])('reads %s as saxes does', (_, xml) => {
    expect(scanned(xml)).toEqual(bySaxes(xml));
  });

  it('reads UTF-8 text, names and values as saxes does, and skips a byte order mark', () => {
    const xml = '<t a="é一😀" b="&#x4E00;">café — 漢字 😀 &amp; more text than a short run holds<é/><x:ü xmlns:x="u">ü</x:ü></t>';
    expect(scanned(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(xml)]))).toEqual(bySaxes(xml));
  });

  it('reads thousands of different short names and values, each as written', () => {
    const cells = Array.from({ length: 6000 }, (_, i) => `<c${i % 7} r="${String.fromCharCode(65 + (i % 26))}${i}" t="${(i * 7919).toString(36)}" />`);
    const xml = `<row>${cells.join('')}</row>`;
    expect(scanned(xml)).toEqual(bySaxes(xml));
  });

  it.each([
    ['a document type declaration', '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    ['an unknown entity', '<x>&nbsp;</x>'],
    ['a bare &', '<x>Q&A</x>'],
    ['a mismatched end tag', '<row><c></row></c>'],
    ['an element never closed', '<sheetData><row>'],
    ['text outside the root', '<x/>stray'],
    ['a < in an attribute value', '<c r="<A1"/>'],
    ['an unquoted attribute', '<c r=A1/>'],
    ['nothing at all', ''],
  ])('refuses %s', (_, xml) => {
    expect(refusal(xml)).toBe('refused');
  });
});
