/**
 * Repair: restores, phase by phase (sheets, names, tables, cells, highlights, properties, charts),
 * what the schema declares and the workbook lacks (sheets, tables, columns,
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
import { DEFAULT_PAPER, type Paper } from '../schema/page-setup';
import { PROPERTY_VERSION, PROPERTY_WORKBOOK_ID } from '../schema/properties';
import { initialRows } from '../schema/rows';
import { columnOf, type WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';
import { sendRequests } from './send-requests';
import { splitAddress } from './read';
import {
  cellSteps, chartName, chartStep, columnSteps, conditionalFormatSteps, declaredPlace, nameStep, planRequests, REQUEST_BYTE_BUDGET, sheetSteps,
  tableSteps, validationSteps, type ColumnPlace, type WriteStep,
} from './write-steps';

export interface RepairResult {
  /** What was missing and is back, worded for the message. */
  repaired: string[];
  /** Tables whose calculated formulas were written again (always, in case a person typed over one). */
  formulasRestored: string[];
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

/** `paper` is what a sheet made again prints on; sheets still there keep their own page set-up. */
export async function repairWorkbook(context: Excel.RequestContext, schema: WorkbookSchema, workbookId: () => string,
  budget = REQUEST_BYTE_BUDGET, paper: Paper = DEFAULT_PAPER): Promise<RepairResult> {
  try {
    const read = queueRead(context, schema);
    await context.sync();

    const sheets = sheetsPhase(schema, read, paper);
    const names = namesPhase(schema, read, sheets);
    const tables = tablesPhase(read, sheets);
    const cells = cellsPhase(read, sheets);
    const properties = propertiesPhase(schema, read, workbookId);
    let charts: Array<{ sheet: string; items: Excel.ChartCollection }> = [];
    // Last, so it lands in the last request, after any sheet it reads was made again.
    const loadCharts: WriteStep = { bytes: 0, queue: (c) => {
      charts = [...new Set(schema.charts.map((chart) => chart.sheet))]
        .map((sheet) => ({ sheet, items: c.workbook.worksheets.getItem(sheets.sheetOf(sheet)).charts.load('items/name') }));
    } };
    // Usually one request; a table of thousands of rows takes one more per 4 MB of formulas and formats.
    await sendRequests(context, planRequests([
      ...sheets.steps, ...names.steps, ...tables.steps, ...cells.steps, ...highlightSteps(schema, tables.places), ...properties.steps, loadCharts,
    ], budget));

    const chartNames = charts.flatMap((c) => c.items.items.map((chart) => chart.name));
    const missingCharts = schema.charts.filter((chart) => !sameNameIn(chartNames, chartName(chart)));
    if (missingCharts.length > 0) {
      for (const chart of missingCharts) chartStep({ ...chart, sheet: sheets.sheetOf(chart.sheet) }).queue(context);
      await context.sync();
    }
    const repaired = [
      ...sheets.repaired, ...names.repaired, ...tables.repaired, ...properties.repaired,
      ...(missingCharts.length > 0 ? [excelText.repair.parts.charts(missingCharts.length)] : []),
    ];
    return {
      repaired,
      formulasRestored: tables.formulasRestored,
      unrestorable: [...tables.inTheWay, ...tables.onRenamedSheets.map((t) => t.table)],
      message: [
        repaired.length === 0 ? excelText.repair.nothing : excelText.repair.done(repaired),
        ...(tables.inTheWay.length > 0 ? [excelText.repair.inTheWay(tables.inTheWay)] : []),
        ...tables.onRenamedSheets.map((t) => excelText.repair.onRenamedSheet(t.table, t.sheet, t.now)),
      ].join(' '),
    };
  } catch (error) {
    throw toHostError(error);
  }
}

const sameNameIn = (list: string[], name: string) => list.some((n) => n.toLowerCase() === name.toLowerCase());

