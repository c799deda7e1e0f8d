/**
 * Data validations and highlights (conditional formats) of our columns on one worksheet part:
 * the ones over our columns' data cells are replaced by the schema's, where the columns stand now
 * and for as many rows as the table has; a person's own rules elsewhere are kept as they are.
 * Nothing is rewritten when the sheet already has exactly what the schema asks for.
 */
import type { Element } from '@xmldom/xmldom';
import { columnLetter } from '../../schema/address';
import type { ConditionalFormat } from '../../schema/layout';
import type { TableSchema } from '../../schema/table';
import { validationFor } from '../../schema/validation';
import type { StyleSheet } from './styles';
import { tableRange, type TableArea } from './table-layout';
import { childNamed, childrenNamed, createChild, elementChildren, insertInSequence, removeElement, setText, textOf } from './xml';

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99): Excel refuses a part whose children are out of order. */
export const WORKSHEET_SEQUENCE = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

export interface PlacedColumns {
  table: TableSchema;
  before: TableArea;
  after: TableArea;
}

interface Range {
  first: { column: number; row: number };
  last: { column: number; row: number };
}

const ranges = (sqref: string): Range[] => sqref.trim().split(/\s+/).filter(Boolean).map(tableRange);
const insideColumn = (range: Range, column: number, firstRow: number, lastRow: number) =>
  range.first.column === column && range.last.column === column && range.first.row >= firstRow && range.last.row <= lastRow;

/** True when every range of the sqref lies in the data cells of one of our columns, before or after. */
function coversOurColumns(sqref: string, placed: PlacedColumns[]): boolean {
  return ranges(sqref).every((range) => placed.some(({ before, after }) => [before, after].some((area) =>
    [...area.columnOf.values()].some((column) => insideColumn(range, column, area.headerRow + 1, Math.max(area.lastRow, area.headerRow + 1))))));
}

/** Moves the person's own rules with their column when the table's columns moved. */
function movedSqref(sqref: string, placed: PlacedColumns[]): string {
  return ranges(sqref).map((range) => {
    for (const { before, after } of placed) {
      for (const [header, column] of before.ownColumnOf) {
        const to = after.ownColumnOf.get(header);
        if (to !== undefined && to !== column && insideColumn(range, column, before.headerRow + 1, before.lastRow)) {
          return `${columnLetter(to)}${range.first.row}:${columnLetter(to)}${range.last.row}`;
        }
      }
    }
    return range.first.column === range.last.column && range.first.row === range.last.row
      ? `${columnLetter(range.first.column)}${range.first.row}`
      : `${columnLetter(range.first.column)}${range.first.row}:${columnLetter(range.last.column)}${range.last.row}`;
  }).join(' ');
}

const dataRange = (area: TableArea, column: number) =>
  `${columnLetter(column)}${area.headerRow + 1}:${columnLetter(column)}${Math.max(area.lastRow, area.headerRow + 1)}`;

function normal(element: Element, dxfColours?: (id: string) => string): string {
  const attributes = [...element.attributes]
    .filter((a) => !['priority', 'xr:uid', 'count'].includes(a.name))
    .map((a) => `${a.localName}=${a.name === 'dxfId' && dxfColours ? dxfColours(a.value) : a.value.replace(/^true$/, '1').replace(/^false$/, '0')}`)
    .sort();
  return `${element.localName}(${attributes.join(',')})[${elementChildren(element).map((c) => normal(c, dxfColours)).join(';')}${elementChildren(element).length === 0 ? textOf(element) : ''}]`;
}

/** Restores our columns' validations on a sheet; returns the tables whose validations changed. */
export function restoreValidations(root: Element, placed: PlacedColumns[]): string[] {
  const list = childNamed(root, 'dataValidations');
  const existing = list ? childrenNamed(list, 'dataValidation') : [];
  const ours = existing.filter((v) => coversOurColumns(v.getAttribute('sqref') ?? '', placed));
  const moved = placed.some(({ before, after }) => [...before.ownColumnOf].some(([h, c]) => after.ownColumnOf.get(h) !== c));
  const holder = list ?? createChild(root, 'dataValidations');
  const wanted = placed.flatMap(({ table, after }) => table.columns.flatMap((column) => {
    const rule = validationFor(column);
    const at = after.columnOf.get(column.key);
    if (!rule || at === undefined) return [];
    const element = createChild(holder, 'dataValidation', {
      type: rule.type, allowBlank: 1, showInputMessage: rule.prompt ? 1 : undefined, showErrorMessage: 1, errorStyle: 'stop',
      errorTitle: rule.errorTitle, error: rule.error, promptTitle: rule.prompt ? rule.promptTitle : undefined, prompt: rule.prompt,
      operator: rule.type === 'list' ? undefined : rule.operator, sqref: dataRange(after, at),
    });
    const formula = (name: string, value: string | undefined) => {
      if (value === undefined) return;
      const f = createChild(element, name);
      setText(f, value);
      element.appendChild(f);
    };
    formula('formula1', rule.type === 'list' ? rule.source : rule.formula1);
    formula('formula2', rule.type === 'list' ? undefined : rule.formula2);
    return [{ table: table.name, element }];
  }));
  const signature = (elements: Element[]) => elements.map((e) => normal(e)).sort().join('\n');
  if (!moved && signature(ours) === signature(wanted.map((w) => w.element))) return [];
  for (const validation of ours) removeElement(validation);
  for (const validation of existing) if (!ours.includes(validation)) validation.setAttribute('sqref', movedSqref(validation.getAttribute('sqref') ?? '', placed));
  if (!list) insertInSequence(root, holder, WORKSHEET_SEQUENCE);
  for (const { element } of wanted) holder.appendChild(element);
  holder.setAttribute('count', String(childrenNamed(holder, 'dataValidation').length));
  if (childrenNamed(holder, 'dataValidation').length === 0) removeElement(holder);
  return [...new Set(wanted.map((w) => w.table))];
}

