/**
 * Repair: restores what the schema declares and the workbook lacks (sheets, tables, columns,
 * calculated formulas, validations, highlights, names, figure formulas, charts, properties) and
 * keeps every value a person typed, extra columns and rows included. Three syncs at most: read
 * what is there, restore structure (and read the charts), add missing charts.
 */
import { excelText } from '../domain/strings/en/excel';
import { cellAddress, columnLetter } from '../schema/address';
import type { PlacedTable } from '../schema/layout';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { initialRows } from '../schema/rows';
import { columnOf, type WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';
import { splitAddress } from './read';
import {
  cellSteps, chartName, chartStep, columnSteps, conditionalFormatSteps, nameStep, sheetSteps, tableSteps, validationSteps, type WriteStep,
} from './write-steps';

export interface RepairResult {
  repaired: string[];
  /** Tables whose place holds other cells, left for the person to move. */
  unrestorable: string[];
  message: string;
}

/**
 * Highlights are cleared from each formatted column and added again, so repeated repairs never
 * stack copies; only our own columns are touched.
 */
function highlightSteps(schema: WorkbookSchema, rowCounts: Map<string, number>): WriteStep[] {
  const cleared = new Set<string>();
  return schema.conditionalFormats.flatMap((format) => {
    const placed = schema.tables.find((p) => p.table.name === format.target.table.name);
    if (!placed) return [];
    const rowCount = rowCounts.get(placed.table.name) ?? 1;
    const letter = columnLetter(columnOf(placed, format.target.key));
    const address = `${letter}${placed.headerRow + 1}:${letter}${placed.headerRow + rowCount}`;
    const clear: WriteStep[] = cleared.has(`${placed.table.sheet}!${address}`) ? [] : [{
      bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(placed.table.sheet).getRange(address).conditionalFormats.clearAll(); },
    }];
    cleared.add(`${placed.table.sheet}!${address}`);
    return [...clear, ...conditionalFormatSteps(schema, format, rowCount)];
  });
}