/** Everything Repair looks at, loaded in its first sync. */
function queueRead(context: Excel.RequestContext, schema: WorkbookSchema) {
  return {
    sheets: context.workbook.worksheets.load('items/name'),
    names: context.workbook.names.load('items/name'),
    properties: context.workbook.properties.custom.load('items/key'),
    allTables: context.workbook.tables.load('items/name, items/worksheet/name'),
    // Where our named cells and lists are now: a renamed sheet still carries them.
    anchors: schema.definedNames.filter((n) => n.refersTo.includes('!')).map((n) => ({
      sheet: splitAddress(n.refersTo).sheet, name: n.name,
      range: context.workbook.names.getItemOrNullObject(n.name).getRangeOrNullObject().load('address'),
    })),
    layoutCells: schema.cells.map((cell) => ({
      cell, current: context.workbook.worksheets.getItemOrNullObject(cell.sheet).getRange(cell.cell).load('values'),
    })),
    tables: schema.tables.map((placed) => {
      const found = context.workbook.tables.getItemOrNullObject(placed.table.name);
      found.load('name');
      return {
        placed, found,
        header: found.getHeaderRowRange().load('values, address'),
        body: found.getDataBodyRange().load('rowCount'),
        area: context.workbook.worksheets.getItemOrNullObject(placed.table.sheet).getRange(declaredArea(placed)).load('values'),
      };
    }),
  };
}
type RepairRead = ReturnType<typeof queueRead>;

/** Each declared sheet under the name it has now; a sheet found by neither name, table nor named cell is made again. */
function sheetsPhase(schema: WorkbookSchema, read: RepairRead, paper: Paper) {
  const sheetNames = read.sheets.items.map((s) => s.name);
  const now = new Map<string, string>();
  const renamed = new Set<string>();
  const recreated = new Set<string>();
  const steps: WriteStep[] = [];
  const repaired: string[] = [];
  for (const sheet of schema.sheets) {
    if (sameNameIn(sheetNames, sheet.name)) {
      now.set(sheet.name, sheet.name);
      continue;
    }
    const byTable = schema.tables.filter((p) => p.table.sheet === sheet.name)
      .map((p) => read.allTables.items.find((t) => t.name.toLowerCase() === p.table.name.toLowerCase())?.worksheet.name)
      .find((name) => name !== undefined);
    const byName = read.anchors.filter((a) => a.sheet === sheet.name && !a.range.isNullObject).map((a) => splitAddress(a.range.address).sheet)[0];
    const found = byTable ?? byName;
    if (found !== undefined) {
      now.set(sheet.name, found);
      renamed.add(sheet.name);
      continue;
    }
    steps.push(...sheetSteps(sheet, false, paper));
    now.set(sheet.name, sheet.name);
    recreated.add(sheet.name);
    repaired.push(excelText.repair.parts.sheet(sheet.name));
  }
  return { steps, repaired, renamed, recreated, sheetOf: (declared: string) => now.get(declared) ?? declared };
}
type Sheets = ReturnType<typeof sheetsPhase>;

/** Missing names, and names whose sheet was deleted (still there, referring to #REF!), made again. */
function namesPhase(schema: WorkbookSchema, read: RepairRead, sheets: Sheets) {
  const nameList = read.names.items.map((n) => n.name);
  const broken = new Set(read.anchors.filter((a) => a.range.isNullObject && sameNameIn(nameList, a.name)).map((a) => a.name));
  const steps: WriteStep[] = [];
  const repaired: string[] = [];
  for (const name of schema.definedNames.filter((n) => !sameNameIn(nameList, n.name) || broken.has(n.name))) {
    if (broken.has(name.name)) steps.push({ bytes: 200, queue: (c) => { c.workbook.names.getItem(name.name).delete(); } });
    steps.push(nameStep(name.name, onSheetsNow(name.refersTo, sheets.renamed, sheets.sheetOf)));
    repaired.push(excelText.repair.parts.name(name.name));
  }
  return { steps, repaired };
}

