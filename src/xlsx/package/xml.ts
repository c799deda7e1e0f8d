/**
 * XML parts read and written through a namespace-aware DOM (@xmldom/xmldom): elements are found by
 * namespace and local name, so a part written with any prefix (`x:c`, `c`) reads the same, and
 * what we add carries the prefix its parent uses.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  officeRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  custom: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export class XmlPartError extends Error {}

export function parseXml(text: string, path: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new XmlPartError(`${path} is not well-formed XML: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  if (!doc.documentElement) throw new XmlPartError(`${path} holds no XML element.`);
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Element children with that local name in the parent's namespace (any prefix). */
export function childrenNamed(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === parent.namespaceURI) found.push(node as Element);
  }
  return found;
}

export function childNamed(parent: Element, localName: string): Element | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === parent.namespaceURI) return node as Element;
  }
  return undefined;
}

export function elementChildren(parent: Element): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) found.push(node as Element);
  return found;
}

/** Every element with that local name and namespace, anywhere below the root. */
export function descendantsNamed(doc: Document | Element, namespace: string, localName: string): Element[] {
  return [...doc.getElementsByTagNameNS(namespace, localName)];
}

/** A new element in the parent's namespace, written with the parent's prefix. */
export function createChild(parent: Element, localName: string, attributes: Record<string, string | number | undefined> = {}): Element {
  const doc = parent.ownerDocument as Document;
  const element = doc.createElementNS(parent.namespaceURI, parent.prefix ? `${parent.prefix}:${localName}` : localName);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, String(value));
  return element;
}

/**
 * Inserts a child where the schema's sequence puts it: before the first existing child that comes
 * later in `order` (Excel refuses parts whose children are out of sequence).
 */
export function insertInSequence(parent: Element, child: Element, order: readonly string[]): Element {
  const rank = order.indexOf(child.localName ?? '');
  const next = elementChildren(parent).find((c) => order.indexOf(c.localName ?? '') > rank);
  parent.insertBefore(child, next ?? null);
  return child;
}

export function textOf(element: Element | undefined): string {
  return element?.textContent ?? '';
}

export function setText(element: Element, text: string): void {
  while (element.firstChild) element.removeChild(element.firstChild);
  element.appendChild((element.ownerDocument as Document).createTextNode(text));
  if (/^\s|\s$|\n/.test(text)) element.setAttributeNS(NS.xml, 'xml:space', 'preserve');
}

export function removeElement(element: Element): void {
  element.parentNode?.removeChild(element);
}