export async function repairWorkbook(context: Excel.RequestContext, schema: WorkbookSchema, workbookId: () => string): Promise<RepairResult> {
  try {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name');
    const properties = context.workbook.properties.custom.load('items/key');
    const allTables = context.workbook.tables.load('items/name, items/worksheet/name');
    const layoutCells = schema.cells.map((cell) => ({
      cell, current: context.workbook.worksheets.getItemOrNullObject(cell.sheet).getRange(cell.cell).load('values'),
    }));
    const tables = schema.tables.map((placed) => {
      const found = context.workbook.tables.getItemOrNullObject(placed.table.name);
      found.load('name');
      return {
        placed, found,
        header: found.getHeaderRowRange().load('values, address'),
        body: found.getDataBodyRange().load('rowCount'),
        area: context.workbook.worksheets.getItemOrNullObject(placed.table.sheet).getRange(declaredArea(placed)).load('values'),
      };
    });
    await context.sync();

    const repaired: string[] = [];
    const has = (list: string[], name: string) => list.some((n) => n.toLowerCase() === name.toLowerCase());
    const sheetNames = sheets.items.map((s) => s.name);
    const steps: WriteStep[] = [];
    const recreated = new Set<string>();

    for (const sheet of schema.sheets.filter((s) => !has(sheetNames, s.name))) {
      steps.push(...sheetSteps(sheet, false));
      recreated.add(sheet.name);
      repaired.push(`the ${sheet.name} sheet`);
    }
    const nameList = names.items.map((n) => n.name);
    for (const name of schema.definedNames.filter((n) => !has(nameList, n.name))) {
      steps.push(nameStep(name.name, name.refersTo));
      repaired.push(`the name ${name.name}`);
    }
    const rowCounts = new Map<string, number>();
    const unrestorable: string[] = [];
    for (const { placed, found, header, body, area } of tables) {
      const { table } = placed;
      if (found.isNullObject) {
        const unnamed = allTables.items.find((t) => t.worksheet.name.toLowerCase() === table.sheet.toLowerCase() && /^Table\d+$/.test(t.name));
        if (unnamed) {
          // A create that stopped between adding the table and naming it leaves Excel's default name.
          const defaultName = unnamed.name;
          steps.push({ bytes: 200, queue: (c) => { c.workbook.tables.getItem(defaultName).name = table.name; } });
          repaired.push(`the name of ${table.name}`);
        }
        const rowCount = initialRows(table).length;
        const values = area.isNullObject ? [] : area.values;
        const empty = values.every((row: unknown[]) => row.every((v) => v === '' || v === null));
        const sameHeaders = !empty && table.columns.every((c, i) => String(values[0][i]).toLowerCase() === c.header.toLowerCase());
        if (!empty && !sameHeaders) {
          unrestorable.push(table.name);
          continue;
        }
        steps.push(...(empty ? tableSteps(placed) : [
          ...(unnamed ? [] : retableSteps(placed, rowCount)),
          ...table.columns.flatMap((column) => {
            const letter = columnLetter(columnOf(placed, column.key));
            const bodyAddress = `${letter}${placed.headerRow + 1}:${letter}${placed.headerRow + rowCount}`;
            return columnSteps(table.sheet, letter, bodyAddress, rowCount, column, column.formula ? table.formulas[column.key] : undefined, table.name);
          }),
        ]));
        rowCounts.set(table.name, rowCount);
        repaired.push(`the table ${table.name}`);
        continue;
      }
      rowCounts.set(table.name, body.rowCount);
      const headers = (header.values[0] ?? []).map((h) => String(h));
      const missing = table.columns.filter((c) => !has(headers, c.header));
      for (const column of missing) {
        steps.push({ bytes: 200, queue: (c) => { c.workbook.tables.getItem(table.name).columns.add(undefined, undefined, column.header); } });
        repaired.push(`the ${column.header} column of ${table.name}`);
      }
      const order = [...headers, ...missing.map((c) => c.header)];
      const { sheet, column: firstColumn, row: headerRow } = splitAddress(header.address);
      for (const column of table.columns) {
        const index = order.findIndex((h) => h.toLowerCase() === column.header.toLowerCase());
        const letter = columnLetter(firstColumn + index);
        const bodyAddress = `${letter}${headerRow + 1}:${letter}${headerRow + body.rowCount}`;
        steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(sheet).getRange(bodyAddress).dataValidation.clear(); } });
        steps.push(...columnSteps(sheet, letter, bodyAddress, body.rowCount, column, column.formula ? table.formulas[column.key] : undefined, table.name));
        if (column.formula) repaired.push(`the ${column.header} formulas of ${table.name}`);
      }
    }
    layoutCells.forEach(({ cell, current }) => {
      if (recreated.has(cell.sheet)) {
        steps.push(...cellSteps(cell, {}));
      } else if (cell.formula !== undefined) {
        steps.push({ bytes: cell.formula.length + 200, queue: (c) => { c.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell).formulas = [[`=${cell.formula}`]]; } });
      } else if (cell.input) {
        steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell).dataValidation.clear(); } });
        steps.push(...validationSteps(cell.sheet, cell.cell, cell.input));
      } else if (!current.isNullObject && current.values[0][0] === '') {
        // Labels and list values are ours; only empty cells get them back, so nothing typed is replaced.
        steps.push(...cellSteps(cell, {}));
      }
    });
    steps.push(...highlightSteps(schema, rowCounts));
    const keys = properties.items.map((p) => p.key);
    if (!has(keys, PROPERTY_VERSION)) {
      steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_VERSION, schema.version); } });
      repaired.push('the template version');
    }
    if (!has(keys, PROPERTY_WORKBOOK_ID)) {
      const id = workbookId();
      steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_WORKBOOK_ID, id); } });
    }

    context.application.suspendApiCalculationUntilNextSync();
    context.runtime.enableEvents = false;
    for (const step of steps) step.queue(context);
    const chartSheets = [...new Set(schema.charts.map((c) => c.sheet))];
    const charts = chartSheets.map((sheet) => ({ sheet, items: context.workbook.worksheets.getItem(sheet).charts.load('items/name') }));
    context.runtime.enableEvents = true;
    await context.sync();

    const chartNames = charts.flatMap((c) => c.items.items.map((chart) => chart.name));
    const missingCharts = schema.charts.filter((chart) => !has(chartNames, chartName(chart)));
    if (missingCharts.length > 0) {
      for (const chart of missingCharts) chartStep(chart).queue(context);
      repaired.push(missingCharts.length === 1 ? 'a chart' : `${missingCharts.length} charts`);
      await context.sync();
    }
    const structural = repaired.filter((r) => !r.includes(' formulas of '));
    const message = structural.length === 0 ? excelText.repair.nothing : excelText.repair.done(structural);
    return { repaired, unrestorable, message: unrestorable.length === 0 ? message : `${message} ${excelText.repair.inTheWay(unrestorable)}` };
  } catch (error) {
    throw toHostError(error);
  }
}

/** Where a table stands when created: header row and its first rows. */
function declaredArea({ table, headerRow, firstColumn }: PlacedTable): string {
  return `${cellAddress(firstColumn, headerRow)}:${cellAddress(firstColumn + table.columns.length - 1, headerRow + initialRows(table).length)}`;
}

/** A table a person turned back into a plain range: the same cells made a table again, values untouched. */
function retableSteps(placed: PlacedTable, rowCount: number): WriteStep[] {
  const { table, headerRow, firstColumn } = placed;
  const address = `${cellAddress(firstColumn, headerRow)}:${cellAddress(firstColumn + table.columns.length - 1, headerRow + rowCount)}`;
  return [{ bytes: 200, queue: (c) => {
    const added = c.workbook.worksheets.getItem(table.sheet).tables.add(address, true);
    added.name = table.name;
    added.style = table.style ?? 'TableStyleMedium2';
  } }];
}
