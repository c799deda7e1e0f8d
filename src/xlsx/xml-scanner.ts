/**
 * A fast, non-validating XML reader for the parts that are large: a worksheet of 10,000 rows is
 * some 25 MB of XML, and a general-purpose parser spends most of a check reading it. It reads the
 * part's UTF-8 bytes as they were unpacked, never decoding the whole part into one string: every
 * byte of markup is ASCII, and text is decoded only where the reader asks, so a formula repeated on
 * every row or a number is never turned into text it does not need. It follows the XML syntax a
 * worksheet may use: elements with any namespace prefix, attributes in either quote (values may
 * hold `>`), the five predefined entities and character references, CDATA sections, comments and
 * processing instructions. It refuses what a package part may not hold or what is not well-formed:
 * a document type declaration (ECMA-376 Part 2, 8.1.4: DTDs shall not be used), an unknown entity,
 * unbalanced or unclosed elements.
 */
import type { Buffer } from 'buffer';

export interface ScanHandlers {
  /** Local name and the tag's attributes (read them during the call); `empty` for `<c/>`, which gets no close call. */
  open(name: string, attrs: TagAttributes, empty: boolean): void;
  close(name: string): void;
  /** Whether the text up to the next tag is wanted; text nobody wants is never looked at. */
  wantsText(): boolean;
  /**
   * Text as written, as the bytes from `start` to `end` of the part: `encoded` when it may still
   * hold entity and character references and raw line ends (read it with textOf), not for a CDATA
   * section. Handing it over undecoded lets a reader skip decoding the same text again, however
   * often it repeats (a column's formula on every row).
   */
  text(start: number, end: number, encoded: boolean): void;
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

/** Text as XML reads it: line ends written \r\n or \r as \n (XML 1.0, 2.11), then references decoded (so &#13; stays). */
export const decodeText = (text: string): string => decodeEntities(text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n'));

const utf8Decoder = new TextDecoder();
/** Below this length a plain ASCII run is read byte by byte, cheaper than a call into the decoder. */
const SHORT = 16;

/** The bytes from `start` to `end` as text. */
export function utf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let text = '';
    let i = start;
    for (; i < end; i++) {
      const byte = bytes[i];
      if (byte >= 0x80) break;
      text += String.fromCharCode(byte);
    }
    if (i === end) return text;
  }
  return utf8Decoder.decode(bytes.subarray(start, end));
}

/** The text handed to ScanHandlers.text as XML reads it. */
export const textOf = (bytes: Uint8Array, start: number, end: number, encoded: boolean): string =>
  encoded ? decodeText(utf8(bytes, start, end)) : utf8(bytes, start, end);

/** Whether two runs of the same bytes hold the same bytes; compared natively, as a formula is hundreds of bytes long. */
export function sameBytes(bytes: Buffer, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  return start === otherStart || bytes.compare(bytes, otherStart, otherEnd, start, end) === 0;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const COLON = 58;
const AMP = 38;
const QUOTE = 34;
const APOSTROPHE = 39;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

const startsWith = (bytes: Uint8Array, at: number, ascii: string) => {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
};

/** Past this many bytes a search hands over to the native one; before it, a call into it costs more than looking. */
const NEAR = 64;

/** Where the byte next stands from `from`, or -1: markup is dense, so most searches end within a few bytes. */
function nextByte(bytes: Uint8Array, byte: number, from: number): number {
  const near = Math.min(bytes.length, from + NEAR);
  for (let at = from; at < near; at++) if (bytes[at] === byte) return at;
  return near === bytes.length ? -1 : bytes.indexOf(byte, near);
}

function find(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes, at, ascii)) return at;
  }
  return -1;
}

const SLOTS = 4096;

/**
 * Short names and values (`c`, `r`, `str`, `9`) read as one string each however often they occur,
 * so a sheet of 200,000 cells makes a handful of strings for them, not a million.
 */
class ShortStrings {
  /** Strings by a hash of their bytes; a different string with the same hash takes the slot over. */
  private readonly slots: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);

  constructor(private readonly bytes: Uint8Array) {}

  of(start: number, end: number): string {
    if (end - start > 32) return utf8(this.bytes, start, end);
    let key = end - start;
    for (let i = start; i < end; i++) key = (Math.imul(key, 31) + this.bytes[i]) | 0;
    const slot = key & (SLOTS - 1);
    const known = this.slots[slot];
    if (known !== undefined && this.matches(known, start, end)) return known;
    const text = utf8(this.bytes, start, end);
    this.slots[slot] = text;
    return text;
  }

  /** Whether the bytes are that text, in ASCII (other text is never taken from a slot). */
  matches(text: string, start: number, end: number): boolean {
    if (text.length !== end - start) return false;
    for (let i = 0; i < text.length; i++) {
      const byte = this.bytes[start + i];
      if (byte >= 0x80 || text.charCodeAt(i) !== byte) return false;
    }
    return true;
  }
}