/** Restores our columns' highlights on a sheet; returns the tables whose highlights changed. */
export function restoreHighlights(root: Element, placed: PlacedColumns[], formats: ConditionalFormat[], styles: StyleSheet): string[] {
  const existing = childrenNamed(root, 'conditionalFormatting');
  const ours = existing.filter((f) => coversOurColumns(f.getAttribute('sqref') ?? '', placed));
  const moved = placed.some(({ before, after }) => [...before.ownColumnOf].some(([h, c]) => after.ownColumnOf.get(h) !== c));
  const dxf = (id: string) => styles.dxfColours(id);
  const wantedSpecs = placed.flatMap(({ table, after }) => formats.filter((f) => f.target.table.name === table.name).flatMap((format) => {
    const at = after.columnOf.get(format.target.key);
    if (at === undefined) return [];
    return [{ table: table.name, format, sqref: dataRange(after, at), after }];
  }));
  const build = (withStyles: boolean) => wantedSpecs.map(({ format, sqref, after }, i) => {
    const holder = createChild(root, 'conditionalFormatting', { sqref });
    const priority = i + 1;
    let rule: Element;
    switch (format.kind) {
      case 'colourScale': {
        rule = createChild(holder, 'cfRule', { type: 'colorScale', priority });
        const scale = createChild(rule, 'colorScale');
        for (const point of format.points) scale.appendChild(createChild(scale, 'cfvo', { type: 'num', val: point.value }));
        for (const point of format.points) scale.appendChild(createChild(scale, 'color', { rgb: `FF${point.colour}` }));
        rule.appendChild(scale);
        break;
      }
      case 'textEquals':
        rule = createChild(holder, 'cfRule', { type: 'cellIs', dxfId: withStyles ? styles.dxf(format.fill, format.font) : `${format.font}/${format.fill}`, priority, operator: 'equal' });
        appendFormula(rule, `"${format.text.replace(/"/g, '""')}"`);
        break;
      case 'formula': {
        const letterOf = (key: string) => columnLetter(after.columnOf.get(key) ?? 1);
        rule = createChild(holder, 'cfRule', { type: 'expression', dxfId: withStyles ? styles.dxf(format.fill, format.font) : `${format.font}/${format.fill}`, priority });
        appendFormula(rule, format.formulaAt(letterOf, after.headerRow + 1));
        break;
      }
    }
    holder.appendChild(rule);
    return holder;
  });
  const plain = build(false);
  const signature = (elements: Element[], colours?: (id: string) => string) => elements.map((e) => normal(e, colours)).sort().join('\n');
  if (!moved && signature(ours, dxf) === signature(plain, (id) => id)) return [];
  for (const format of ours) removeElement(format);
  for (const format of existing) if (!ours.includes(format)) format.setAttribute('sqref', movedSqref(format.getAttribute('sqref') ?? '', placed));
  const remaining = childrenNamed(root, 'conditionalFormatting');
  const highest = Math.max(0, ...remaining.flatMap((f) => childrenNamed(f, 'cfRule').map((r) => Number(r.getAttribute('priority')) || 0)));
  build(true).forEach((holder, i) => {
    for (const rule of childrenNamed(holder, 'cfRule')) rule.setAttribute('priority', String(highest + i + 1));
    insertInSequence(root, holder, WORKSHEET_SEQUENCE);
  });
  return [...new Set(wantedSpecs.map((w) => w.table))];
}

function appendFormula(rule: Element, text: string): void {
  const formula = createChild(rule, 'formula');
  setText(formula, text);
  rule.appendChild(formula);
}
