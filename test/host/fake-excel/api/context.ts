/**
 * Excel.RequestContext: queues operations and applies them, in order, only at sync(). Counts
 * every sync with its operations and bytes, injects faults, and raises worksheet events.
 */
import { officeError } from '../errors';
import type { FakeWorkbookState, SheetState } from '../model/state';
import { FakeObject, guard } from './client-object';
import { FakeWorkbook } from './workbook';

export interface SyncStats {
  /** Operations queued in this sync's request. */
  operations: number;
  /** JSON length of the queued operations' payloads. */
  requestBytes: number;
  /** JSON length of the loaded data sent back. */
  responseBytes: number;
}

export interface FakeStats {
  syncs: number;
  /** Operations applied, over all syncs. */
  operations: number;
  perSync: SyncStats[];
}

export interface FiredEvent {
  type: 'WorksheetChanged';
  worksheet: string;
  address: string;
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';
  source: 'Local';
  /** `ThisLocalAddin` when the add-in's own operation made the change. */
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

/** What the contexts of one fake share: the workbook, the counts, the faults and the event handlers. */
export class FakeHost {
  readonly stats: FakeStats = { syncs: 0, operations: 0, perSync: [] };
  readonly eventsFired: FiredEvent[] = [];
  private readonly faults: Array<{ at: number; code: string; message?: string }> = [];
  private reached = 0;
  private readonly handlers = new Map<SheetState, Set<ChangedHandler>>();
  private deliveries: Array<Promise<unknown>> = [];
  private pending: Array<{ sheet: SheetState; event: FiredEvent }> = [];

  constructor(readonly state: FakeWorkbookState) {}

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

  removeHandler(sheet: SheetState, handler: ChangedHandler): void {
    this.handlers.get(sheet)?.delete(handler);
  }

  /** A change Excel reports to the add-in, unless the add-in has turned events off. */
  changed(sheet: SheetState, address: string, changeType: FiredEvent['changeType'], triggerSource: FiredEvent['triggerSource']): void {
    if (!this.state.runtime.enableEvents) return;
    const event: FiredEvent = { type: 'WorksheetChanged', worksheet: sheet.name, address, changeType, source: 'Local', triggerSource };
    this.eventsFired.push(event);
    this.pending.push({ sheet, event });
  }

  /** Handlers run after the request that caused the change has come back, as Office.js delivers events. */
  deliver(): void {
    const pending = this.pending;
    this.pending = [];
    for (const { sheet, event } of pending) {
      for (const handler of this.handlers.get(sheet) ?? []) {
        const args = guard({
          type: event.type, address: event.address, changeType: event.changeType, source: event.source,
          triggerSource: event.triggerSource, worksheetId: sheet.id,
        }, 'WorksheetChangedEventArgs') as unknown as Excel.WorksheetChangedEventArgs;
        this.deliveries.push(Promise.resolve().then(() => handler(args)));
      }
    }
  }

  async flushEvents(): Promise<void> {
    while (this.deliveries.length > 0) {
      const running = this.deliveries;
      this.deliveries = [];
      await Promise.all(running);
    }
  }
}

export class FakeRequestContext implements Pick<Excel.RequestContext, 'workbook' | 'application' | 'runtime' | 'sync'> {
  private _queued: Operation[] = [];
  private _batches = 0;
  private readonly _workbook: FakeWorkbook;
  private readonly _application: FakeApplication;
  private readonly _runtime: FakeRuntime;

  constructor(readonly _host: FakeHost) {
    const context = guard(this, 'RequestContext');
    this._workbook = new FakeWorkbook(context, 'workbook', () => _host.state);
    this._application = new FakeApplication(context, 'application', 'Application', () => _host.state);
    this._runtime = new FakeRuntime(context, 'runtime', 'Runtime', () => _host.state);
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
    this._batches += 1;
    const batch: Batch = { no: this._batches, commits: [], responseBytes: 0 };
    try {
      for (const operation of operations) {
        if (operation.counted) host.reach(operation.label);
        operation.apply(batch);
        if (operation.counted) host.stats.operations += 1;
      }
      // Loaded values arrive only with a successful response.
      batch.commits.forEach((commit) => commit());
      entry.responseBytes = batch.responseBytes;
    } finally {
      host.state.application.calculationSuspended = false;
      host.state.application.screenUpdatingSuspended = false;
      host.deliver();
    }
    return passThroughValue as T;
  }
}

export class FakeApplication extends FakeObject<FakeWorkbookState>
  implements Pick<Excel.Application, 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync'> {
  protected _readers() {
    return {};
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

export class FakeRuntime extends FakeObject<FakeWorkbookState> implements Pick<Excel.Runtime, 'enableEvents' | 'load'> {
  protected _readers() {
    return { enableEvents: (state: FakeWorkbookState) => state.runtime.enableEvents };
  }

  get enableEvents(): boolean {
    return this._read('enableEvents');
  }

  set enableEvents(value: boolean) {
    this._set('enableEvents', value, (state) => { state.runtime.enableEvents = value; });
  }

  load(option?: string | string[] | object): Excel.Runtime {
    return this._load(option) as unknown as Excel.Runtime;
  }
}
