/**
 * Before an upgrade puts table columns in a new order, every formula in the workbook that points
 * into the moved cells is made to point where they go: cell formulas on every sheet, defined
 * names, the formulas of conditional formats and data validations, and chart series. A shared
 * formula (one formula stored in its first cell for a range, ECMA-376 Part 1, 18.3.1.40) whose
 * cells move or whose references move is written out into each of its cells first, as each cell
 * reads it, so no cell loses its formula when its column moves away from the first one.
 */
import type { Element } from '@xmldom/xmldom';
import { cellAddress, quoteSheet } from '../../schema/address';
import { SharedFormula } from '../formula-sharing';
import type { ColumnMoves } from './reference-moves';
import { splitCell, type SheetCells } from './sheet-cells';
import type { WorkbookParts } from './workbook-parts';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { childNamed, childrenNamed, descendantsNamed, setText, textOf } from './xml';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

export interface Unmovable {
  /** The cell, name or chart holding the formula. */
  where: string;
  reference: string;
}

export interface ShiftedReferences {
  formulas: number;
  sharedExpanded: number;
  unmovable: Unmovable[];
}

/** Moves every reference into moved cells; `ourName` names are left to be restored from the schema. */
export function shiftReferences(pkg: XlsxPackage, parts: WorkbookParts, moves: ColumnMoves, cellsOf: (path: string) => SheetCells,
  ourName: (name: string) => boolean): ShiftedReferences {
  const result: ShiftedReferences = { formulas: 0, sharedExpanded: 0, unmovable: [] };
  if (!moves.any) return result;
  const move = (element: Element, context: string | undefined, where: string): boolean => {
    const before = textOf(element);
    const moved = moves.move(before, context);
    for (const reference of moved.unmovable) result.unmovable.push({ where, reference });
    if (moved.formula === before) return false;
    setText(element, moved.formula);
    result.formulas += 1;
    return true;
  };

  for (const sheet of parts.sheets()) {
    const root = pkg.xml(sheet.path)?.documentElement as Element | undefined;
    if (!root || root.localName !== 'worksheet') continue;
    const cells = cellsOf(sheet.path);
    let changed = expandMovingSharedFormulas(cells, sheet.name, moves, result);
    for (const address of cells.addresses()) {
      const cell = cells.element(address) as Element;
      const formula = childNamed(cell, 'f');
      const kind = formula?.getAttribute('t');
      if (!formula || kind === 'dataTable' || (kind === 'shared' && !textOf(formula))) continue;
      if (move(formula, sheet.name, `${quoteSheet(sheet.name)}!${address}`)) changed = true;
      const { column, row } = splitCell(address);
      if (kind === 'array' && formula.getAttribute('ref') === address && moves.columnAfter(sheet.name, column, row) !== column) {
        formula.setAttribute('ref', cellAddress(moves.columnAfter(sheet.name, column, row), row));
        changed = true;
      }
    }
    const rules = [
      ...childrenNamed(root, 'conditionalFormatting').flatMap((f) => childrenNamed(f, 'cfRule')).flatMap((r) => childrenNamed(r, 'formula')),
      ...(childNamed(root, 'dataValidations') ? childrenNamed(childNamed(root, 'dataValidations') as Element, 'dataValidation') : [])
        .flatMap((v) => [...childrenNamed(v, 'formula1'), ...childrenNamed(v, 'formula2')]),
    ];
    for (const rule of rules) if (move(rule, sheet.name, sheet.name)) changed = true;
    if (changed) pkg.markChanged(sheet.path);
  }

  for (const name of parts.definedNames()) {
    if (ourName(name.name)) continue;
    if (move(name.element, undefined, name.name)) pkg.markChanged(parts.workbookPath);
  }

  for (const chart of chartParts(pkg, parts)) {
    const doc = pkg.xml(chart);
    const formulas = doc ? descendantsNamed(doc, CHART_NS, 'f') : [];
    let changed = false;
    for (const formula of formulas) if (move(formula, undefined, chart)) changed = true;
    if (changed) pkg.markChanged(chart);
  }
  return result;
}

/** Writes out each shared formula whose cells or references move into the cells it stands for. */
function expandMovingSharedFormulas(cells: SheetCells, sheet: string, moves: ColumnMoves, result: ShiftedReferences): boolean {
  const groups = new Map<string, { first?: SharedFormula; members: Array<{ formula: Element; row: number; column: number }> }>();
  for (const address of cells.addresses()) {
    const formula = childNamed(cells.element(address) as Element, 'f');
    if (formula?.getAttribute('t') !== 'shared') continue;
    const si = formula.getAttribute('si') ?? '';
    const group = groups.get(si) ?? { members: [] };
    const { column, row } = splitCell(address);
    if (formula.hasAttribute('ref') && textOf(formula)) group.first = new SharedFormula(textOf(formula), row, column);
    group.members.push({ formula, row, column });
    groups.set(si, group);
  }
  let changed = false;
  for (const { first, members } of groups.values()) {
    if (!first) continue;
    const moving = members.some(({ row, column }) => moves.columnAfter(sheet, column, row) !== column
      || moves.move(first.at(row, column), sheet).formula !== first.at(row, column));
    if (!moving) continue;
    for (const { formula, row, column } of members) {
      const text = first.at(row, column);
      for (const attribute of ['t', 'ref', 'si']) formula.removeAttribute(attribute);
      setText(formula, text);
    }
    result.sharedExpanded += 1;
    changed = true;
  }
  return changed;
}

function chartParts(pkg: XlsxPackage, parts: WorkbookParts): string[] {
  const charts = new Set<string>();
  for (const sheet of parts.sheets()) {
    for (const drawing of pkg.relationships(sheet.path).filter((r) => r.type === REL_TYPE.drawing && r.path && pkg.has(r.path))) {
      for (const chart of pkg.relationships(drawing.path as string)) if (chart.type === REL_TYPE.chart && chart.path && pkg.has(chart.path)) charts.add(chart.path);
    }
  }
  return [...charts];
}
