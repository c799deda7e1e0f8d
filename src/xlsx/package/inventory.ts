/**
 * What a person has in a workbook, listed so an edit can prove it kept everything: every cell
 * (value, formula, format) on every sheet, sheets and their visibility, defined names, comments,
 * drawings (charts and images), sheet and workbook protection, column widths, the date system and
 * the cell formats. Comparing the list of the input with that of the output names what would be
 * lost, and where, before anything is written.
 */
import type { Element } from '@xmldom/xmldom';
import { cliText } from '../../domain/strings/en/cli';
import { quoteSheet } from '../../schema/address';
import { SharedFormula } from '../formula-sharing';
import { SheetCells, splitCell, type StoredCell } from './sheet-cells';
import { WorkbookParts } from './workbook-parts';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, descendantsNamed, serializeXml, textOf } from './xml';

export interface SheetInventory {
  state: string;
  cells: Map<string, StoredCell>;
  columns: string;
  protection: string;
  comments: Set<string>;
  /** Anchored objects (charts, pictures, shapes) on the sheet's drawing. */
  drawings: number;
}

export interface Inventory {
  sheets: Map<string, SheetInventory>;
  /** `Sheet!Name` for names local to a sheet, `Name` for the workbook's; the reference they hold. */
  names: Map<string, string>;
  workbookProtection: string;
  date1904: boolean;
  /** The cell formats, in order (a cell's `s` counts into this list). */
  formats: string[];
}

export function takeInventory(pkg: XlsxPackage): Inventory {
  const parts = new WorkbookParts(pkg);
  const strings = parts.sharedStrings();
  const sheets = new Map<string, SheetInventory>();
  const sheetList = parts.sheets();
  for (const sheet of sheetList) {
    const root = pkg.xml(sheet.path)?.documentElement as Element | undefined;
    if (!root || root.localName !== 'worksheet') {
      sheets.set(sheet.name, { state: sheet.state, cells: new Map(), columns: '', protection: '', comments: new Set(), drawings: 0 });
      continue;
    }
    const cells = new SheetCells(root, strings);
    const stored = new Map<string, StoredCell>();
    for (const address of cells.addresses()) stored.set(address, cells.read(address) as StoredCell);
    resolveSharedFormulas(cells, stored);
    const rels = pkg.relationships(sheet.path);
    const comments = new Set<string>();
    for (const rel of rels.filter((r) => r.type === REL_TYPE.comments && r.path)) {
      const doc = pkg.xml(rel.path as string);
      if (doc) for (const comment of descendantsNamed(doc, doc.documentElement?.namespaceURI ?? '', 'comment')) comments.add(comment.getAttribute('ref') ?? '');
    }
    let drawings = 0;
    for (const rel of rels.filter((r) => r.type === REL_TYPE.drawing && r.path)) {
      const root = pkg.xml(rel.path as string)?.documentElement as Element | undefined;
      if (root) drawings += [...root.childNodes].filter((n) => n.nodeType === 1).length;
    }
    sheets.set(sheet.name, {
      state: sheet.state, cells: stored, comments, drawings,
      columns: serialized(childNamed(root, 'cols')),
      protection: serialized(childNamed(root, 'sheetProtection')),
    });
  }
  const names = new Map<string, string>();
  for (const name of parts.definedNames()) {
    const scope = name.sheetIndex === undefined ? '' : `${sheetList[name.sheetIndex]?.name ?? name.sheetIndex}!`;
    names.set(`${scope}${name.name}`, name.refersTo);
  }
  const stylesPath = parts.stylesPath();
  const styles = stylesPath ? pkg.xml(stylesPath)?.documentElement as Element | undefined : undefined;
  const xfs = styles ? childNamed(styles, 'cellXfs') : undefined;
  return {
    sheets, names,
    workbookProtection: serialized(childNamed(parts.workbook(), 'workbookProtection')),
    date1904: parts.date1904(),
    formats: xfs ? childrenNamed(xfs, 'xf').map(serialized) : [],
  };
}

