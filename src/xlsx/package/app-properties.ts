/**
 * The sheet list in docProps/app.xml kept in step with the workbook when a sheet is grafted in:
 * HeadingPairs says how many titles each group has ("Worksheets" 9, "Named Ranges" 3) and
 * TitlesOfParts lists them, group after group (ECMA-376 Part 1, 22.2.2.16 HeadingPairs and
 * 22.2.2.27 TitlesOfParts). Excel asks to recover a workbook whose counts disagree with the list
 * (OpenXLSX issue #220, Excel 2019) and rebuilds the titles themselves on its next save (XLSX.jl
 * issue #428), so the counts must add up and the titles are kept true as well. A package without
 * the lists (excelize writes none) is left as it is: both elements are optional.
 *
 * The "Named Ranges" group lists the defined names that refer to cells, as Excel writes them: a
 * workbook name as itself, a sheet's own name and its print area or titles as `Sheet!Name` with
 * the sheet as the reference spells it (`'Score history'!Print_Titles`); AutoFilter's hidden
 * `_FilterDatabase` and names holding a constant are left out. That is what XlsxWriter writes,
 * whose tests compare its files with files Excel saved (its workbook.py, _extract_named_ranges).
 */
import type { Document, Element } from '@xmldom/xmldom';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, elementChildren, NS, setText, textOf } from './xml';

const WORKSHEETS = 'Worksheets';
const NAMED_RANGES = 'Named Ranges';
const XLNM = '_xlnm.';

interface Group {
  name: string;
  count: Element;
  first: number;
  size: number;
}

/**
 * Adds a sheet's title to the worksheet group, after the titles of the sheets before it: `sheets`
 * are the workbook's sheets without it, `position` where it goes among them.
 */
export function listSheetInAppProperties(pkg: XlsxPackage, sheetName: string, sheets: string[], position: number): void {
  const lists = appLists(pkg);
  if (!lists) return;
  const { path, titleVector, titles, groups } = lists;
  const all = new Set(sheets.map((s) => s.toLowerCase()));
  const before = new Set(sheets.slice(0, position).map((s) => s.toLowerCase()));
  // Excel names the group in its own language: then it is the largest group listing only sheets
  // of the workbook (chart sheets have a group of their own).
  const group = groups.find((g) => g.name === WORKSHEETS) ?? groups
    .filter((g) => g.size > 0 && titles.slice(g.first, g.first + g.size).every((t) => all.has(textOf(t).toLowerCase())))
    .sort((a, b) => b.size - a.size)[0];
  if (!group || group.first + group.size > titles.length) return;
  const inGroup = titles.slice(group.first, group.first + group.size);
  const after = inGroup.filter((t) => before.has(textOf(t).toLowerCase())).pop();
  const next = after ? after.nextSibling : titles[group.first] ?? null;

  pkg.edit(path);
  const doc = titleVector.ownerDocument as Document;
  const title = doc.createElementNS(NS.vt, qualified(titleVector, 'lpstr'));
  title.appendChild(doc.createTextNode(sheetName));
  titleVector.insertBefore(title, next);
  titleVector.setAttribute('size', String(childrenNamed(titleVector, 'lpstr').length));
  setText(group.count, String(group.size + 1));
}

export interface ListedName {
  name: string;
  sheetIndex?: number;
  refersTo: string;
}

/** The titles Excel lists under "Named Ranges" for these defined names, in their order. */
export function excelNamedRanges(names: ListedName[]): string[] {
  return names.flatMap(({ name, sheetIndex, refersTo }) => {
    if (name === `${XLNM}_FilterDatabase`) return [];
    const bang = refersTo.indexOf('!');
    if (bang < 0) return [];
    const sheet = refersTo.slice(0, bang).replace(/^=/, '');
    if (name.startsWith(XLNM)) return [`${sheet}!${name.slice(XLNM.length)}`];
    return [sheetIndex === undefined ? name : `${sheet}!${name}`];
  });
}

