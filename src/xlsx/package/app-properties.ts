/**
 * The sheet list in docProps/app.xml kept in step with the workbook when a sheet is grafted in:
 * HeadingPairs says how many titles each group has ("Worksheets" 9, "Named Ranges" 3) and
 * TitlesOfParts lists them, group after group (ECMA-376 Part 1, 22.2.2.16 HeadingPairs and
 * 22.2.2.27 TitlesOfParts). Excel asks to recover a workbook whose counts disagree with the list
 * (OpenXLSX issue #220, Excel 2019) and rebuilds the titles themselves on its next save (XLSX.jl
 * issue #428), so the counts must add up and the titles are kept true as well. A package without
 * the lists (excelize writes none) is left as it is: both elements are optional.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, elementChildren, NS, setText, textOf } from './xml';

const WORKSHEETS = 'Worksheets';

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
  const path = pkg.relationships('').find((r) => r.type === REL_TYPE.extendedProperties)?.path;
  const root = path && pkg.has(path) ? pkg.xml(path)?.documentElement as Element | undefined : undefined;
  const headingVector = root ? vectorOf(childNamed(root, 'HeadingPairs')) : undefined;
  const titleVector = root ? vectorOf(childNamed(root, 'TitlesOfParts')) : undefined;
  if (!path || !headingVector || !titleVector) return;
  const titles = childrenNamed(titleVector, 'lpstr');
  const groups = groupsOf(headingVector);
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

function vectorOf(holder: Element | undefined): Element | undefined {
  return holder ? elementChildren(holder).find((c) => c.localName === 'vector' && c.namespaceURI === NS.vt) : undefined;
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
