/**
 * The package's core properties (docProps/core.xml: title, author, dates), written by us.
 *
 * excelize-wasm 0.1.3 writes them with the core-properties namespace as the default one
 * (`<coreProperties xmlns="…">`, `<lastModifiedBy>`), which is valid XML but not what Office
 * writes, and exceljs, the most used JavaScript reader, refuses the whole workbook over it
 * ("Unexpected xml node in parseOpen: lastModifiedBy"). Office writes the prefixes `cp:`, `dc:`,
 * `dcterms:`, `dcmitype:` and `xsi:` (ECMA-376 Part 2, §11 and Annex E, opc-coreProperties.xsd),
 * and so do we. Dates are W3CDTF (`xsi:type="dcterms:W3CDTF"`), in UTC to the second.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, strToU8 } from 'fflate';

export interface CoreProperties {
  title: string;
  subject?: string;
  creator: string;
  /** The template version, as `cp:version`. */
  version?: string;
  created: Date;
  modified: Date;
}

const RELATIONSHIPS_PART = '_rels/.rels';
const CORE_RELATIONSHIP = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const DEFAULT_CORE_PART = 'docProps/core.xml';

/** The XML of a core-properties part with the usual prefixes. */
export function corePropertiesXml(properties: CoreProperties): string {
  const element = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${escapeText(value)}</${name}>`);
  const date = (name: string, value: Date) => `<${name} xsi:type="dcterms:W3CDTF">${w3cdtf(value)}</${name}>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    + ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + element('dc:title', properties.title)
    + element('dc:subject', properties.subject)
    + element('dc:creator', properties.creator)
    + element('cp:lastModifiedBy', properties.creator)
    + date('dcterms:created', properties.created)
    + date('dcterms:modified', properties.modified)
    + element('cp:version', properties.version)
    + '</cp:coreProperties>';
}

/**
 * The package's parts with the core-properties part replaced by ours. The part is the one the
 * package relationships name; a package with none must already register docProps/core.xml in
 * its content types and relationships, which excelize does, or this throws.
 */
export function withCoreProperties(parts: Record<string, Uint8Array>, properties: CoreProperties): Record<string, Uint8Array> {
  const path = corePartPath(parts);
  if (!(path in parts)) throw new Error(`The package has no core-properties part (${path}) to replace.`);
  return { ...parts, [path]: strToU8(corePropertiesXml(properties)) };
}

function corePartPath(parts: Record<string, Uint8Array>): string {
  const rels = parts[RELATIONSHIPS_PART];
  if (rels === undefined) return DEFAULT_CORE_PART;
  const document = new DOMParser().parseFromString(strFromU8(rels), 'text/xml');
  const relationship = Array.from(document.getElementsByTagName('Relationship')).find((r) => r.getAttribute('Type') === CORE_RELATIONSHIP);
  const target = relationship?.getAttribute('Target');
  return target ? target.replace(/^\//, '') : DEFAULT_CORE_PART;
}

/** `2026-03-31T09:30:00Z`: W3CDTF in UTC, whole seconds. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
