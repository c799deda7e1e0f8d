/**
 * Create: one sync reads what the workbook already has; if none of our sheets or tables is there,
 * every sheet, table, value, formula, validation, highlight, name, chart, print setting and
 * property is queued and written in one more sync (more only when a request would pass Excel's
 * payload limit). Existing sheets are never overwritten: the result offers Repair instead.
 */
import { excelText } from '../domain/strings/en/excel';
import type { Paper } from '../schema/page-setup';
import type { CellValue, RowEntries } from '../schema/rows';
import { initialRows } from '../schema/rows';
import type { WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';
import { sendRequests } from './send-requests';
import {
  cellSteps, chartStep, conditionalFormatSteps, nameStep, planRequests, propertySteps, REQUEST_BYTE_BUDGET, sheetSteps, tableSteps,
  type WriteStep,
} from './write-steps';

export interface StartDetails {
  workbookId: string;
  /** Start sheet details by key (organisation, partners, collaborationModel …). */
  start?: Record<string, CellValue>;
  /** Rows by table name laid over the template's rows. */
  rows?: Record<string, RowEntries[]>;
  /** The paper every sheet prints on; A4 when not given. */
  paper?: Paper;
}

export type CreateResult =
  | { status: 'created'; message: string; requests: number }
  | { status: 'unsupported'; message: string }
  | { status: 'exists'; message: string; existing: string[] }
  | { status: 'protected'; message: string };

/** The Excel API version every operation here relies on; the manifest asks for the same. */
export const REQUIRED_API = { set: 'ExcelApi', version: '1.9' } as const;

/** Asks Office which API sets this Excel has; outside Office (tests) everything is assumed present. */
export function officeSupports(set: string, version: string): boolean {
  return typeof Office === 'undefined' || Office.context.requirements.isSetSupported(set, version);
}

export async function createWorkbook(context: Excel.RequestContext, schema: WorkbookSchema, details: StartDetails,
  budget = REQUEST_BYTE_BUDGET, supports: (set: string, version: string) => boolean = officeSupports): Promise<CreateResult> {
  if (!supports(REQUIRED_API.set, REQUIRED_API.version)) return { status: 'unsupported', message: excelText.errors.ApiNotFound };
  try {
    const sheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name');
    const protection = context.workbook.protection.load('protected');
    await context.sync();

    const existing = findExisting(schema, sheets.items.map((s) => s.name), tables.items.map((t) => t.name));
    if (existing.length > 0) return { status: 'exists', existing, message: excelText.create.alreadyThere(existing) };
    if (protection.protected) return { status: 'protected', message: excelText.create.workbookProtected };

    const requests = planRequests(createSteps(schema, details), budget);
    await sendRequests(context, requests, { suspendScreen: true });
    return {
      status: 'created', requests: requests.length,
      message: excelText.create.created(schema.sheets.length, schema.tables.length),
    };
  } catch (error) {
    throw toHostError(error);
  }
}

/** Our sheet and table names already in the workbook (compared as Excel does, ignoring case). */
export function findExisting(schema: WorkbookSchema, sheetNames: string[], tableNames: string[]): string[] {
  const has = (names: string[], name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  return [
    ...schema.sheets.filter((s) => has(sheetNames, s.name)).map((s) => `the ${s.name} sheet`),
    ...schema.tables.filter((p) => has(tableNames, p.table.name)).map((p) => `the table ${p.table.name}`),
  ];
}

/** In dependency order: sheets, then names (lists), tables, cells whose formulas use the tables, formats, charts. */
export function createSteps(schema: WorkbookSchema, details: StartDetails): WriteStep[] {
  return [
    ...schema.sheets.flatMap((sheet) => sheetSteps(sheet, false, details.paper)),
    ...schema.definedNames.map((name) => nameStep(name.name, name.refersTo)),
    ...schema.tables.flatMap((placed) => tableSteps(placed, details.rows?.[placed.table.name])),
    ...schema.cells.flatMap((cell) => cellSteps(cell, details.start ?? {})),
    ...schema.conditionalFormats.flatMap((format) => conditionalFormatSteps(schema, format,
      initialRows(format.target.table, details.rows?.[format.target.table.name]).length)),
    ...schema.charts.map(chartStep),
    ...propertySteps(schema, details.workbookId),
    { bytes: 0, queue: (c) => { c.workbook.worksheets.getItem(schema.sheets[0].name).activate(); } },
  ];
}
