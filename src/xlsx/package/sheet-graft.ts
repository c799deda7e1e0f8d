/**
 * A sheet of ours a person deleted, taken from the template package and grafted into theirs: the
 * sheet part with its tables, drawing and charts copied under free part names, its formats
 * brought into their styles, its shared strings written inline, and the sheet listed in their
 * workbook. Nothing of theirs is renumbered or replaced.
 */
import type { Element } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { appendInlineString } from './sheet-cells';
import type { StyleSheet } from './styles';
import { WorkbookParts } from './workbook-parts';
import { REL_TYPE, relativePath, relsPath, type XlsxPackage } from './xlsx-package';
import { listSheetInAppProperties } from './app-properties';
import { childNamed, childrenNamed, createChild, descendantsNamed, insertInSequence, NS, parseXml, serializeXml, setText } from './xml';
import { WORKBOOK_SEQUENCE } from './workbook-parts';

const CONTENT_TYPE: Record<string, string> = {
  [REL_TYPE.worksheet]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  [REL_TYPE.table]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  [REL_TYPE.drawing]: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  [REL_TYPE.chart]: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

const FOLDER: Record<string, [string, string]> = {
  [REL_TYPE.table]: ['xl/tables/', 'table'],
  [REL_TYPE.drawing]: ['xl/drawings/', 'drawing'],
  [REL_TYPE.chart]: ['xl/charts/', 'chart'],
};

/**
 * Grafts the template's sheet into the workbook before the sheet at `position` (at the end when
 * it is undefined), so it comes back at its place in our order; returns false when the template
 * has no such sheet.
 */
export function graftSheet(pkg: XlsxPackage, template: XlsxPackage, sheetName: string, styles: StyleSheet, templateStyles: StyleSheet,
  position?: number): boolean {
  const templateParts = new WorkbookParts(template);
  const source = templateParts.sheet(sheetName);
  const stylesPath = templateParts.stylesPath();
  if (!source || !stylesPath) return false;
  const strings = templateParts.sharedStrings();
  const doc = parseXml(strFromU8(template.bytes(source.path) as Uint8Array), source.path);
  const root = doc.documentElement as Element;
  const format = (s: string | null) => styles.importFormat(template, stylesPath, s ?? '0');
  for (const cell of descendantsNamed(doc, root.namespaceURI ?? NS.main, 'c')) {
    if (cell.hasAttribute('s')) cell.setAttribute('s', format(cell.getAttribute('s')));
    if (cell.getAttribute('t') === 's') inlineSharedString(cell, strings);
  }
  for (const row of descendantsNamed(doc, root.namespaceURI ?? NS.main, 'row')) if (row.hasAttribute('s')) row.setAttribute('s', format(row.getAttribute('s')));
  for (const col of descendantsNamed(doc, root.namespaceURI ?? NS.main, 'col')) if (col.hasAttribute('style')) col.setAttribute('style', format(col.getAttribute('style')));
  for (const rule of descendantsNamed(doc, root.namespaceURI ?? NS.main, 'cfRule')) {
    const id = rule.getAttribute('dxfId');
    if (id === null) continue;
    const [font, fill] = templateStyles.dxfColours(id).split('/');
    rule.setAttribute('dxfId', styles.dxf(fill, font));
  }

  const path = pkg.freePath('xl/worksheets/', 'sheet', '.xml');
  pkg.put(path, serializeXml(doc));
  pkg.declareContentType(path, CONTENT_TYPE[REL_TYPE.worksheet]);
  copyRelated(pkg, template, source.path, path, nextTableId(pkg));

  const parts = new WorkbookParts(pkg);
  const workbook = parts.editWorkbook();
  const sheets = childNamed(workbook, 'sheets') as Element;
  const id = pkg.addRelationship(parts.workbookPath, REL_TYPE.worksheet, path);
  const sheetId = Math.max(0, ...childrenNamed(sheets, 'sheet').map((s) => Number(s.getAttribute('sheetId')) || 0)) + 1;
  const sheet = createChild(sheets, 'sheet', { name: sheetName, sheetId, state: source.state === 'visible' ? undefined : source.state });
  const prefix = workbook.lookupPrefix(NS.officeRel) ?? 'r';
  if (!workbook.lookupPrefix(NS.officeRel)) workbook.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:r', NS.officeRel);
  sheet.setAttributeNS(NS.officeRel, `${prefix}:id`, id);
  const listed = childrenNamed(sheets, 'sheet');
  const at = position !== undefined && position < listed.length ? position : listed.length;
  sheets.insertBefore(sheet, listed[at] ?? null);
  renumberSheetIndices(workbook, at);
  copyLocalNames(workbook, templateParts, source.index, at);
  listSheetInAppProperties(pkg, sheetName, listed.map((s) => s.getAttribute('name') ?? ''), at);
  return true;
}

/**
 * A sheet inserted at `at` moves every later sheet up one place: the names local to a sheet and
 * the workbook view count sheets by position (ECMA-376 Part 1, 18.2.5 definedName localSheetId,
 * 18.2.30 workbookView activeTab and firstSheet), so they are moved with them.
 */
function renumberSheetIndices(workbook: Element, at: number): void {
  const names = childNamed(workbook, 'definedNames');
  for (const name of names ? childrenNamed(names, 'definedName') : []) {
    const local = name.getAttribute('localSheetId');
    if (local !== null && Number(local) >= at) name.setAttribute('localSheetId', String(Number(local) + 1));
  }
  const views = childNamed(workbook, 'bookViews');
  for (const view of views ? childrenNamed(views, 'workbookView') : []) {
    for (const attribute of ['activeTab', 'firstSheet']) {
      const value = view.getAttribute(attribute);
      if (value !== null && Number(value) >= at && Number(value) > 0) view.setAttribute(attribute, String(Number(value) + 1));
    }
  }
}

/** The template's names local to the sheet (its print titles), local to the grafted sheet now. */
function copyLocalNames(workbook: Element, templateParts: WorkbookParts, templateIndex: number, at: number): void {
  const local = templateParts.definedNames().filter((n) => n.sheetIndex === templateIndex);
  if (local.length === 0) return;
  let list = childNamed(workbook, 'definedNames');
  if (!list) list = insertInSequence(workbook, createChild(workbook, 'definedNames'), WORKBOOK_SEQUENCE);
  const existing = childrenNamed(list, 'definedName');
  for (const name of local) {
    if (existing.some((e) => e.getAttribute('localSheetId') === String(at) && e.getAttribute('name')?.toLowerCase() === name.name.toLowerCase())) continue;
    const element = createChild(list, 'definedName', { name: name.name, localSheetId: at });
    setText(element, name.refersTo);
    list.appendChild(element);
  }
}

function inlineSharedString(cell: Element, strings: string[]): void {
  const v = childNamed(cell, 'v');
  const text = strings[Number(v?.textContent ?? '')] ?? '';
  if (v) cell.removeChild(v);
  appendInlineString(cell, text);
}

function nextTableId(pkg: XlsxPackage): { next: number } {
  const ids = new WorkbookParts(pkg).tables().map((t) => Number(pkg.xml(t.path)?.documentElement?.getAttribute('id')) || 0);
  return { next: Math.max(0, ...ids) + 1 };
}

/** Copies the parts a template part relates to (tables, drawings, charts), under free names, with the same relationship ids. */
export function copyRelated(pkg: XlsxPackage, template: XlsxPackage, fromPath: string, toPath: string, tableId: { next: number }): void {
  const relationships = template.relationships(fromPath).filter((r) => r.path && FOLDER[r.type] && template.has(r.path));
  if (relationships.length === 0) return;
  const entries: string[] = [];
  for (const rel of relationships) {
    const [folder, stem] = FOLDER[rel.type];
    const copy = pkg.freePath(folder, stem, '.xml');
    let xml = strFromU8(template.bytes(rel.path as string) as Uint8Array);
    if (rel.type === REL_TYPE.table) xml = xml.replace(/(<(?:\w+:)?table\b[^>]*?\sid=")\d+"/, `$1${tableId.next++}"`);
    pkg.put(copy, xml);
    pkg.declareContentType(copy, CONTENT_TYPE[rel.type]);
    copyRelated(pkg, template, rel.path as string, copy, tableId);
    entries.push(`<Relationship Id="${rel.id}" Type="${rel.type}" Target="${relativePath(toPath, copy)}"/>`);
  }
  pkg.put(relsPath(toPath), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRel}">${entries.join('')}</Relationships>`);
}
