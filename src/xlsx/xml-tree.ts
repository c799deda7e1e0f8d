/**
 * A small package part (workbook, relationships, tables, styles, properties) parsed by a real XML
 * parser into elements named by their local names, so any namespace prefix reads the same
 * (`<x:sheet>` as the Open XML SDK writes it, `<sheet>` as Excel does) and attribute values holding
 * `>` or entities are read whole.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The local name, without its prefix. */
  name: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export function localAttributes(attributes: Record<string, string>): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const key in attributes) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) attrs[localName(key)] = attributes[key];
  }
  return attrs;
}

/** Throws on XML that is not well-formed; the reader turns that into "damaged". */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ position: false });
  const root: XmlElement = { name: '', attrs: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: localName(tag.name), attrs: localAttributes(tag.attributes as Record<string, string>), children: [], text: '' };
    open[open.length - 1].children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => { open.pop(); });
  parser.on('text', (text) => { open[open.length - 1].text += text; });
  parser.on('cdata', (text) => { open[open.length - 1].text += text; });
  parser.write(xml).close();
  const [top] = root.children;
  if (!top) throw new Error('The part has no root element.');
  return top;
}

/** Every element of that local name, at any depth, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

export const child = (element: XmlElement, name: string): XmlElement | undefined => element.children.find((c) => c.name === name);
