/**
 * Cell formats and highlight styles added to a person's styles part: a format taken from the
 * template (with its font, fill, border and number format) is appended, never replacing one of
 * theirs, so every existing `s` index keeps meaning what it meant.
 */
import type { Document, Element } from '@xmldom/xmldom';
import type { XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, createChild, insertInSequence, serializeXml } from './xml';

const STYLE_SEQUENCE = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
const FIRST_CUSTOM_NUMBER_FORMAT = 164;

export class StyleSheet {
  private readonly imported = new Map<string, string>();

  constructor(private readonly pkg: XlsxPackage, private readonly path: string) {}

  private root(): Element {
    return this.pkg.xml(this.path)?.documentElement as Element;
  }

  private list(name: (typeof STYLE_SEQUENCE)[number]): Element {
    const root = this.root();
    const existing = childNamed(root, name);
    if (existing) return existing;
    this.pkg.markChanged(this.path);
    return insertInSequence(root, createChild(root, name, { count: 0 }), STYLE_SEQUENCE);
  }

  /** Index of an element equal to `element` in the list, appended when there is none. */
  private indexOf(listName: (typeof STYLE_SEQUENCE)[number], element: Element): number {
    const list = this.list(listName);
    const items = elementChildrenOf(list);
    const wanted = serializeXml(element as never);
    const found = items.findIndex((item) => serializeXml(item as never) === wanted);
    if (found >= 0) return found;
    this.pkg.markChanged(this.path);
    list.appendChild(element);
    list.setAttribute('count', String(items.length + 1));
    return items.length;
  }

  /** The index of a highlight style (`<dxf>`), added when the workbook has none like it. */
  dxf(fill: string, font: string): string {
    const list = this.list('dxfs');
    const wanted = `${font}/${fill}`.toUpperCase();
    const same = elementChildrenOf(list).findIndex((_, i) => this.dxfColours(String(i)) === wanted);
    if (same >= 0) return String(same);
    const dxf = createChild(list, 'dxf');
    const fontElement = createChild(dxf, 'font');
    fontElement.appendChild(createChild(fontElement, 'color', { rgb: `FF${font}` }));
    const fillElement = createChild(dxf, 'fill');
    const pattern = createChild(fillElement, 'patternFill', { patternType: 'solid' });
    pattern.appendChild(createChild(pattern, 'bgColor', { rgb: `FF${fill}` }));
    fillElement.appendChild(pattern);
    dxf.appendChild(fontElement);
    dxf.appendChild(fillElement);
    return String(this.indexOf('dxfs', dxf));
  }

  /** The colours a highlight style shows, to compare highlights by what a person sees. */
  dxfColours(index: string): string {
    const root = this.pkg.xml(this.path)?.documentElement as Element | undefined;
    const dxfs = root ? childNamed(root, 'dxfs') : undefined;
    const dxf = dxfs ? elementChildrenOf(dxfs)[Number(index)] : undefined;
    if (!dxf) return '';
    const colour = (element: Element | undefined) => element?.getAttribute('rgb')?.slice(-6).toUpperCase() ?? '';
    const font = childNamed(dxf, 'font');
    const fill = childNamed(dxf, 'fill');
    const pattern = fill ? childNamed(fill, 'patternFill') : undefined;
    return `${colour(font ? childNamed(font, 'color') : undefined)}/${colour(pattern ? childNamed(pattern, 'bgColor') ?? childNamed(pattern, 'fgColor') : undefined)}`;
  }

  /** A cell format of another package (the template), brought into this one; returns its index here. */
  importFormat(source: XlsxPackage, sourcePath: string, index: string): string {
    if (source === this.pkg) return index;
    const cached = this.imported.get(index);
    if (cached !== undefined) return cached;
    const sourceRoot = source.xml(sourcePath)?.documentElement as Element;
    const sourceList = (name: string) => {
      const list = childNamed(sourceRoot, name);
      return list ? elementChildrenOf(list) : [];
    };
    const xf = sourceList('cellXfs')[Number(index)];
    if (!xf) return '0';
    const doc = this.root().ownerDocument as Document;
    const copy = doc.importNode(xf, true) as Element;
    copy.setAttribute('xfId', '0');
    for (const [attribute, list] of [['fontId', 'fonts'], ['fillId', 'fills'], ['borderId', 'borders']] as const) {
      const item = sourceList(list)[Number(xf.getAttribute(attribute) ?? 0)];
      if (item) copy.setAttribute(attribute, String(this.indexOf(list, doc.importNode(item, true) as Element)));
    }
    const numberFormat = Number(xf.getAttribute('numFmtId') ?? 0);
    if (numberFormat >= FIRST_CUSTOM_NUMBER_FORMAT) {
      const code = sourceList('numFmts').find((n) => Number(n.getAttribute('numFmtId')) === numberFormat)?.getAttribute('formatCode');
      if (code !== undefined && code !== null) copy.setAttribute('numFmtId', String(this.numberFormat(code)));
    }
    const result = String(this.indexOf('cellXfs', copy));
    this.imported.set(index, result);
    return result;
  }

  private numberFormat(code: string): number {
    const list = this.list('numFmts');
    const existing = childrenNamed(list, 'numFmt');
    const same = existing.find((n) => n.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const id = Math.max(FIRST_CUSTOM_NUMBER_FORMAT - 1, ...existing.map((n) => Number(n.getAttribute('numFmtId')))) + 1;
    this.pkg.markChanged(this.path);
    list.appendChild(createChild(list, 'numFmt', { numFmtId: id, formatCode: code }));
    list.setAttribute('count', String(existing.length + 1));
    return id;
  }
}

function elementChildrenOf(list: Element): Element[] {
  return [...list.childNodes].filter((n) => n.nodeType === 1) as Element[];
}
