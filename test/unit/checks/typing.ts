/**
 * What a person does to a table: types values into a row, found by its sheet and row number and
 * its columns by the headers they see, wherever those columns stand now. The cell addresses of the
 * findings then read as the person sees them (`Risks!G11` is the Likelihood typed on row 11).
 */
import type { RawValue, TableData, WorkbookData } from '../../../src/data/workbook-data';
import { isoToSerial } from '../../../src/schema/dates';

/** A date as Excel stores it once typed: its serial day number. */
export function day(iso: string): number {
  const serial = isoToSerial(iso);
  if (serial === undefined) throw new Error(`${iso} is not a date.`);
  return serial;
}

/** The same day plus or minus some days. */
export const daysAfter = (iso: string, days: number): number => day(iso) + days;

function tableOn(data: WorkbookData, sheet: string): TableData {
  const table = Object.values(data.tables).find((t) => t.sheet.toLowerCase() === sheet.toLowerCase());
  if (!table) throw new Error(`The test workbook has no table on the ${sheet} sheet.`);
  return table;
}

/** Types the values into the table row on that sheet row; typing over a formula removes it; null clears. */
export function typeRow(data: WorkbookData, sheet: string, row: number, values: Record<string, RawValue>): WorkbookData {
  const next = structuredClone(data);
  const table = tableOn(next, sheet);
  const found = table.rows.find((r) => r.row === row);
  if (!found) throw new Error(`The table on ${sheet} has no row ${row}.`);
  for (const [header, value] of Object.entries(values)) {
    const column = table.columns.find((c) => c.header.trim().toLowerCase() === header.toLowerCase());
    const cell = column && found.cells[column.header];
    if (!cell) throw new Error(`The table on ${sheet} has no ${header} column.`);
    cell.value = value;
    delete cell.formula;
  }
  return next;
}

/** Types the same values into several rows. */
export function typeRows(data: WorkbookData, sheet: string, rows: number[], values: Record<string, RawValue>): WorkbookData {
  return rows.reduce((d, row) => typeRow(d, sheet, row, values), data);
}

/** Applies a person's edits one after another. */
export function edited(data: WorkbookData, ...edits: Array<(d: WorkbookData) => WorkbookData>): WorkbookData {
  return edits.reduce((d, edit) => edit(d), data);
}

/** What a calculated cell shows once its inputs go wrong (an error, say); its formula stays. */
export function showsValue(data: WorkbookData, sheet: string, row: number, header: string, value: RawValue): WorkbookData {
  const next = structuredClone(data);
  const table = tableOn(next, sheet);
  const column = table.columns.find((c) => c.header.toLowerCase() === header.toLowerCase());
  const cell = column && table.rows.find((r) => r.row === row)?.cells[column.header];
  if (!cell) throw new Error(`The table on ${sheet} has no ${header} cell on row ${row}.`);
  cell.value = value;
  return next;
}

/** Types into a named cell such as Organisation (Start!B5); typing over a formula removes it. */
export function typeNamed(data: WorkbookData, name: string, value: RawValue): WorkbookData {
  const next = structuredClone(data);
  const cell = next.names[name];
  if (!cell) throw new Error(`The test workbook has no cell named ${name}.`);
  cell.value = value;
  delete cell.formula;
  return next;
}

/** Edits the formula of a table cell or a named cell in the formula bar. */
export function editFormula(data: WorkbookData, where: { sheet: string; row: number; header: string } | { name: string }, formula: string): WorkbookData {
  const next = structuredClone(data);
  if ('name' in where) {
    const cell = next.names[where.name];
    if (!cell) throw new Error(`The test workbook has no cell named ${where.name}.`);
    cell.formula = formula;
    return next;
  }
  const table = tableOn(next, where.sheet);
  const column = table.columns.find((c) => c.header.toLowerCase() === where.header.toLowerCase());
  const cell = column && table.rows.find((r) => r.row === where.row)?.cells[column.header];
  if (!cell) throw new Error(`The table on ${where.sheet} has no ${where.header} cell on row ${where.row}.`);
  cell.formula = formula;
  return next;
}