/** Each cell of a shared formula with the formula it means there, so a written-out copy compares equal. */
function resolveSharedFormulas(cells: SheetCells, stored: Map<string, StoredCell>): void {
  const firsts = new Map<string, SharedFormula>();
  const followers: Array<{ address: string; si: string }> = [];
  for (const address of cells.addresses()) {
    const formula = childNamed(cells.element(address) as Element, 'f');
    if (formula?.getAttribute('t') !== 'shared') continue;
    const si = formula.getAttribute('si') ?? '';
    const { column, row } = splitCell(address);
    if (formula.hasAttribute('ref') && textOf(formula)) firsts.set(si, new SharedFormula(textOf(formula), row, column));
    else followers.push({ address, si });
  }
  for (const { address, si } of followers) {
    const first = firsts.get(si);
    const { column, row } = splitCell(address);
    if (first) stored.set(address, { ...(stored.get(address) as StoredCell), formula: first.at(row, column) });
  }
}

function serialized(element: Element | undefined): string {
  return element ? serializeXml(element as never) : '';
}

/** What an edit may change: our own cells and names, and where a person's cells moved to. */
export interface Allowance {
  /** A cell that is ours (a header, a calculated cell, a cleared client entry): it may change. */
  ours: (sheet: string, address: string) => boolean;
  /** Where a person's cell went when its column moved; undefined when it stayed. */
  movedTo?: (sheet: string, address: string) => string | undefined;
  /** A defined name that is ours: it may be restored. */
  ourName: (name: string) => boolean;
  /**
   * A person's formula as it must read after the edit: pointing where the cells it uses went.
   * `sheet` is the sheet its references without a sheet name point into (undefined for names).
   */
  formulaAfter?: (sheet: string | undefined, formula: string) => string;
}

export interface Loss {
  where: string;
  what: string;
}

const text = cliText.kept;

/** Everything of the person's in `before` that `after` no longer has, with where it was. */
export function compareInventories(before: Inventory, after: Inventory, allowance: Allowance): Loss[] {
  const losses: Loss[] = [];
  for (const [name, sheet] of before.sheets) {
    const now = after.sheets.get(name);
    if (!now) {
      losses.push({ where: name, what: text.sheetGone });
      continue;
    }
    if (now.state !== sheet.state) losses.push({ where: name, what: text.visibility(sheet.state, now.state) });
    if (now.protection !== sheet.protection) losses.push({ where: name, what: text.protection });
    if (now.columns !== sheet.columns) losses.push({ where: name, what: text.columns });
    if (now.drawings < sheet.drawings) losses.push({ where: name, what: text.drawings(sheet.drawings, now.drawings) });
    for (const ref of sheet.comments) if (!now.comments.has(ref)) losses.push({ where: `${quoteSheet(name)}!${ref}`, what: text.comment });
    for (const [address, cell] of sheet.cells) {
      if (allowance.ours(name, address)) continue;
      const target = allowance.movedTo?.(name, address) ?? address;
      const found = now.cells.get(target);
      const where = `${quoteSheet(name)}!${address}`;
      const expected = cell.formula !== undefined && allowance.formulaAfter ? { ...cell, formula: allowance.formulaAfter(name, cell.formula) } : cell;
      if (!sameCell(expected, found)) losses.push({ where, what: text.cell(describe(cell), found ? describe(found) : text.nothing) });
    }
  }
  for (const [name, refersTo] of before.names) {
    if (allowance.ourName(name.replace(/^.*!/, ''))) continue;
    const now = after.names.get(name);
    if (now !== (allowance.formulaAfter?.(undefined, refersTo) ?? refersTo)) losses.push({ where: name, what: now === undefined ? text.nameGone : text.nameChanged(refersTo, now) });
  }
  if (after.workbookProtection !== before.workbookProtection) losses.push({ where: text.workbook, what: text.protection });
  if (after.date1904 !== before.date1904) losses.push({ where: text.workbook, what: text.dateSystem });
  before.formats.forEach((format, i) => {
    if (after.formats[i] !== format) losses.push({ where: text.workbook, what: text.format(i) });
  });
  return losses;
}

function sameCell(a: StoredCell, b: StoredCell | undefined): boolean {
  const blank = (c: StoredCell | undefined) => !c || ((c.value === null || c.value === '') && c.formula === undefined);
  if (blank(a)) return (a.style ?? '0') === '0' || a.style === b?.style;
  if (!b) return false;
  return a.formula === b.formula && (a.style ?? '0') === (b.style ?? '0') && (a.formula !== undefined || sameValue(a.value, b.value));
}

function sameValue(a: StoredCell['value'], b: StoredCell['value']): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return a.error === b.error;
  return a === b;
}

function describe(cell: StoredCell): string {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (cell.value === null || cell.value === '') return text.formatOnly;
  if (typeof cell.value === 'object') return cell.value.error;
  return JSON.stringify(cell.value);
}
