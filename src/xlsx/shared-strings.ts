/**
 * The shared string table (xl/sharedStrings.xml), read once for its shape and decoded lazily: a
 * workbook of 10,000 risks holds some 20,000 strings, and a check decodes only those its cells
 * point at, each once. An item is the text of its runs (`<t>`, in rich text `<r><t>`), phonetic
 * guides (`<rPh>`) left out, with Excel's `_xHHHH_` escapes read as the characters they stand for.
 */
import { unescapeCellText } from './cell-text';
import { scanXml, textOf, type TagAttributes } from './xml-scanner';

export class SharedStrings {
  /** Per item its one run of text (start, end, 1 when it holds references), or start -1 when already decoded. */
  private readonly spans: Int32Array;
  private readonly decoded: Array<string | undefined>;

  /** Throws XmlSyntaxError when the part is not well-formed; `damaged` turns a bad reference found later into the reader's error. */
  constructor(private readonly bytes: Uint8Array, private readonly damaged: (error: unknown) => Error) {
    const spans: number[] = [];
    const decoded: Array<string | undefined> = [];
    let inItem = false;
    let inText = false;
    let phonetic = 0;
    /** The item's first run of text; `joined` once it has more than one. */
    let start = -1;
    let end = -1;
    let encoded = true;
    let joined: string | undefined;
    scanXml(bytes, {
      open: (name: string, _attrs: TagAttributes, empty: boolean) => {
        if (name === 'si') {
          inItem = !empty;
          start = -1;
          joined = undefined;
          if (empty) {
            spans.push(-1, -1, 0);
            decoded.push('');
          }
        } else if (name === 'rPh') {
          if (!empty) phonetic++;
        } else if (name === 't' && phonetic === 0 && !empty) {
          inText = inItem;
        }
      },
      close: (name: string) => {
        if (name === 'si') {
          inItem = false;
          if (joined !== undefined || start < 0) {
            spans.push(-1, -1, 0);
            decoded.push(unescapeCellText(joined ?? ''));
          } else {
            spans.push(start, end, encoded ? 1 : 0);
            decoded.push(undefined);
          }
        } else if (name === 'rPh') {
          phonetic--;
        } else if (name === 't') {
          inText = false;
        }
      },
      wantsText: () => inText,
      text: (from: number, to: number, isEncoded: boolean) => {
        if (joined !== undefined) {
          joined += textOf(bytes, from, to, isEncoded);
        } else if (start >= 0) {
          joined = textOf(bytes, start, end, encoded) + textOf(bytes, from, to, isEncoded);
        } else {
          start = from;
          end = to;
          encoded = isEncoded;
        }
      },
    });
    this.spans = Int32Array.from(spans);
    this.decoded = decoded;
  }

  get count(): number {
    return this.decoded.length;
  }

  /** The item at that index; undefined when there is none. */
  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.decoded.length) return undefined;
    let text = this.decoded[index];
    if (text === undefined) {
      const span = index * 3;
      try {
        text = unescapeCellText(textOf(this.bytes, this.spans[span], this.spans[span + 1], this.spans[span + 2] === 1));
      } catch (error) {
        throw this.damaged(error);
      }
      this.decoded[index] = text;
    }
    return text;
  }
}
