/**
 * An .xlsx package opened for editing in place: every part stays exactly as it came unless it is
 * changed through `edit`, so whatever we do not understand (charts, images, comments, another
 * program's extensions) is written back byte for byte.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Document, Element } from '@xmldom/xmldom';
import { childrenNamed, createChild, NS, parseXml, serializeXml } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target as written in the part. */
  target: string;
  /** The target as a package path (no leading slash); undefined for external targets. */
  path?: string;
}

export const REL_TYPE = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  customProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

// A fixed date keeps the output a function of the input alone (excelize writes zero dates).
const ENTRY_DATE = new Date(1980, 0, 1);

export class XlsxPackage {
  private readonly parts: Map<string, Uint8Array>;
  private readonly docs = new Map<string, Document>();
  private readonly changed = new Set<string>();

  private constructor(parts: Record<string, Uint8Array>) {
    this.parts = new Map(Object.entries(parts));
  }

  /** Opens a package; throws fflate's error for bytes that are not a zip. */
  static open(bytes: Uint8Array): XlsxPackage {
    return new XlsxPackage(unzipSync(bytes));
  }

  paths(): string[] {
    return [...this.parts.keys()];
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  bytes(path: string): Uint8Array | undefined {
    if (this.changed.has(path)) this.flush(path);
    return this.parts.get(path);
  }

  /** A part's XML for reading; the same document `edit` hands out. */
  xml(path: string): Document | undefined {
    const cached = this.docs.get(path);
    if (cached) return cached;
    const bytes = this.parts.get(path);
    if (!bytes) return undefined;
    const doc = parseXml(strFromU8(bytes), path);
    this.docs.set(path, doc);
    return doc;
  }

  /** A part's XML to change; it is written back when the package is saved. */
  edit(path: string): Document {
    const doc = this.xml(path);
    if (!doc) throw new Error(`The workbook has no part ${path}.`);
    this.changed.add(path);
    return doc;
  }

  /** Marks a part read with `xml` as changed, once something in it was. */
  markChanged(path: string): void {
    if (!this.docs.has(path)) throw new Error(`The workbook part ${path} was not read.`);
    this.changed.add(path);
  }

  /** Adds or replaces a whole part. */
  put(path: string, content: string | Uint8Array): void {
    if (path.includes('_rels/')) this.relationshipCache.clear();
    this.docs.delete(path);
    this.changed.delete(path);
    this.parts.set(path, typeof content === 'string' ? strToU8(content) : content);
  }

  isChanged(path: string): boolean {
    return this.changed.has(path);
  }

  /** A path no part uses yet, numbered like its siblings: `xl/tables/table8.xml`. */
  freePath(folder: string, stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const path = `${folder}${stem}${n}${extension}`;
      if (!this.parts.has(path)) return path;
    }
  }

  private readonly relationshipCache = new Map<string, Relationship[]>();

  relationships(ofPath: string): Relationship[] {
    let found = this.relationshipCache.get(ofPath);
    if (!found) {
      found = this.readRelationships(ofPath);
      this.relationshipCache.set(ofPath, found);
    }
    return found;
  }

  private readRelationships(ofPath: string): Relationship[] {
    const doc = this.xml(relsPath(ofPath));
    if (!doc) return [];
    const base = ofPath.slice(0, ofPath.lastIndexOf('/') + 1);
    return childrenNamed(doc.documentElement as Element, 'Relationship').map((r) => {
      const target = r.getAttribute('Target') ?? '';
      const external = r.getAttribute('TargetMode') === 'External';
      return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target, path: external ? undefined : resolvePath(base, target) };
    });
  }

  /** Adds a relationship from one part to another and returns its id. */
  addRelationship(fromPath: string, type: string, toPath: string): string {
    const path = relsPath(fromPath);
    this.relationshipCache.delete(fromPath);
    if (!this.has(path)) this.put(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRel}"></Relationships>`);
    const root = this.edit(path).documentElement as Element;
    const taken = new Set(childrenNamed(root, 'Relationship').map((r) => r.getAttribute('Id')));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    root.appendChild(createChild(root, 'Relationship', { Id: id, Type: type, Target: relativePath(fromPath, toPath) }));
    return id;
  }

  /** Declares a part's content type (an Override in [Content_Types].xml), once. */
  declareContentType(path: string, contentType: string): void {
    const root = this.edit('[Content_Types].xml').documentElement as Element;
    const partName = `/${path}`;
    if (childrenNamed(root, 'Override').some((o) => o.getAttribute('PartName') === partName)) return;
    root.appendChild(createChild(root, 'Override', { PartName: partName, ContentType: contentType }));
  }

  /** The package as bytes: changed parts serialised, every other part as it came, in its order. */
  toBytes(): Uint8Array {
    for (const path of this.changed) this.flush(path);
    const entries: Zippable = {};
    for (const [path, bytes] of this.parts) entries[path] = bytes;
    return zipSync(entries, { level: 6, mtime: ENTRY_DATE });
  }

  private flush(path: string): void {
    const doc = this.docs.get(path);
    if (!doc) return;
    // The part stays marked: its document may be edited again and saved again.
    this.parts.set(path, strToU8(withDeclaration(serializeXml(doc))));
  }
}

function withDeclaration(xml: string): string {
  return xml.startsWith('<?xml') ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
}

export function relsPath(ofPath: string): string {
  const slash = ofPath.lastIndexOf('/');
  return `${ofPath.slice(0, slash + 1)}_rels/${ofPath.slice(slash + 1)}.rels`;
}

export function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const resolved: string[] = [];
  for (const part of (base + target).split('/')) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

export function relativePath(fromPath: string, toPath: string): string {
  const from = fromPath.split('/').slice(0, -1);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
