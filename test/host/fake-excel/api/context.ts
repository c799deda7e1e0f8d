/**
 * Excel.RequestContext: queues operations and applies them, in order, only at sync(). Counts
 * every sync with its operations and bytes, injects faults, and raises worksheet events.
 */
import { officeError } from '../errors';
import type { FakeWorkbookState, SheetState } from '../model/state';
import { FakeObject, guard } from './client-object';
import { requiredVersion, versionAtLeast } from './requirements';
import { FakeWorkbook } from './workbook';

/** An Excel of today: every requirement set the fake models. */
export const LATEST_EXCEL_API = '1.20';
const API_NOT_FOUND = 'The API you are trying to use could not be found. It may be available in a newer version of Excel.';

export interface SyncStats {
  /** Operations queued in this sync's request. */
  operations: number;
  /** JSON length of the queued operations' payloads. */
  requestBytes: number;
  /** JSON length of the loaded data sent back. */
  responseBytes: number;
  /** Excel refused the request or its response as over the payload limit. */
  tooLarge?: true;
}

export interface FakeStats {
  syncs: number;
  /** Operations applied, over all syncs. */
  operations: number;
  perSync: SyncStats[];
  /** Formula cells whose values were read while Excel had not recalculated after suspended writes. */
  staleReads: number;
}

export interface FiredEvent {
  type: 'WorksheetChanged';
  worksheet: string;
  address: string;
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';
  /**
   * `Remote` when the change came from a co-author's session. On OneDrive and SharePoint every
   * co-author's add-in hears every change (Excel.EventSource: "Remote means event comes from remote
   * user session"; learn.microsoft.com/javascript/api/excel/excel.eventsource).
   */
  source: 'Local' | 'Remote';
  /** `ThisLocalAddin` when this add-in's own operation made the change. */
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

/** One request being applied: which one it is, what to hand back if it all succeeds, and its size. */
export interface Batch {
  no: number;
  commits: Array<() => void>;
  responseBytes: number;
}

export interface Operation {
  label: string;
  payload: unknown;
  /** Lookups made only so isNullObject can be known are not operations of their own. */
  counted: boolean;
  apply(batch: Batch): void;
}

/**
 * One shared workbook and everyone who has it open: each co-author's Excel (a FakeHost) sees the
 * same cells and hears every change, its own as Local and the others' as Remote. The fake merges
 * co-authors' changes at once, as AutoSave does when it has caught up.
 */
export class FakeSession {
  readonly hosts: FakeHost[] = [];
  /**
   * What Microsoft warns causes co-authoring conflicts, recorded when it happens while another
   * author has the workbook open: "calls to the TableRowCollection.add API can cause coauthoring
   * conflicts … Setting the Range values directly below the table automatically expands the table"
   * (Coauthoring in Excel add-ins, learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins).
   */
  readonly conflicts: string[] = [];
  private deliveries: Array<Promise<unknown>> = [];

  constructor(readonly state: FakeWorkbookState) {}

  join(runtime: { enableEvents: boolean }, excelApi = LATEST_EXCEL_API): FakeHost {
    const host = new FakeHost(this, runtime, excelApi);
    this.hosts.push(host);
    return host;
  }

  /** Something only a lone author may do safely; noted as a conflict when others are there. */
  risky(what: string): void {
    if (this.hosts.length > 1) this.conflicts.push(what);
  }

  /** A change made in `from`'s Excel: every session hears of it, unless its add-in turned events off. */
  changed(from: FakeHost, sheet: SheetState, address: string, changeType: FiredEvent['changeType'], triggerSource: FiredEvent['triggerSource']): void {
    for (const host of this.hosts) {
      const local = host === from;
      host.hear(sheet, { type: 'WorksheetChanged', worksheet: sheet.name, address, changeType, source: local ? 'Local' : 'Remote', triggerSource: local ? triggerSource : 'Unknown' });
    }
  }

  deliver(): void {
    for (const host of this.hosts) this.deliveries.push(...host.deliver());
  }

  async flushEvents(): Promise<void> {
    while (this.deliveries.length > 0) {
      const running = this.deliveries;
      this.deliveries = [];
      await Promise.all(running);
    }
  }
}

/** One author's Excel: its counts, its faults, its add-in's event handlers and whether a cell is being edited. */
export class FakeHost {
  readonly stats: FakeStats = { syncs: 0, operations: 0, perSync: [], staleReads: 0 };
  readonly eventsFired: FiredEvent[] = [];
  private readonly faults: Array<{ at: number; code: string; message?: string }> = [];
  private reached = 0;
  private readonly handlers = new Map<SheetState, Set<ChangedHandler>>();
  private pending: Array<{ sheet: SheetState; event: FiredEvent }> = [];
  /** The cell a person is typing in, and what waits for them to finish. */
  private editing: { sheet: string; address: string; finished: Promise<void>; finish: () => void } | undefined;

