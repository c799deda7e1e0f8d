/**
 * A fast, non-validating XML reader for the one part that is large: a worksheet of 10,000 rows is
 * some 20 MB of XML, and a general-purpose parser spends most of a check reading it. It follows the
 * XML syntax a worksheet may use: elements with any namespace prefix, attributes in either quote
 * (values may hold `>`), the five predefined entities and character references, CDATA sections,
 * comments and processing instructions. It refuses what a package part may not hold or what is not
 * well-formed: a document type declaration (ECMA-376 Part 2, 8.1.4: DTDs shall not be used), an
 * unknown entity, unbalanced or unclosed elements. Text is decoded only where the reader asks.
 */
export interface ScanHandlers {
  /** Local name and attributes by local name; `empty` for `<c/>`, which gets no close call. */
  open(name: string, attrs: Record<string, string>, empty: boolean): void;
  close(name: string): void;
  /** Whether the text up to the next tag is wanted; text nobody wants is never sliced. */
  wantsText(): boolean;
  /**
   * Text as written: `encoded` when it still holds entity and character references and raw line
   * ends (pass it to decodeText), not for a CDATA section. Handing it over undecoded lets a reader
   * decode the same text once, however often it repeats (a column's formula on every row).
   */
  text(text: string, encoded: boolean): void;
}

export class XmlSyntaxError extends Error {}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#(\d+)|([A-Za-z]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  const decoded = text.replace(ENTITY, (_, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const known = NAMED[name];
      if (known === undefined) throw new XmlSyntaxError(`Unknown entity &${name};`);
      return known;
    }
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    if (!(code > 0 && code <= 0x10ffff)) throw new XmlSyntaxError('A character reference out of range.');
    return String.fromCodePoint(code);
  });
  if (decoded.indexOf('&') >= 0 && /&(?!(?:#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);)/.test(text)) throw new XmlSyntaxError('A bare & in text.');
  return decoded;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Text as XML reads it: line ends written \r\n or \r as \n (XML 1.0, 2.11), then references decoded (so &#13; stays). */
export const decodeText = (text: string): string => decodeEntities(text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n'));

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

export function scanXml(xml: string, handlers: ScanHandlers): void {
  const open: string[] = [];
  const length = xml.length;
  let at = 0;
  let rootSeen = false;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      if (open.length > 0) {
        if (handlers.wantsText()) handlers.text(xml.slice(at, textEnd), true);
      } else if (xml.slice(at, textEnd).trim() !== '') throw new XmlSyntaxError('Text outside the root element.');
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new XmlSyntaxError('An unclosed end tag.');
      const name = xml.slice(lt + 2, end).trimEnd();
      if (open.pop() !== name) throw new XmlSyntaxError(`</${name}> closes an element that is not open.`);
      handlers.close(localName(name));
      at = end + 1;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlSyntaxError('An unclosed comment.');
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0 || open.length === 0) throw new XmlSyntaxError('A CDATA section out of place.');
        if (handlers.wantsText()) handlers.text(xml.slice(lt + 9, end), false);
        at = end + 3;
      } else {
        throw new XmlSyntaxError('A document type declaration, which a package part may not hold.');
      }
    } else if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlSyntaxError('An unclosed processing instruction.');
      at = end + 2;
    } else {
      if (open.length === 0 && rootSeen) throw new XmlSyntaxError('A second root element.');
      rootSeen = true;
      at = startTag(xml, lt, open, handlers);
    }
  }
  if (open.length > 0) throw new XmlSyntaxError(`<${open[open.length - 1]}> is never closed.`);
  if (!rootSeen) throw new XmlSyntaxError('No root element.');
}

/** Reads `<name a="1" b='>'>` or `<name/>` from `lt`; returns where the text after it starts. */
function startTag(xml: string, lt: number, open: string[], handlers: ScanHandlers): number {
  let at = lt + 1;
  while (at < xml.length) {
    const code = xml.charCodeAt(at);
    if (isSpace(code) || code === 47 || code === 62) break;
    at++;
  }
  const name = xml.slice(lt + 1, at);
  if (name === '') throw new XmlSyntaxError('A tag with no name.');
  const attrs: Record<string, string> = {};
  for (;;) {
    while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
    if (at >= xml.length) throw new XmlSyntaxError(`<${name} is never finished.`);
    const code = xml.charCodeAt(at);
    if (code === 62 /* > */) {
      open.push(name);
      handlers.open(localName(name), attrs, false);
      return at + 1;
    }
    if (code === 47 /* / */) {
      if (xml.charCodeAt(at + 1) !== 62) throw new XmlSyntaxError(`A stray / in <${name}>.`);
      handlers.open(localName(name), attrs, true);
      return at + 2;
    }
    const equals = xml.indexOf('=', at);
    if (equals < 0) throw new XmlSyntaxError(`An attribute with no value in <${name}>.`);
    const attribute = xml.slice(at, equals).trim();
    let quoteAt = equals + 1;
    while (isSpace(xml.charCodeAt(quoteAt))) quoteAt++;
    const quote = xml[quoteAt];
    if (attribute === '' || /[\s<>"']/.test(attribute) || (quote !== '"' && quote !== "'")) throw new XmlSyntaxError(`A malformed attribute in <${name}>.`);
    const end = xml.indexOf(quote, quoteAt + 1);
    if (end < 0) throw new XmlSyntaxError(`An unclosed attribute value in <${name}>.`);
    const value = xml.slice(quoteAt + 1, end);
    if (value.indexOf('<') >= 0) throw new XmlSyntaxError(`A < in an attribute value of <${name}>.`);
    if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) attrs[localName(attribute)] = decodeEntities(value);
    at = end + 1;
  }
}
