/**
 * Live checks: while the pane is open, edits on our sheets are checked again shortly after people
 * stop typing (debounced), and the pane's findings stay current. Changes the add-in makes itself
 * are written with events off, and any that still arrive marked as ours are ignored.
 *
 * On OneDrive and SharePoint every co-author's pane hears every change. Only this person's own
 * (Local) edits lead to writes: a risk they typed gets its ID here; a co-author's (Remote) edit only
 * refreshes the findings, so two panes never write the same cells. IDs are handed out in row order
 * over every risk still without one, so two panes numbering their own rows at once agree.
 *
 * Batches started by events wait while a person is typing in a cell (delayForCellEdit) instead of
 * failing, and a failure of this background work is reported through onError, never swallowed.
 * Two syncs to start listening (find our sheets by their tables, wherever they are now, then add
 * the handlers); per re-check one sync to read, and one more when a risk typed here needed its ID.
 */
import type { Finding } from '../checks/finding';
import { runChecks } from '../checks/run-checks';
import { findTable, type TableData } from '../data/workbook-data';
import { risksTable } from '../schema/risks';
import type { WorkbookSchema } from '../schema/workbook';
import { toHostError, type HostError } from './host-error';
import { queueRiskIds } from './automation';
import { readWorkbook } from './read';

/** Runs a batch against Excel, as Excel.run does; tests pass the fake's. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run with options, or with the context of an earlier batch to go on with (as removing an event handler needs). */
export type RunWith = <T>(first: Excel.RunOptions | Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office's own Excel.run, for the pane. */
export const excelRun: RunWith = (first, batch) => ('sync' in first ? Excel.run(first, batch) : Excel.run(first, batch));

export interface LiveChecksOptions {
  /** Quiet time after the last edit before checking again. */
  debounceMs?: number;
  today: () => string;
  onFindings: (findings: Finding[]) => void;
  /** Give risks typed here without an ID the next free one as part of each re-check. */
  numberRisks?: boolean;
  /** The IDs a re-check gave, in row order. */
  onNumbered?: (ids: string[]) => void;
  /** A re-check that failed, in plain words: the pane shows it. */
  onError: (error: HostError) => void;
}

export interface LiveChecks {
  /** Stops listening. */
  stop(): Promise<void>;
}

const DEFAULT_DEBOUNCE_MS = 800;

/** What changed in this person's own Excel since the last re-check: rows of our tables, by table. */
interface LocalEdit {
  tables: string[];
  address: string;
}

/** The rows of `table` (by index) an edit's address (`B12`, `B12:D14`, `5:7` or `B:B`) reaches. */
function rowsEdited(table: TableData, edits: LocalEdit[]): Set<number> {
  const reached = new Set<number>();
  for (const edit of edits.filter((e) => e.tables.includes(table.name))) {
    const rows = edit.address.split(':').map((part) => /(\d+)$/.exec(part)?.[1]);
    const from = rows[0] === undefined ? 1 : Number(rows[0]);
    const to = rows.at(-1) === undefined ? Number.MAX_SAFE_INTEGER : Number(rows.at(-1));
    table.rows.forEach((row, index) => { if (row.row >= from && row.row <= to) reached.add(index); });
  }
  return reached;
}

export async function startLiveChecks(run: RunWith, schema: WorkbookSchema, options: LiveChecksOptions): Promise<LiveChecks> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let localEdits: LocalEdit[] = [];

  const recheck = async () => {
    const edits = localEdits;
    localEdits = [];
    try {
      const { data, ids } = await run({ delayForCellEdit: true }, async (context) => {
        const read = await readWorkbook(context, schema);
        const risks = findTable(read, risksTable.name);
        // A workbook whose risk register was deleted is still checked (and told so); it just gets no IDs.
        const given = options.numberRisks && risks && edits.length > 0 ? queueRiskIds(context, read, rowsEdited(risks, edits)) : [];
        if (given.length > 0) await context.sync();
        return { data: read, ids: given };
      });
      if (ids.length > 0) options.onNumbered?.(ids);
      options.onFindings(runChecks(data, { today: options.today() }));
    } catch (error) {
      options.onError(toHostError(error));
    }
  };

  const changedOn = (tables: string[]) => async (event: Excel.WorksheetChangedEventArgs) => {
    if ((event as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') return;
    if (event.source !== 'Remote') localEdits.push({ tables, address: event.address });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; void recheck(); }, debounceMs);
  };

  try {
    const handlers = await run({ delayForCellEdit: true }, async (context) => {
      const tables = schema.tables.map((p) => context.workbook.tables.getItemOrNullObject(p.table.name));
      const sheets = tables.map((table) => table.worksheet.load('name'));
      await context.sync();
      const watched = new Map<string, { sheet: Excel.Worksheet; tables: string[] }>();
      sheets.forEach((sheet, i) => {
        if (tables[i].isNullObject) return;
        const entry = watched.get(sheet.name) ?? { sheet, tables: [] };
        entry.tables.push(schema.tables[i].table.name);
        watched.set(sheet.name, entry);
      });
      const added = [...watched.values()].map(({ sheet, tables: on }) => sheet.onChanged.add(changedOn(on)));
      await context.sync();
      return added;
    });
    return {
      async stop() {
        if (timer !== undefined) clearTimeout(timer);
        if (handlers.length === 0) return;
        // "The same RequestContext object that the handler was added in must be used when removing the
        // handler" (OfficeExtension.EventHandlerResult): Excel.run goes on with that context.
        await run(handlers[0].context as Excel.RequestContext, async (context) => {
          for (const handler of handlers) handler.remove();
          await context.sync();
        });
      },
    };
  } catch (error) {
    throw toHostError(error);
  }
}