  /** `excelApi`: the highest ExcelApi requirement set this Excel supports. */
  constructor(readonly session: FakeSession, readonly runtime: { enableEvents: boolean }, readonly excelApi = LATEST_EXCEL_API) {}

  /** Like Office.context.requirements.isSetSupported, for the sets the fake knows. */
  supports(set: string, version: string): boolean {
    return set === 'ExcelApi' && versionAtLeast(this.excelApi, version);
  }

  get state(): FakeWorkbookState {
    return this.session.state;
  }

  failAt(operation: number, code: string, message?: string): void {
    if (!Number.isInteger(operation) || operation < 1) throw new Error('failAt counts operations from 1.');
    this.faults.push({ at: this.reached + operation, code, message });
  }

  /** Counts an operation reached in a request; throws the fault planned for it, if any. */
  reach(label: string): void {
    this.reached += 1;
    const index = this.faults.findIndex((f) => f.at === this.reached);
    if (index < 0) return;
    const [fault] = this.faults.splice(index, 1);
    throw officeError(fault.code, fault.message, label);
  }

  addHandler(sheet: SheetState, handler: ChangedHandler): void {
    if (!this.handlers.has(sheet)) this.handlers.set(sheet, new Set());
    this.handlers.get(sheet)?.add(handler);
  }

  handlerCount(sheet: SheetState): number {
    return this.handlers.get(sheet)?.size ?? 0;
  }

  removeHandler(sheet: SheetState, handler: ChangedHandler): void {
    this.handlers.get(sheet)?.delete(handler);
  }

  /** A change made in this Excel (by the add-in or the person using it): every co-author hears of it. */
  changed(sheet: SheetState, address: string, changeType: FiredEvent['changeType'], triggerSource: FiredEvent['triggerSource']): void {
    this.session.changed(this, sheet, address, changeType, triggerSource);
  }

  hear(sheet: SheetState, event: FiredEvent): void {
    if (!this.runtime.enableEvents) return;
    this.eventsFired.push(event);
    this.pending.push({ sheet, event });
  }

  /** Handlers run after the request that caused the change has come back, as Office.js delivers events. */
  deliver(): Array<Promise<unknown>> {
    const pending = this.pending;
    this.pending = [];
    const running: Array<Promise<unknown>> = [];
    for (const { sheet, event } of pending) {
      for (const handler of this.handlers.get(sheet) ?? []) {
        const args = guard({
          type: event.type, address: event.address, changeType: event.changeType, source: event.source,
          triggerSource: event.triggerSource, worksheetId: sheet.id,
        }, 'WorksheetChangedEventArgs') as unknown as Excel.WorksheetChangedEventArgs;
        running.push(Promise.resolve().then(() => handler(args)));
      }
    }
    return running;
  }

  get cellEditing(): { sheet: string; address: string } | undefined {
    return this.editing && { sheet: this.editing.sheet, address: this.editing.address };
  }

  /** A person starts typing in a cell (double-click, F2, or just typing): Excel is in cell-edit mode. */
  beginCellEdit(sheet: string, address: string): void {
    if (this.editing) throw new Error(`The fake person is already editing ${this.editing.sheet}!${this.editing.address}.`);
    let finish = () => {};
    const finished = new Promise<void>((resolve) => { finish = resolve; });
    this.editing = { sheet, address, finished, finish };
  }

  /** Enter (with the text typed) or Esc (without): Excel leaves cell-edit mode and delayed batches run. */
  endCellEdit(text?: string): void {
    const editing = this.editing;
    if (!editing) throw new Error('The fake person is not editing a cell.');
    this.editing = undefined;
    if (text !== undefined) {
      this.state.typeCell(editing.sheet, editing.address, text);
      this.changed(this.state.sheet(editing.sheet), editing.address, 'RangeEdited', 'Unknown');
      this.session.deliver();
    }
    editing.finish();
  }

  /**
   * A batch reaching Excel while a person edits a cell: "When false, if the user is in cell edit
   * when the batch request is processed by the host, the batch automatically fails. When true, …
   * if the user is in cell edit mode then the batch request is delayed until the user exits cell
   * edit mode" (Excel.RunOptions.delayForCellEdit, learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  async waitForCellEdit(delayForCellEdit: boolean): Promise<void> {
    while (this.editing) {
      if (!delayForCellEdit) {
        throw officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.', 'RequestContext.sync');
      }
      await this.editing.finished;
    }
  }
}

export class FakeRequestContext implements Pick<Excel.RequestContext, 'workbook' | 'application' | 'runtime' | 'sync'> {
  private _queued: Operation[] = [];
  private _batches = 0;
  private readonly _workbook: FakeWorkbook;
  private readonly _application: FakeApplication;
  private readonly _runtime: FakeRuntime;

  /** @param _delayForCellEdit as Excel.run's option: wait while a person edits a cell instead of failing */
  constructor(readonly _host: FakeHost, readonly _delayForCellEdit = false) {
    const context = guard(this, 'RequestContext');
    this._workbook = new FakeWorkbook(context, 'workbook', () => _host.state);
    this._application = new FakeApplication(context, 'application', 'Application', () => _host.state);
    this._runtime = new FakeRuntime(context, 'runtime', 'Runtime', () => _host.runtime);
    return context;
  }

