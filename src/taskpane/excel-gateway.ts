/**
 * The pane's one door to Excel: each operation of src/excel inside its own Excel.run, with any
 * Office.js error turned into a HostError, so components receive plain async functions.
 */
import type { Finding } from '../checks';
import type { WorkbookData } from '../data';
import {
  goToCell, goToColumnStart, HostError, readWorkbook, toHostError, type CreateResult, type NewClientResult, type RepairResult, type UpgradeResult,
} from '../excel';
import { opensNewWorkbooks } from '../excel/new-workbook';
import type { AddedRater } from '../excel/ratings-add-rater';
import type { ImportedForms } from '../excel/ratings-import';
import { paneText } from '../domain/strings/en/pane';
import type { ReturnedForm, Side } from '../forms/returned-form';
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

/** A rater form opened as a new workbook in Excel, or its bytes to offer as a file, or neither possible here. */
export type RaterFormResult = { kind: 'opened' } | { kind: 'file'; name: string; bytes: Uint8Array; notOpened?: true } | { kind: 'nowhere' };

/** Returned forms imported, and the files that could not be read as forms, each with why. */
export type FormsImport = ImportedForms & { unreadable: Array<{ file: string; why: string }> };

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
  /** A rater's rows in tblRatings, one per criterion, for them to rate in the shared workbook. */
  addRater(name: string, side: Side): Promise<AddedRater>;
  /** A rater form made from this workbook, as `partnering form` makes it. */
  makeRaterForm(name: string, side: Side): Promise<RaterFormResult>;
  /** Returned forms, read here in the pane, imported as `partnering merge` imports them. */
  importForms(files: Array<{ name: string; bytes: Uint8Array }>): Promise<FormsImport>;
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
const raterWork = async () => {
  const { installTextCoding } = await import(/* webpackChunkName: "rater-work" */ './text-coding-for-older-edge');
  installTextCoding();
  return import(/* webpackChunkName: "rater-work" */ './rater-work');
};
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
  addRater: async (name, side) => {
    const { addRater } = await raterWork();
    return run((context) => addRater(context, workbookSchema, name, side));
  },
  makeRaterForm: async (name, side) => {
    if (name.trim() === '') throw new HostError('InvalidArgument', paneText.raters.nameMissing);
    const { fillRaterForm, formContent, openAsNewWorkbook } = await raterWork();
    const content = formContent(await run((context) => readWorkbook(context, workbookSchema)), { rater: name.trim(), side, formId: newWorkbookId() });
    if ('problem' in content) throw new HostError('InvalidArgument', sentence(content.problem));
    const bytes = fillRaterForm(await formTemplate(), content);
    const file = { kind: 'file', name: paneText.raters.formFile(name.trim()), bytes } as const;
    if (opensNewWorkbooks((set, version) => Office.context.requirements.isSetSupported(set, version))) {
      try {
        await openAsNewWorkbook(bytes);
        return { kind: 'opened' };
      } catch (error) {
        // Excel on the web has refused it at times with an internal error (office-js issue 3646):
        // where the pane can offer files, the form is not lost.
        if (!canOfferFiles()) throw error;
        return { ...file, notOpened: true };
      }
    }
    return canOfferFiles() ? file : { kind: 'nowhere' };
  },
  importForms: async (files) => {
    const { importRatingForms, readRaterForm, WorkbookReadError } = await raterWork();
    const forms: ReturnedForm[] = [];
    const unreadable: FormsImport['unreadable'] = [];
    for (const file of files) {
      try {
        forms.push(readRaterForm(file.bytes, file.name));
      } catch (error) {
        if (!(error instanceof WorkbookReadError)) throw error;
        unreadable.push({ file: file.name, why: error.message });
      }
    }
    // As with `partnering merge`, a file that is not a readable form stops the whole import: what
    // lands in the workbook never depends on which of the files chosen happened to read.
    if (forms.length === 0 || unreadable.length > 0) return { merged: [], refused: [], invalid: [], sheet: '', unreadable };
    return { ...await run((context) => importRatingForms(context, workbookSchema, forms)), unreadable };
  },
  watch: async (onFindings, onNumbered, onError) => {
    const { excelRun, startLiveChecks } = await automation();
    const live = await startLiveChecks(excelRun, workbookSchema, { today: localToday, onFindings, numberRisks: true, onNumbered, onError });
    return () => live.stop();
  },
};

/** The form's template, among the add-in's own files (webpack.config.js copies it beside the pane). */
async function formTemplate(): Promise<Uint8Array> {
  try {
    const response = await fetch('form-template.xlsx');
    if (!response.ok) throw new Error(String(response.status));
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new HostError('ConnectionFailure', paneText.raters.templateMissing, error);
  }
}

/** A reason written to follow a file name ("the workbook has no …") as a sentence of its own. */
const sentence = (reason: string) => reason.charAt(0).toUpperCase() + reason.slice(1);