/** The attributes of the tag being read, by local name; namespace declarations left out. Valid only during ScanHandlers.open. */
export class TagAttributes {
  /** Per attribute: where its local name starts and ends, where its value starts and ends. */
  private spans = new Int32Array(64);
  private count = 0;

  constructor(private readonly bytes: Uint8Array, private readonly strings: ShortStrings) {}

  /** The attribute's position among the tag's attributes, or -1. */
  index(name: string): number {
    for (let i = 0; i < this.count; i++) {
      const start = this.spans[i * 4];
      if (this.spans[i * 4 + 1] - start === name.length && startsWith(this.bytes, start, name)) return i;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const i = this.index(name);
    return i < 0 ? undefined : this.value(i);
  }

  /** The value's bytes, undecoded, for a reader that parses a number or an address straight from them. */
  valueStart(i: number): number {
    return this.spans[i * 4 + 2];
  }

  valueEnd(i: number): number {
    return this.spans[i * 4 + 3];
  }

  value(i: number): string {
    const start = this.spans[i * 4 + 2];
    const end = this.spans[i * 4 + 3];
    for (let i = start; i < end; i++) if (this.bytes[i] === AMP) return decodeEntities(utf8(this.bytes, start, end));
    return this.strings.of(start, end);
  }

  /** Every attribute by local name, as a general-purpose parser gives them. */
  all(): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) attrs[this.strings.of(this.spans[i * 4], this.spans[i * 4 + 1])] = this.value(i);
    return attrs;
  }

  clear(): void {
    this.count = 0;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    if ((this.count + 1) * 4 > this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    const at = this.count * 4;
    this.spans[at] = nameStart;
    this.spans[at + 1] = nameEnd;
    this.spans[at + 2] = valueStart;
    this.spans[at + 3] = valueEnd;
    this.count++;
  }
}

/** A UTF-8 byte order mark, which a part may start with. */
const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

export function scanXml(bytes: Uint8Array, handlers: ScanHandlers): void {
  new Scanner(bytes, handlers).run();
}

class Scanner {
  private readonly open: string[] = [];
  /** The same names without their prefixes. */
  private readonly openLocal: string[] = [];
  private readonly strings: ShortStrings;
  private readonly attrs: TagAttributes;
  private readonly locals = new Map<string, string>();

  constructor(private readonly bytes: Uint8Array, private readonly handlers: ScanHandlers) {
    this.strings = new ShortStrings(bytes);
    this.attrs = new TagAttributes(bytes, this.strings);
  }

  run(): void {
    const { bytes, handlers, open } = this;
    const length = bytes.length;
    let at = hasBom(bytes) ? 3 : 0;
    let rootSeen = false;
    while (at < length) {
      const lt = nextByte(bytes, LT, at);
      const textEnd = lt < 0 ? length : lt;
      if (textEnd > at) {
        if (open.length > 0) {
          if (handlers.wantsText()) handlers.text(at, textEnd, true);
        } else {
          for (let i = at; i < textEnd; i++) if (!isSpace(bytes[i])) throw new XmlSyntaxError('Text outside the root element.');
        }
      }
      if (lt < 0) break;
      const next = bytes[lt + 1];
      if (next === SLASH) {
        const end = nextByte(bytes, GT, lt);
        if (end < 0) throw new XmlSyntaxError('An unclosed end tag.');
        let nameEnd = end;
        while (nameEnd > lt + 2 && isSpace(bytes[nameEnd - 1])) nameEnd--;
        const name = open.pop();
        if (name === undefined || (!this.strings.matches(name, lt + 2, nameEnd) && utf8(bytes, lt + 2, nameEnd) !== name)) {
          throw new XmlSyntaxError(`</${utf8(bytes, lt + 2, nameEnd)}> closes an element that is not open.`);
        }
        handlers.close(this.openLocal.pop() as string);
        at = end + 1;
      } else if (next === BANG) {
        if (startsWith(bytes, lt, '<!--')) {
          const end = find(bytes, '-->', lt + 4);
          if (end < 0) throw new XmlSyntaxError('An unclosed comment.');
          at = end + 3;
        } else if (startsWith(bytes, lt, '<![CDATA[')) {
          const end = find(bytes, ']]>', lt + 9);
          if (end < 0 || open.length === 0) throw new XmlSyntaxError('A CDATA section out of place.');
          if (handlers.wantsText()) handlers.text(lt + 9, end, false);
          at = end + 3;
        } else {
          throw new XmlSyntaxError('A document type declaration, which a package part may not hold.');
        }
      } else if (next === QUESTION) {
        const end = find(bytes, '?>', lt + 2);
        if (end < 0) throw new XmlSyntaxError('An unclosed processing instruction.');
        at = end + 2;
      } else {
        if (open.length === 0 && rootSeen) throw new XmlSyntaxError('A second root element.');
        rootSeen = true;
        at = this.startTag(lt);
      }
    }
    if (open.length > 0) throw new XmlSyntaxError(`<${open[open.length - 1]}> is never closed.`);
    if (!rootSeen) throw new XmlSyntaxError('No root element.');
  }

