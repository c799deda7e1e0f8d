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
import { FakeHost, FakeRequestContext, type FakeStats, type FiredEvent } from './api/context';
import { parseRect, rectAddress } from './address';
import { FakeWorkbookState } from './model/state';

export interface FakeExcelOptions {
  /** Sheets the workbook starts with, in order; a new Excel workbook has `Sheet1`. */
  sheets?: string[];
  /** Start from (a copy of) this workbook instead; `sheets` is then ignored. */
  from?: FakeWorkbookState;
}

export interface FakeExcel {
  /** The fake, typed as the real thing: pass it wherever src/excel takes a context. */
  context: Excel.RequestContext;
  /** The workbook as plain data: set up fixtures and assert on it directly. */
  state: FakeWorkbookState;
  stats: FakeStats;
  /** Worksheet changes Excel reported to the add-in (none while runtime.enableEvents is false). */
  eventsFired: FiredEvent[];
  /**
   * The n-th operation from now (1-based, counted across syncs) fails at sync with this
   * Office.js error code: operations before it in its request are applied, later ones are not.
   */
  failAt(operationIndex: number, code: string, message?: string): void;
  /** Like Excel.run: a fresh context on the same workbook, synced once more after the batch returns. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Another context on the same workbook, as a second Excel.run would have. */
  newContext(): Excel.RequestContext;
  /** A person edited cells on a sheet: the add-in's onChanged handlers hear of it, if events are on. */
  fireChanged(sheet: string, address: string): void;
  /** Waits until every event handler that has been called has finished. */
  flushEvents(): Promise<void>;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = options.from ? options.from.clone() : new FakeWorkbookState();
  if (!options.from) for (const name of options.sheets ?? ['Sheet1']) state.addSheet(name);
  const host = new FakeHost(state);
  const newContext = () => new FakeRequestContext(host) as unknown as Excel.RequestContext;
  return {
    context: newContext(),
    state,
    stats: host.stats,
    eventsFired: host.eventsFired,
    failAt: (operationIndex, code, message) => host.failAt(operationIndex, code, message),
    run: async (batch) => {
      const context = newContext();
      const result = await batch(context);
      await context.sync();
      return result;
    },
    newContext,
    fireChanged: (sheet, address) => {
      host.changed(state.sheet(sheet), rectAddress(parseRect(address, 'fireChanged')), 'RangeEdited', 'Unknown');
      host.deliver();
    },
    flushEvents: () => host.flushEvents(),
  };
}

export { installExcelGlobals, excelEnums } from './globals';
export { FakeOfficeError } from './errors';
export { FakeWorkbookState } from './model/state';
export type {
  CellFormat, CellState, CellValue, ChartSeriesState, ChartState, ConditionalFormatState, CustomPropertyState, DataValidationState,
  FixtureCell, NamedItemState, SheetState, TableColumnState, TableState,
} from './model/state';
export type { FakeStats, FiredEvent, SyncStats } from './api/context';
