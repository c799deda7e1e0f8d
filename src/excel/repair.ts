/**
 * Repair: restores what the schema declares and the workbook lacks (sheets, tables, columns,
 * calculated formulas, validations, highlights, names, figure formulas, charts, properties) and
 * keeps every value a person typed, extra columns and rows included. Three syncs: read what is
 * there, restore structure (and read the charts), add missing charts; restoring the formulas of a
 * table of thousands of rows takes one more sync per 4 MB, so no request passes Excel's limit.
 *
 * A person may have renamed our sheets and moved our columns: a sheet is recognised by its tables
 * or named cells under its new name, and columns are restored where they stand now.
 */
import { FoundColumns, headersFrom } from '../data/found-columns';
import { excelText } from '../domain/strings/en/excel';
import { cellAddress, columnLetter, quoteSheet } from '../schema/address';
import type { PlacedTable } from '../schema/layout';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { initialRows } from '../schema/rows';
import { columnOf, type WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';
import { splitAddress } from './read';
import {
  cellSteps, chartName, chartStep, columnSteps, conditionalFormatSteps, declaredPlace, nameStep, planRequests, REQUEST_BYTE_BUDGET, sheetSteps,
  tableSteps, validationSteps, type ColumnPlace, type WriteStep,
} from './write-steps';

export interface RepairResult {
  repaired: string[];
  /** Tables whose place holds other cells, left for the person to move. */
  unrestorable: string[];
  message: string;
}

/**
 * Highlights are cleared from each formatted column and added again, so repeated repairs never
 * stack copies; only our own columns are touched, where they stand now.
 */
function highlightSteps(schema: WorkbookSchema, places: Map<string, { at: ColumnPlace; rowCount: number }>): WriteStep[] {
  const cleared = new Set<string>();
  return schema.conditionalFormats.flatMap((format) => {
    const place = places.get(format.target.table.name);
    if (!place) return [];
    const { at, rowCount } = place;
    const letter = at.letterOf(format.target.key);
    const address = `${letter}${at.firstRow}:${letter}${at.firstRow + rowCount - 1}`;
    const clear: WriteStep[] = cleared.has(`${at.sheet}!${address}`) ? [] : [{
      bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(at.sheet).getRange(address).conditionalFormats.clearAll(); },
    }];
    cleared.add(`${at.sheet}!${address}`);
    return [...clear, ...conditionalFormatSteps(schema, format, rowCount, at)];
  });
}

