/**
 * A table of ours that is gone from a sheet the workbook still has, put back from the template at
 * its own place: over the cells it left behind when a person converted it to a range (its headers
 * still stand there), or into empty cells when it was deleted. Where the place holds anything else
 * of the person's, or another table, nothing is written and the cells in the way are named: our
 * figures, titles and print titles are laid out around that place, so a table put elsewhere would
 * be one the person does not expect, and their cells are never overwritten.
 */
import type { Element } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { cellAddress } from '../../schema/address';
import { normalHeader } from '../../data/found-columns';
import type { SheetCells } from './sheet-cells';
import { WORKSHEET_SEQUENCE } from './sheet-rules';
import { tableRange } from './table-layout';
import type { SheetPart, WorkbookParts } from './workbook-parts';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, createChild, insertInSequence, NS, parseXml, serializeXml } from './xml';

const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
/** More cells than this in the way are counted, not listed. */
const CELLS_NAMED = 5;

export type TableGraft =
  | { grafted: true; path: string; keptRows: number }
  | { grafted: false; inTheWay: string[]; more: number; table?: string };

/**
 * Grafts the template's table `name` into `sheet` of `pkg`, at the template's place; `undefined`
 * when the template has no such table. `overRange`: it may take over the headers and entries a
 * converted range left there; `calculated`: the headers of its calculated columns.
 */
export function graftTable(pkg: XlsxPackage, parts: WorkbookParts, templateParts: WorkbookParts, name: string,
  sheet: SheetPart, cells: SheetCells, options: { overRange: boolean; calculated: Set<string> }): TableGraft | undefined {
  const source = templateParts.table(name);
  if (!source) return undefined;
  const { first, last } = tableRange(source.ref);
  const calculatedColumns = source.headers.flatMap((header, j) => (options.calculated.has(normalHeader(header)) ? [first.column + j] : []));
  const width = source.headers.length;
  const inTheWay: string[] = [];
  let matched = 0;
  for (let j = 0; j < width; j++) {
    const address = cellAddress(first.column + j, first.row);
    if (!cells.holdsSomething(address)) continue;
    const stored = cells.read(address);
    if (options.overRange && stored?.formula === undefined && typeof stored?.value === 'string' && normalHeader(stored.value) === normalHeader(source.headers[j])) matched += 1;
    else inTheWay.push(address);
  }
  const rowHolds = (row: number) => Array.from({ length: width }, (_, j) => cellAddress(first.column + j, row)).filter((a) => cells.holdsSomething(a));
  // A converted range keeps its entries under its headers, and the formulas of its calculated
  // columns, down to the first row with neither: a value alone in a calculated column there is a
  // note of the person's below it, not a row of the range.
  const rowOfRange = (row: number) => source.headers.some((_, j) => {
    const address = cellAddress(first.column + j, row);
    return calculatedColumns.includes(first.column + j) ? cells.read(address)?.formula !== undefined : cells.holdsSomething(address);
  });
  let lastRow = first.row;
  if (matched > 0) while (rowOfRange(lastRow + 1)) lastRow += 1;
  const keptRows = lastRow - first.row;
  lastRow = Math.max(lastRow, last.row);
  for (let row = first.row + keptRows + 1; row <= lastRow; row++) inTheWay.push(...rowHolds(row));

  const ref = `${cellAddress(first.column, first.row)}:${cellAddress(first.column + width - 1, lastRow)}`;
  const wanted = tableRange(ref);
  const overlapping = parts.tables().find((t) => t.sheet.path === sheet.path && overlaps(tableRange(t.ref), wanted));
  if (overlapping) return { grafted: false, inTheWay: [overlapping.ref], more: 0, table: overlapping.name };
  if (inTheWay.length > 0) return { grafted: false, inTheWay: inTheWay.slice(0, CELLS_NAMED), more: Math.max(0, inTheWay.length - CELLS_NAMED) };

  const doc = parseXml(strFromU8(templateParts.pkg.bytes(source.path) as Uint8Array), source.path);
  const root = doc.documentElement as Element;
  root.setAttribute('id', String(nextTableId(pkg, parts)));
  root.setAttribute('ref', ref);
  const filter = childNamed(root, 'autoFilter');
  if (filter) filter.setAttribute('ref', ref);
  const path = pkg.freePath('xl/tables/', 'table', '.xml');
  pkg.put(path, serializeXml(doc));
  pkg.declareContentType(path, TABLE_CONTENT_TYPE);
  const id = pkg.addRelationship(sheet.path, REL_TYPE.table, path);
  listTablePart(pkg.edit(sheet.path).documentElement as Element, id);
  return { grafted: true, path, keptRows };
}

function overlaps(a: ReturnType<typeof tableRange>, b: ReturnType<typeof tableRange>): boolean {
  return a.first.column <= b.last.column && b.first.column <= a.last.column && a.first.row <= b.last.row && b.first.row <= a.last.row;
}

/** Table ids are unique in the workbook (ECMA-376 Part 1, 18.5.1.2 table id). */
function nextTableId(pkg: XlsxPackage, parts: WorkbookParts): number {
  return Math.max(0, ...parts.tables().map((t) => Number(pkg.xml(t.path)?.documentElement?.getAttribute('id')) || 0)) + 1;
}

function listTablePart(worksheet: Element, id: string): void {
  let list = childNamed(worksheet, 'tableParts');
  if (!list) list = insertInSequence(worksheet, createChild(worksheet, 'tableParts'), WORKSHEET_SEQUENCE);
  const prefix = worksheet.lookupPrefix(NS.officeRel) ?? 'r';
  if (!worksheet.lookupPrefix(NS.officeRel)) worksheet.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:r', NS.officeRel);
  const part = createChild(list, 'tablePart');
  part.setAttributeNS(NS.officeRel, `${prefix}:id`, id);
  list.appendChild(part);
  list.setAttribute('count', String(childrenNamed(list, 'tablePart').length));
}