/**
 * Makes the "Named Ranges" group list `now`, the titles of the workbook's names after an edit:
 * the group is found by its English name, or (Excel names it in its own language) as the group
 * that listed `before`, the titles before the edit. A group is added only when the workbook had
 * no names Excel lists; a list that left its names out is left so.
 */
export function listNamesInAppProperties(pkg: XlsxPackage, before: string[], now: string[]): void {
  const lists = appLists(pkg);
  if (!lists) return;
  const { path, headingVector, titleVector, titles, groups } = lists;
  const listed = (g: Group) => titles.slice(g.first, g.first + g.size).map((t) => textOf(t));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
  const group = groups.find((g) => g.name === NAMED_RANGES) ?? (before.length > 0 ? groups.find((g) => same(listed(g), before)) : undefined);
  if (group ? same(listed(group), now) || group.first + group.size > titles.length : before.length > 0 || now.length === 0) return;

  pkg.edit(path);
  const doc = titleVector.ownerDocument as Document;
  const element = (parent: Element, localName: string, value?: string) => {
    const child = doc.createElementNS(NS.vt, qualified(parent, localName));
    if (value !== undefined) child.appendChild(doc.createTextNode(value));
    return child;
  };
  const next = group ? titles[group.first + group.size] ?? null : null;
  if (group) for (const title of titles.slice(group.first, group.first + group.size)) titleVector.removeChild(title);
  for (const title of now) titleVector.insertBefore(element(titleVector, 'lpstr', title), next);
  titleVector.setAttribute('size', String(childrenNamed(titleVector, 'lpstr').length));
  if (group && now.length > 0) {
    setText(group.count, String(now.length));
    return;
  }
  if (group) {
    const variants = elementChildren(headingVector).filter((c) => c.localName === 'variant');
    const at = variants.indexOf(group.count.parentNode as Element);
    for (const variant of variants.slice(at - 1, at + 1)) headingVector.removeChild(variant);
  } else {
    const name = headingVector.appendChild(element(headingVector, 'variant')) as Element;
    name.appendChild(element(name, 'lpstr', NAMED_RANGES));
    const count = headingVector.appendChild(element(headingVector, 'variant')) as Element;
    count.appendChild(element(count, 'i4', String(now.length)));
  }
  headingVector.setAttribute('size', String(elementChildren(headingVector).filter((c) => c.localName === 'variant').length));
}

function vectorOf(holder: Element | undefined): Element | undefined {
  return holder ? elementChildren(holder).find((c) => c.localName === 'vector' && c.namespaceURI === NS.vt) : undefined;
}

/** The part docProps/app.xml and its two lists, or undefined when the package has no such part or lists. */
function appLists(pkg: XlsxPackage) {
  const path = pkg.relationships('').find((r) => r.type === REL_TYPE.extendedProperties)?.path;
  const root = path && pkg.has(path) ? pkg.xml(path)?.documentElement as Element | undefined : undefined;
  const headingVector = root ? vectorOf(childNamed(root, 'HeadingPairs')) : undefined;
  const titleVector = root ? vectorOf(childNamed(root, 'TitlesOfParts')) : undefined;
  if (!path || !headingVector || !titleVector) return undefined;
  return { path, headingVector, titleVector, titles: childrenNamed(titleVector, 'lpstr'), groups: groupsOf(headingVector) };
}

/** The groups of HeadingPairs: each a name variant followed by a count variant. */
function groupsOf(vector: Element): Group[] {
  const variants = elementChildren(vector).filter((c) => c.localName === 'variant');
  const groups: Group[] = [];
  let first = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = elementChildren(variants[i + 1]).find((c) => c.localName === 'i4');
    if (!count) break;
    const size = Number(textOf(count)) || 0;
    groups.push({ name: textOf(elementChildren(variants[i])[0]), count, first, size });
    first += size;
  }
  return groups;
}

function qualified(parent: Element, localName: string): string {
  const prefix = parent.lookupPrefix(NS.vt) ?? parent.prefix;
  return prefix ? `${prefix}:${localName}` : localName;
}