export async function repairWorkbook(context: Excel.RequestContext, schema: WorkbookSchema, workbookId: () => string,
  budget = REQUEST_BYTE_BUDGET): Promise<RepairResult> {
  try {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name');
    const properties = context.workbook.properties.custom.load('items/key');
    const allTables = context.workbook.tables.load('items/name, items/worksheet/name');
    // Where our named cells and lists are now: a renamed sheet still carries them.
    const anchors = schema.definedNames.filter((n) => n.refersTo.includes('!')).map((n) => ({
      sheet: splitAddress(n.refersTo).sheet, name: n.name,
      range: context.workbook.names.getItemOrNullObject(n.name).getRangeOrNullObject().load('address'),
    }));
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

    // Each declared sheet under the name it has now; a sheet found by neither name, table nor named cell is recreated.
    const sheetNow = new Map<string, string>();
    const renamed = new Set<string>();
    const recreated = new Set<string>();
    for (const sheet of schema.sheets) {
      if (has(sheetNames, sheet.name)) {
        sheetNow.set(sheet.name, sheet.name);
        continue;
      }
      const byTable = schema.tables.filter((p) => p.table.sheet === sheet.name)
        .map((p) => allTables.items.find((t) => t.name.toLowerCase() === p.table.name.toLowerCase())?.worksheet.name)
        .find((name) => name !== undefined);
      const byName = anchors.filter((a) => a.sheet === sheet.name && !a.range.isNullObject).map((a) => splitAddress(a.range.address).sheet)[0];
      const now = byTable ?? byName;
      if (now !== undefined) {
        sheetNow.set(sheet.name, now);
        renamed.add(sheet.name);
        continue;
      }
      steps.push(...sheetSteps(sheet, false));
      sheetNow.set(sheet.name, sheet.name);
      recreated.add(sheet.name);
      repaired.push(`the ${sheet.name} sheet`);
    }
    const sheetOf = (declared: string) => sheetNow.get(declared) ?? declared;

    const nameList = names.items.map((n) => n.name);
    // A name whose sheet was deleted is still there but refers to #REF!: it is made again.
    const broken = new Set(anchors.filter((a) => a.range.isNullObject && has(nameList, a.name)).map((a) => a.name));
    for (const name of schema.definedNames.filter((n) => !has(nameList, n.name) || broken.has(n.name))) {
      if (broken.has(name.name)) steps.push({ bytes: 200, queue: (c) => { c.workbook.names.getItem(name.name).delete(); } });
      steps.push(nameStep(name.name, onSheetsNow(name.refersTo, renamed, sheetOf)));
      repaired.push(`the name ${name.name}`);
    }
    const places = new Map<string, { at: ColumnPlace; rowCount: number }>();
    const unrestorable: string[] = [];
    const onRenamedSheets: Array<{ table: string; sheet: string; now: string }> = [];
    for (const { placed, found, header, body, area } of tables) {
      const { table } = placed;
      if (found.isNullObject) {
        if (renamed.has(table.sheet)) {
          // The sheet was renamed and the table deleted: its place was not read, so nothing is written over.
          onRenamedSheets.push({ table: table.name, sheet: table.sheet, now: sheetOf(table.sheet) });
          continue;
        }
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
        places.set(table.name, { at: declaredPlace(placed), rowCount });
        repaired.push(`the table ${table.name}`);
        continue;
      }
      const headers = (header.values[0] ?? []).map((h) => String(h));
      const present = new FoundColumns(table, headersFrom(headers));
      const missing = table.columns.filter((c) => !present.has(c.key));
      for (const column of missing) {
        steps.push({ bytes: 200, queue: (c) => { c.workbook.tables.getItem(table.name).columns.add(undefined, undefined, column.header); } });
        repaired.push(`the ${column.header} column of ${table.name}`);
      }
      const order = [...headers, ...missing.map((c) => c.header)];
      const { sheet, column: firstColumn, row: headerRow } = splitAddress(header.address);
      const standing = new FoundColumns(table, headersFrom(order, firstColumn));
      const letterOf = (key: string) => columnLetter(standing.column(key) as number);
      places.set(table.name, { at: { sheet, letterOf, firstRow: headerRow + 1 }, rowCount: body.rowCount });
      for (const column of table.columns) {
        const letter = letterOf(column.key);
        const bodyAddress = `${letter}${headerRow + 1}:${letter}${headerRow + body.rowCount}`;
        steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(sheet).getRange(bodyAddress).dataValidation.clear(); } });
        steps.push(...columnSteps(sheet, letter, bodyAddress, body.rowCount, column, column.formula ? table.formulas[column.key] : undefined, table.name));
        if (column.formula) repaired.push(`the ${column.header} formulas of ${table.name}`);
      }
    }
    layoutCells.forEach(({ cell, current }) => {
      const sheet = sheetOf(cell.sheet);
      if (recreated.has(cell.sheet)) {
        steps.push(...cellSteps(cell, {}));
      } else if (cell.formula !== undefined) {
        const formula = `=${onSheetsNow(cell.formula, renamed, sheetOf)}`;
        steps.push({ bytes: formula.length + 200, queue: (c) => { c.workbook.worksheets.getItem(sheet).getRange(cell.cell).formulas = [[formula]]; } });
      } else if (cell.input) {
        steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(sheet).getRange(cell.cell).dataValidation.clear(); } });
        steps.push(...validationSteps(sheet, cell.cell, cell.input));
      } else if (!renamed.has(cell.sheet) && !current.isNullObject && current.values[0][0] === '') {
        // Labels and list values are ours; only empty cells get them back, so nothing typed is replaced.
        // (On a renamed sheet they were not read, so they are left as they are.)
        steps.push(...cellSteps(cell, {}));
      }
    });
    steps.push(...highlightSteps(schema, places));
    const keys = properties.items.map((p) => p.key);
    if (!has(keys, PROPERTY_VERSION)) {
      steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_VERSION, schema.version); } });
      repaired.push('the template version');
    }
    if (!has(keys, PROPERTY_WORKBOOK_ID)) {
      const id = workbookId();
      steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_WORKBOOK_ID, id); } });
    }

    // Usually one request; a table of thousands of rows takes one more per 4 MB of formulas and formats.
    const requests = planRequests(steps, budget);
    if (requests.length === 0) requests.push([]);
    let charts: Array<{ sheet: string; items: Excel.ChartCollection }> = [];
    for (const [i, request] of requests.entries()) {
      context.application.suspendApiCalculationUntilNextSync();
      context.runtime.enableEvents = false;
      for (const step of request) step.queue(context);
      if (i === requests.length - 1) {
        const chartSheets = [...new Set(schema.charts.map((c) => c.sheet))];
        charts = chartSheets.map((sheet) => ({ sheet, items: context.workbook.worksheets.getItem(sheetOf(sheet)).charts.load('items/name') }));
      }
      context.runtime.enableEvents = true;
      await context.sync();
    }

    const chartNames = charts.flatMap((c) => c.items.items.map((chart) => chart.name));
    const missingCharts = schema.charts.filter((chart) => !has(chartNames, chartName(chart)));
    if (missingCharts.length > 0) {
      for (const chart of missingCharts) chartStep({ ...chart, sheet: sheetOf(chart.sheet) }).queue(context);
      repaired.push(missingCharts.length === 1 ? 'a chart' : `${missingCharts.length} charts`);
      await context.sync();
    }
    const structural = repaired.filter((r) => !r.includes(' formulas of '));
    const message = structural.length === 0 ? excelText.repair.nothing : excelText.repair.done(structural);
    return {
      repaired,
      unrestorable: [...unrestorable, ...onRenamedSheets.map((t) => t.table)],
      message: [
        message,
        ...(unrestorable.length > 0 ? [excelText.repair.inTheWay(unrestorable)] : []),
        ...onRenamedSheets.map((t) => excelText.repair.onRenamedSheet(t.table, t.sheet, t.now)),
      ].join(' '),
    };
  } catch (error) {
    throw toHostError(error);
  }
}

/** A reference or formula written for the declared sheet names, pointed at the sheets as they are named now. */
function onSheetsNow(text: string, renamed: Set<string>, sheetOf: (declared: string) => string): string {
  let result = text;
  for (const declared of renamed) result = result.split(`${quoteSheet(declared)}!`).join(`${quoteSheet(sheetOf(declared))}!`);
  return result;
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