/** Tables made again where their place is free, missing columns added, and every column's formulas, validation and format restored. */
function tablesPhase(read: RepairRead, sheets: Sheets) {
  const steps: WriteStep[] = [];
  const repaired: string[] = [];
  const formulasRestored: string[] = [];
  const places = new Map<string, { at: ColumnPlace; rowCount: number }>();
  const inTheWay: string[] = [];
  const onRenamedSheets: Array<{ table: string; sheet: string; now: string }> = [];
  for (const { placed, found, header, body, area } of read.tables) {
    const { table } = placed;
    if (found.isNullObject) {
      if (sheets.renamed.has(table.sheet)) {
        // The sheet was renamed and the table deleted: its place was not read, so nothing is written over.
        onRenamedSheets.push({ table: table.name, sheet: table.sheet, now: sheets.sheetOf(table.sheet) });
        continue;
      }
      const unnamed = read.allTables.items.find((t) => t.worksheet.name.toLowerCase() === table.sheet.toLowerCase() && /^Table\d+$/.test(t.name));
      if (unnamed) {
        // A create that stopped between adding the table and naming it leaves Excel's default name.
        const defaultName = unnamed.name;
        steps.push({ bytes: 200, queue: (c) => { c.workbook.tables.getItem(defaultName).name = table.name; } });
        repaired.push(excelText.repair.parts.tableName(table.name));
      }
      const rowCount = initialRows(table).length;
      const values = area.isNullObject ? [] : area.values;
      const empty = values.every((row: unknown[]) => row.every((v) => v === '' || v === null));
      const sameHeaders = !empty && table.columns.every((c, i) => String(values[0][i]).toLowerCase() === c.header.toLowerCase());
      if (!empty && !sameHeaders) {
        inTheWay.push(table.name);
        continue;
      }
      steps.push(...(empty ? tableSteps(placed) : [
        ...(unnamed ? [] : retableSteps(placed, rowCount)),
        ...table.columns.flatMap((column) => {
          const letter = columnLetter(columnOf(placed, column.key));
          const bodyAddress = `${letter}${placed.headerRow + 1}:${letter}${placed.headerRow + rowCount}`;
          return columnSteps(table.sheet, letter, bodyAddress, rowCount, column, column.formula ? table.formulas[column.key] : undefined, table);
        }),
      ]));
      places.set(table.name, { at: declaredPlace(placed), rowCount });
      repaired.push(excelText.repair.parts.table(table.name));
      continue;
    }
    const headers = (header.values[0] ?? []).map((h) => String(h));
    const present = new FoundColumns(table, headersFrom(headers));
    const missing = table.columns.filter((c) => !present.has(c.key));
    for (const column of missing) {
      steps.push({ bytes: 200, queue: (c) => { c.workbook.tables.getItem(table.name).columns.add(undefined, undefined, column.header); } });
      repaired.push(excelText.repair.parts.column(column.header, table.name));
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
      steps.push(...columnSteps(sheet, letter, bodyAddress, body.rowCount, column, column.formula ? table.formulas[column.key] : undefined, table));
    }
    if (table.columns.some((c) => c.formula)) formulasRestored.push(table.name);
  }
  return { steps, repaired, formulasRestored, places, inTheWay, onRenamedSheets };
}

/** Cells outside the tables: figure formulas and input checks always, labels only where empty, all of a sheet made again. */
function cellsPhase(read: RepairRead, sheets: Sheets) {
  const steps: WriteStep[] = [];
  for (const { cell, current } of read.layoutCells) {
    const sheet = sheets.sheetOf(cell.sheet);
    if (sheets.recreated.has(cell.sheet)) {
      steps.push(...cellSteps(cell, {}));
    } else if (cell.formula !== undefined) {
      const formula = `=${onSheetsNow(cell.formula, sheets.renamed, sheets.sheetOf)}`;
      steps.push({ bytes: formula.length + 200, queue: (c) => { c.workbook.worksheets.getItem(sheet).getRange(cell.cell).formulas = [[formula]]; } });
    } else if (cell.input) {
      steps.push({ bytes: 200, queue: (c) => { c.workbook.worksheets.getItem(sheet).getRange(cell.cell).dataValidation.clear(); } });
      steps.push(...validationSteps(sheet, cell.cell, cell.input));
    } else if (!sheets.renamed.has(cell.sheet) && !current.isNullObject && current.values[0][0] === '') {
      // Labels and list values are ours; only empty cells get them back, so nothing typed is replaced.
      // (On a renamed sheet they were not read, so they are left as they are.)
      steps.push(...cellSteps(cell, {}));
    }
  }
  return { steps };
}

/** The template version and workbook id, when missing. */
function propertiesPhase(schema: WorkbookSchema, read: RepairRead, workbookId: () => string) {
  const keys = read.properties.items.map((p) => p.key);
  const steps: WriteStep[] = [];
  const repaired: string[] = [];
  if (!sameNameIn(keys, PROPERTY_VERSION)) {
    steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_VERSION, schema.version); } });
    repaired.push(excelText.repair.parts.templateVersion);
  }
  if (!sameNameIn(keys, PROPERTY_WORKBOOK_ID)) {
    const id = workbookId();
    steps.push({ bytes: 200, queue: (c) => { c.workbook.properties.custom.add(PROPERTY_WORKBOOK_ID, id); } });
  }
  return { steps, repaired };
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