  /** The name without its prefix; `colon` says whether it has one, known from reading it. */
  private localName(name: string, colon: boolean): string {
    if (!colon) return name;
    let local = this.locals.get(name);
    if (local === undefined) this.locals.set(name, (local = name.slice(name.indexOf(':') + 1)));
    return local;
  }

  /** Reads `<name a="1" b='>'>` or `<name/>` from `lt`; returns where the text after it starts. */
  private startTag(lt: number): number {
    const { bytes, attrs } = this;
    const length = bytes.length;
    let at = lt + 1;
    let colon = false;
    while (at < length) {
      const code = bytes[at];
      if (isSpace(code) || code === SLASH || code === GT) break;
      if (code === COLON) colon = true;
      at++;
    }
    if (at === lt + 1) throw new XmlSyntaxError('A tag with no name.');
    const name = this.strings.of(lt + 1, at);
    const local = this.localName(name, colon);
    attrs.clear();
    for (;;) {
      while (at < length && isSpace(bytes[at])) at++;
      if (at >= length) throw new XmlSyntaxError(`<${name} is never finished.`);
      const code = bytes[at];
      if (code === GT) {
        this.open.push(name);
        this.openLocal.push(local);
        this.handlers.open(local, attrs, false);
        return at + 1;
      }
      if (code === SLASH) {
        if (bytes[at + 1] !== GT) throw new XmlSyntaxError(`A stray / in <${name}>.`);
        this.handlers.open(local, attrs, true);
        return at + 2;
      }
      at = this.attribute(at, name);
    }
  }

  /** Reads one `name="value"` from `at` into the attributes; returns where it ends. */
  private attribute(at: number, tag: string): number {
    const { bytes } = this;
    const equals = nextByte(bytes, EQUALS, at);
    if (equals < 0) throw new XmlSyntaxError(`An attribute with no value in <${tag}>.`);
    let nameEnd = equals;
    while (nameEnd > at && isSpace(bytes[nameEnd - 1])) nameEnd--;
    let localStart = at;
    for (let i = at; i < nameEnd; i++) {
      const code = bytes[i];
      if (isSpace(code) || code === LT || code === GT || code === QUOTE || code === APOSTROPHE) throw new XmlSyntaxError(`A malformed attribute in <${tag}>.`);
      if (code === COLON) localStart = i + 1;
    }
    let quoteAt = equals + 1;
    while (isSpace(bytes[quoteAt])) quoteAt++;
    const quote = bytes[quoteAt];
    if (nameEnd === at || (quote !== QUOTE && quote !== APOSTROPHE)) throw new XmlSyntaxError(`A malformed attribute in <${tag}>.`);
    const end = nextByte(bytes, quote, quoteAt + 1);
    if (end < 0) throw new XmlSyntaxError(`An unclosed attribute value in <${tag}>.`);
    for (let i = quoteAt + 1; i < end; i++) if (bytes[i] === LT) throw new XmlSyntaxError(`A < in an attribute value of <${tag}>.`);
    const declaresNamespace = startsWith(bytes, at, 'xmlns') && (nameEnd === at + 5 || bytes[at + 5] === COLON);
    if (!declaresNamespace) this.attrs.add(localStart, nameEnd, quoteAt + 1, end);
    return end + 1;
  }
}

