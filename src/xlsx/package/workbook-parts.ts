/**
 * Where things are in a workbook package: the workbook part, its sheets (name, visibility, part),
 * the tables on each sheet, the shared strings and the styles, found through relationships as
 * Excel finds them rather than by the usual file names.
 */
import type { Element } from '@xmldom/xmldom';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, descendantsNamed, NS, textOf } from './xml';

/** CT_Workbook's sequence (ECMA-376 Part 1, 18.2.27): Excel refuses a workbook part whose children are out of order. */
export const WORKBOOK_SEQUENCE = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes',
  'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface SheetPart {
  name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  path: string;
  /** Position among the workbook's sheets (what a defined name's localSheetId counts). */
  index: number;
}

export interface TablePart {
  path: string;
  sheet: SheetPart;
  name: string;
  ref: string;
  headers: string[];
}

export class WorkbookParts {
  readonly workbookPath: string;
  private sharedStringsCache?: string[];

  constructor(readonly pkg: XlsxPackage) {
    const office = pkg.relationships('').find((r) => r.type === REL_TYPE.officeDocument || r.type.endsWith('/officeDocument'));
    this.workbookPath = office?.path ?? 'xl/workbook.xml';
    if (!pkg.has(this.workbookPath)) throw new Error('The package has no workbook part.');
  }

  workbook(): Element {
    return this.pkg.xml(this.workbookPath)?.documentElement as Element;
  }

  editWorkbook(): Element {
    return this.pkg.edit(this.workbookPath).documentElement as Element;
  }

  private sheetsCache?: SheetPart[];
  private tablesCache?: TablePart[];

  /** Forgets the sheets and tables found so far (after a sheet was added). */
  forget(): void {
    this.sheetsCache = undefined;
    this.tablesCache = undefined;
  }

  /** The sheets as listed when first asked (our edits never add, remove or rename one). */
  sheets(): SheetPart[] {
    this.sheetsCache ??= this.readSheets();
    return this.sheetsCache;
  }

  private readSheets(): SheetPart[] {
    const rels = new Map(this.pkg.relationships(this.workbookPath).map((r) => [r.id, r.path ?? '']));
    const list = childNamed(this.workbook(), 'sheets');
    return (list ? childrenNamed(list, 'sheet') : []).map((sheet, index) => ({
      name: sheet.getAttribute('name') ?? '',
      state: sheet.getAttribute('state') || 'visible',
      path: rels.get(sheet.getAttributeNS(NS.officeRel, 'id') ?? '') ?? '',
      index,
    }));
  }

  sheet(name: string): SheetPart | undefined {
    return this.sheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The tables as found when first asked, with the names and headers they had then. */
  tables(): TablePart[] {
    this.tablesCache ??= this.readTables();
    return this.tablesCache;
  }

  private readTables(): TablePart[] {
    return this.sheets().flatMap((sheet) => this.pkg.relationships(sheet.path)
      .filter((r) => r.type === REL_TYPE.table && r.path && this.pkg.has(r.path))
      .map((r) => {
        const root = this.pkg.xml(r.path as string)?.documentElement as Element;
        const columns = childNamed(root, 'tableColumns');
        return {
          path: r.path as string, sheet,
          name: root.getAttribute('displayName') || root.getAttribute('name') || '',
          ref: root.getAttribute('ref') ?? '',
          headers: (columns ? childrenNamed(columns, 'tableColumn') : []).map((c) => c.getAttribute('name') ?? ''),
        };
      }));
  }

  table(name: string): TablePart | undefined {
    return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  private relatedPath(type: string): string | undefined {
    return this.pkg.relationships(this.workbookPath).find((r) => r.type === type)?.path;
  }

  stylesPath(): string | undefined {
    return this.relatedPath(REL_TYPE.styles);
  }

  sharedStrings(): string[] {
    if (this.sharedStringsCache) return this.sharedStringsCache;
    const path = this.relatedPath(REL_TYPE.sharedStrings);
    const root = path ? this.pkg.xml(path)?.documentElement : undefined;
    this.sharedStringsCache = root ? childrenNamed(root as Element, 'si').map(stringItemText) : [];
    return this.sharedStringsCache;
  }

  date1904(): boolean {
    const pr = childNamed(this.workbook(), 'workbookPr');
    const value = pr?.getAttribute('date1904');
    return value === '1' || value === 'true';
  }

  definedNames(): Array<{ name: string; sheetIndex?: number; refersTo: string; element: Element }> {
    const list = childNamed(this.workbook(), 'definedNames');
    return (list ? childrenNamed(list, 'definedName') : []).map((element) => {
      const local = element.getAttribute('localSheetId');
      return { name: element.getAttribute('name') ?? '', sheetIndex: local ? Number(local) : undefined, refersTo: textOf(element), element };
    });
  }
}

/** A shared string's text: its runs, leaving out phonetic guides. */
export function stringItemText(item: Element): string {
  const direct = childNamed(item, 't');
  if (direct) return textOf(direct);
  return childrenNamed(item, 'r').map((run) => textOf(childNamed(run, 't'))).join('');
}

/** Every `<t>` below an element, for inline strings. */
export function inlineText(is: Element): string {
  return stringItemText(is) || descendantsNamed(is, is.namespaceURI ?? NS.main, 't').map((t) => textOf(t)).join('');
}
