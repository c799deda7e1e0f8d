/**
 * The pane's one door to Excel: each operation of src/excel inside its own Excel.run, with any
 * Office.js error turned into a HostError, so components receive plain async functions.
 */
import type { Finding } from '../checks';
import type { WorkbookData } from '../data';
import {
  goToCell, goToColumnStart, readWorkbook, toHostError, type CreateResult, type HostError, type NewClientResult, type RepairResult, type UpgradeResult,
} from '../excel';
import { localToday } from '../schema/dates';
import type { CellValue } from '../schema/rows';
import { workbookSchema } from '../schema/workbook';
import type { CollectedAction } from '../scoring';
import { canOfferFiles } from './file-offering';
import { officePaper } from './office-paper';
import { todaySerial } from './today';
import { newWorkbookId } from './workbook-id';

export type ReportResult =
  | { kind: 'file'; name: string; bytes: Uint8Array; organisation: string }
  | { kind: 'sheet'; sheet: string; organisation: string };

export interface WorkbookGateway {
  read(): Promise<WorkbookData>;
  /** Start details by key (organisation, partners, relationship, collaborationModel, lifecycleStage). */
  create(start: Record<string, CellValue>): Promise<CreateResult>;
  repair(): Promise<RepairResult>;
  /** Brings a workbook from an older template to the current one, in place. */
  upgrade(): Promise<UpgradeResult>;
  /** Clears this client's entries, keeping the consultant's customisations, with a new workbook id. */
  newClient(): Promise<NewClientResult>;
  goTo(sheet: string, cell: string): Promise<void>;
  /** Selects the first entry of the table's column (by its header now), wherever the table stands. */
  goToColumnStart(table: string, header: string): Promise<void>;
  /** Fills the Actions sheet and returns what it put there, in its order. */
  collectActions(): Promise<CollectedAction[]>;
  saveSnapshot(label: string): Promise<void>;
  /** The IDs given, in the order of the rows. */
  numberNewRisks(): Promise<string[]>;
  /** The report as a .docx to offer for saving, or, where the pane cannot offer files, written to a sheet. */
  createReport(): Promise<ReportResult>;
  /**
   * Re-checks after a person's edits, giving new risks their IDs as it goes, until the returned
   * function is called. A re-check that failed arrives at onError, in plain words, to be shown.
   */
  watch(onFindings: (findings: Finding[]) => void, onNumbered: (ids: string[]) => void,
    onError: (error: HostError) => void): Promise<() => Promise<void>>;
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostError(error);
  }
}

// Code that few openings of the pane need comes in its own script when first used (on-demand.tsx
// says why): building and rewriting sheets, and what watches and numbers an existing workbook's
// entries, which a workbook not yet created does not need.
const writing = () => import(/* webpackChunkName: "workbook-writing" */ './workbook-writing');
const automation = () => import(/* webpackChunkName: "workbook-automation" */ './workbook-automation');
const reportFile = () => import(/* webpackChunkName: "report-making" */ './report-making');
const reportSheet = () => import(/* webpackChunkName: "report-sheet-making" */ './report-sheet-making');

export const excelGateway: WorkbookGateway = {
  read: () => run((context) => readWorkbook(context, workbookSchema)),
  create: async (start) => {
    const { createWorkbook } = await writing();
    return run((context) => createWorkbook(context, workbookSchema, { workbookId: newWorkbookId(), start, paper: officePaper() }));
  },
  repair: async () => {
    const { repairWorkbook } = await writing();
    return run((context) => repairWorkbook(context, workbookSchema, () => newWorkbookId(), undefined, officePaper()));
  },
  upgrade: async () => {
    const { upgradeInPlace } = await writing();
    return run((context) => upgradeInPlace(context, workbookSchema, () => newWorkbookId()));
  },
  newClient: async () => {
    const { startNewClient } = await writing();
    return run((context) => startNewClient(context, workbookSchema, newWorkbookId()));
  },
  goTo: (sheet, cell) => run((context) => goToCell(context, sheet, cell)),
  goToColumnStart: (table, header) => run((context) => goToColumnStart(context, table, header)),
  collectActions: async () => {
    const { collectActionsIntoTable } = await automation();
    return run((context) => collectActionsIntoTable(context, workbookSchema, todaySerial()));
  },
  saveSnapshot: async (label) => {
    const { saveSnapshot } = await automation();
    return run((context) => saveSnapshot(context, workbookSchema, todaySerial(), label));
  },
  numberNewRisks: async () => {
    const { numberNewRisks } = await automation();
    return run((context) => numberNewRisks(context, workbookSchema));
  },
  createReport: async () => {
    if (!canOfferFiles()) {
      const { createReportSheet } = await reportSheet();
      const written = await run((context) => createReportSheet(context, workbookSchema, todaySerial(), officePaper()));
      return { kind: 'sheet', ...written };
    }
    const { reportDocx, reportFileName, reportModel } = await reportFile();
    const model = reportModel(await run((context) => readWorkbook(context, workbookSchema)), todaySerial());
    const bytes = await reportDocx(model, officePaper());
    return { kind: 'file', name: reportFileName(model.organisation, localToday(), 'docx'), bytes, organisation: model.organisation };
  },
  watch: async (onFindings, onNumbered, onError) => {
    const { excelRun, startLiveChecks } = await automation();
    const live = await startLiveChecks(excelRun, workbookSchema, { today: localToday, onFindings, numberRisks: true, onNumbered, onError });
    return () => live.stop();
  },
};
