/**
 * An honest fake of the part of the Office.js Excel API the live host uses, for host tests that
 * run with nothing but Node. Objects are proxies: properties need load() and sync(); writes and
 * method calls are queued and applied in order at sync(); every sync is counted with its
 * operations and bytes; any operation can be made to fail with an Office.js error.
 *
 * ```ts
 * const excel = createFakeExcel({ sheets: ['Start'] });
 * await createWorkbook(excel.context, schema, details);
 * expect(excel.stats.syncs).toBe(2);
 * expect(excel.state.value('Start', 'C3')).toBe('Acme Ltd');
 * ```
 */
import { FakeHost, FakeRequestContext, FakeSession, type FakeStats, type FiredEvent } from './api/context';
import { parseRect, rectAddress } from './address';
import { officeError } from './errors';
import { FakeWorkbookState } from './model/state';

export interface FakeExcelOptions {
  /** Sheets the workbook starts with, in order; a new Excel workbook has `Sheet1`. */
  sheets?: string[];
  /** Start from (a copy of) this workbook instead; `sheets` is then ignored. */
  from?: FakeWorkbookState;
  /** The highest ExcelApi requirement set this Excel has (an older Excel: `'1.8'`); the newest when not given. */
  excelApi?: string;
}

/** What Excel.run takes before the batch: options, or the context of an earlier batch to go on with. */
export type FakeRunFirst = Excel.RunOptions | Excel.RequestContext;
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcel {
  /** The fake, typed as the real thing: pass it wherever src/excel takes a context. */
  context: Excel.RequestContext;
  /** The workbook as plain data: set up fixtures and assert on it directly. */
  state: FakeWorkbookState;
  stats: FakeStats;
  /** Office.context.requirements.isSetSupported of this Excel: pass it where src/excel asks. */
  supports(set: string, version: string): boolean;
  /** Worksheet changes Excel reported to this author's add-in (none while its runtime.enableEvents is false). */
  eventsFired: FiredEvent[];
  /** What Microsoft says causes co-authoring conflicts, done while another author had the workbook open. */
  conflicts: string[];
  /**
   * The n-th operation from now (1-based, counted across syncs) fails at sync with this
   * Office.js error code: operations before it in its request are applied, later ones are not.
   */
  failAt(operationIndex: number, code: string, message?: string): void;
  /**
   * Like Excel.run: a fresh context on the same workbook (or the one given, as Excel.run(context, …)
   * goes on with an earlier batch's), synced once more after the batch returns.
   */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(first: FakeRunFirst, batch: Batch<T>): Promise<T>;
  /** Another context on the same workbook, as a second Excel.run would have. */
  newContext(options?: Excel.RunOptions): Excel.RequestContext;
  /** A person edited cells on a sheet in this Excel: every author's onChanged handlers hear of it, if events are on. */
  fireChanged(sheet: string, address: string): void;
  /** How many onChanged handlers this author's add-in has on a sheet: an edit before there is one goes unheard, as in Excel. */
  listening(sheet: string): number;
  /** A person types into a cell and presses Enter: cell-edit mode while typing, then the change event. */
  type(sheet: string, address: string, text: string): void;
  /** A person starts editing a cell and stays in cell-edit mode until endCellEdit. */
  beginCellEdit(sheet: string, address: string): void;
  /** Enter with the text typed, or Esc without. */
  endCellEdit(text?: string): void;
  /** A second person opening the same workbook (on OneDrive or SharePoint) in their own Excel. */
  coauthor(): FakeExcel;
  /** Waits until every event handler that has been called, in every author's add-in, has finished. */
  flushEvents(): Promise<void>;
  /**
   * Excel.createWorkbook(base64): opens an .xlsx as a new workbook. Microsoft's reference
   * (@types/office-js, Excel.createWorkbook) gives it ExcelApi 1.8, so an older Excel refuses it
   * with ApiNotFound; and with extension hardening on, a file whose content is not the .xlsx it is
   * given as is refused, which the fake does always, so a test cannot pass on bytes that are no workbook.
   */
  createWorkbook(base64?: string): Promise<void>;
  /** The workbooks createWorkbook opened, as the bytes given, in order. */
  newWorkbooks: Uint8Array[];
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = options.from ? options.from.clone() : new FakeWorkbookState();
  if (!options.from) for (const name of options.sheets ?? ['Sheet1']) state.addSheet(name);
  const session = new FakeSession(state);
  return authorOf(session, session.join(state.runtime, options.excelApi));
}

function authorOf(session: FakeSession, host: FakeHost): FakeExcel {
  const { state } = session;
  const newContext = (runOptions?: Excel.RunOptions) =>
    new FakeRequestContext(host, runOptions?.delayForCellEdit ?? false) as unknown as Excel.RequestContext;
  async function run<T>(first: FakeRunFirst | Batch<T>, batch?: Batch<T>): Promise<T> {
    const work = (batch ?? first) as Batch<T>;
    let context: Excel.RequestContext;
    if (first instanceof FakeRequestContext) {
      if (first._host !== host) throw new Error('Excel.run was given a context of another Excel.');
      context = first as unknown as Excel.RequestContext;
    } else {
      context = newContext(typeof first === 'function' ? undefined : first as Excel.RunOptions);
    }
    const result = await work(context);
    await context.sync();
    return result;
  }
  const newWorkbooks: Uint8Array[] = [];
  async function createWorkbook(base64?: string): Promise<void> {
    if (!host.supports('ExcelApi', '1.8')) throw officeError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.', 'Excel.createWorkbook');
    const bytes = base64 === undefined ? new Uint8Array() : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    if (base64 !== undefined && !zip) throw officeError('InvalidArgument', 'The file is not an .xlsx workbook.', 'Excel.createWorkbook');
    newWorkbooks.push(bytes);
  }
  return {
    context: newContext(),
    state,
    createWorkbook,
    newWorkbooks,
    stats: host.stats,
    supports: (set, version) => host.supports(set, version),
    eventsFired: host.eventsFired,
    conflicts: session.conflicts,
    failAt: (operationIndex, code, message) => host.failAt(operationIndex, code, message),
    run: run as FakeExcel['run'],
    newContext,
    fireChanged: (sheet, address) => {
      host.changed(state.sheet(sheet), rectAddress(parseRect(address, 'fireChanged')), 'RangeEdited', 'Unknown');
      session.deliver();
    },
    listening: (sheet) => host.handlerCount(state.sheet(sheet)),
    type: (sheet, address, text) => {
      host.beginCellEdit(sheet, address);
      host.endCellEdit(text);
    },
    beginCellEdit: (sheet, address) => host.beginCellEdit(sheet, address),
    endCellEdit: (text) => host.endCellEdit(text),
    coauthor: () => authorOf(session, session.join({ enableEvents: true })),
    flushEvents: () => session.flushEvents(),
  };
}

export { installExcelGlobals, excelEnums } from './globals';
export { FakeOfficeError } from './errors';
export { FakeWorkbookState } from './model/state';
export type {
  CellFormat, CellState, CellValue, ChartSeriesState, ChartState, ConditionalFormatState, CustomPropertyState, DataValidationState,
  FixtureCell, NamedItemState, SheetState, TableColumnState, TableState,
} from './model/state';
export { PAYLOAD_LIMIT_BYTES, type FakeStats, type FiredEvent, type SyncStats } from './api/context';
