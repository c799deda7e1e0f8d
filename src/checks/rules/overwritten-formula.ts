import { checkText } from '../../domain/strings/en/checks';
import { cellAddress, parseCell } from '../../schema/address';
import type { LayoutCell } from '../../schema/layout';
import type { WorkbookSchema } from '../../schema/workbook';
import { defineRule, type RuleContext } from '../define-rule';
import type { Located } from '../../data/table-view';
import type { RawValue } from '../../data/workbook-data';
import { sameFormula, type FormulaPlace } from '../../data/formula-meaning';
import { isBlankValue, shown } from './shared/cell-values';
import { foundTables } from './shared/found-tables';
import { findingAt, namedCell } from './shared/named-cells';

const text = checkText['overwritten-formula'];

/** What is wrong with a calculated cell, in words; undefined when it has the template's formula. */
/** The place is worked out only for a formula spelt differently, which most intact cells are not. */
function problem(label: string, formula: string | undefined, value: RawValue, expected: string, place: () => FormulaPlace): string | undefined {
  if (formula === undefined || formula.trim() === '') return isBlankValue(value) ? text.messageEmpty(label) : text.message(label, shown(value));
  return formula === expected || sameFormula(formula, expected, place()) ? undefined : text.messageChanged(label);
}

function tableCells(context: RuleContext): Located[] {
  const found: Located[] = [];
  // Every calculated cell of every row is looked at, so plain loops: no array per intact cell.
  for (const view of foundTables(context)) {
    for (const column of view.schema.columns.filter((c) => c.formula && view.hasColumn(c.key))) {
      const expected = view.schema.formulas[column.key];
      for (const r of view.rows) {
        const place = () => ({ data: context.data, sheet: view.data.sheet, cell: r.address(column.key), table: view.data.name });
        const message = problem(column.header, r.formula(column.key), r.value(column.key), expected, place);
        if (message !== undefined) found.push(r.finding(column.key, message, text.fix));
      }
    }
  }
  return found;
}

/** A figure is named in words by the label written to its left, such as "Overall maturity (0–4)". */
function figureLabel(schema: WorkbookSchema, figure: LayoutCell): string {
  const { column, row } = parseCell(figure.cell);
  const label = schema.cells.find((c) => c.sheet === figure.sheet && c.kind === 'label' && c.cell === cellAddress(column - 1, row));
  return typeof label?.value === 'string' ? label.value : figure.name ?? figure.cell;
}

/** Figures found by their names; a missing name is the missing-name rule's to report. */
function figureCells({ data, schema }: RuleContext): Located[] {
  const figures = schema.cells.flatMap((declared) => {
    const cell = declared.formula && declared.name ? namedCell(data, declared.name) : undefined;
    return cell && declared.formula ? [{ declared, expected: declared.formula, cell }] : [];
  });
  return figures.flatMap(({ declared, expected, cell }) => {
    const message = problem(figureLabel(schema, declared), cell.formula, cell.value, expected, () => ({ data, sheet: cell.sheet, cell: cell.address }));
    return message === undefined ? [] : [findingAt(cell, message, text.fix)];
  });
}

export default defineRule({
  id: 'overwritten-formula',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => [...tableCells(context), ...figureCells(context)],
});