  get workbook(): Excel.Workbook {
    return this._workbook as unknown as Excel.Workbook;
  }

  get application(): Excel.Application {
    return this._application as unknown as Excel.Application;
  }

  get runtime(): Excel.Runtime {
    return this._runtime as unknown as Excel.Runtime;
  }

  _enqueue(operation: Operation): void {
    const needed = requiredVersion(operation.label);
    if (needed !== undefined && !this._host.supports('ExcelApi', needed)) {
      this._queued.push({ ...operation, apply: () => { throw officeError('ApiNotFound', API_NOT_FOUND, operation.label); } });
      return;
    }
    this._queued.push(operation);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const operations = this._queued;
    this._queued = [];
    const host = this._host;
    const counted = operations.filter((o) => o.counted);
    const entry: SyncStats = {
      operations: counted.length,
      requestBytes: counted.reduce((n, o) => n + JSON.stringify(o.payload).length, 0),
      responseBytes: 0,
    };
    host.stats.syncs += 1;
    host.stats.perSync.push(entry);
    // The request is on its way: nothing changes while the caller's code runs on.
    await Promise.resolve();
    await host.waitForCellEdit(this._delayForCellEdit);
    if (entry.requestBytes > PAYLOAD_LIMIT_BYTES) {
      entry.tooLarge = true;
      throw officeError('RequestPayloadSizeLimitExceeded', PAYLOAD_MESSAGE, 'RequestContext.sync');
    }
    this._batches += 1;
    const batch: Batch = { no: this._batches, commits: [], responseBytes: 0 };
    const application = host.state.application;
    try {
      for (const operation of operations) {
        if (operation.counted) host.reach(operation.label);
        operation.apply(batch);
        if (operation.counted) host.stats.operations += 1;
        if (application.calculationSuspended && operation.counted && !operation.label.startsWith('Application.') && !operation.label.endsWith('.load')) {
          application.calculationPending = true;
        }
      }
      entry.responseBytes = batch.responseBytes;
      if (batch.responseBytes > PAYLOAD_LIMIT_BYTES) {
        entry.tooLarge = true;
        throw officeError('RequestPayloadSizeLimitExceeded', PAYLOAD_MESSAGE, 'RequestContext.sync');
      }
      // Loaded values arrive only with a successful response.
      batch.commits.forEach((commit) => commit());
    } finally {
      application.calculationSuspended = false;
      application.screenUpdatingSuspended = false;
      host.session.deliver();
    }
    return passThroughValue as T;
  }
}

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error is
 * triggered if that limit is exceeded" (Resource limits and performance optimization for Office
 * Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The fake measures both as the JSON of what is sent and loaded.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const PAYLOAD_MESSAGE = 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';

const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'];

export class FakeApplication extends FakeObject<FakeWorkbookState>
  implements Pick<Excel.Application, 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync' | 'calculate'> {
  protected _readers() {
    return {};
  }

  /** Brings every formula result up to date: after it, nothing read is stale (the fake has no engine: values stay as cached). */
  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this._call('calculate', calculationType, (state) => {
      if (!CALCULATION_TYPES.includes(String(calculationType))) throw officeError('InvalidArgument', undefined, 'Application.calculate');
      state.application.calculationPending = false;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', null, (state) => {
      state.application.calculationSuspended = true;
      state.application.calculationSuspensions += 1;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', null, (state) => {
      state.application.screenUpdatingSuspended = true;
      state.application.screenUpdatingSuspensions += 1;
    });
  }
}

/** Events on or off for this add-in only: a co-author's add-in goes on hearing every change. */
export class FakeRuntime extends FakeObject<{ enableEvents: boolean }> implements Pick<Excel.Runtime, 'enableEvents' | 'load'> {
  protected _readers() {
    return { enableEvents: (runtime: { enableEvents: boolean }) => runtime.enableEvents };
  }

  get enableEvents(): boolean {
    return this._read('enableEvents');
  }

  set enableEvents(value: boolean) {
    this._set('enableEvents', value, (runtime) => { runtime.enableEvents = value; });
  }

  load(option?: string | string[] | object): Excel.Runtime {
    return this._load(option) as unknown as Excel.Runtime;
  }
}
