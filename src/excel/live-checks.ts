/**
 * Live checks: while the pane is open, edits a person makes on our sheets are checked again
 * shortly after they stop typing (debounced), and the pane's findings stay current. Changes the
 * add-in makes itself are written with events off, and any that still arrive marked as ours are
 * ignored. Two syncs to start listening (find our sheets by their tables, wherever they are now,
 * then add the handlers); per re-check one sync to read, and one more when a risk typed since
 * needed its ID (risk numbering: the next free R-nnn, never renumbering).
 */
import type { Finding } from '../checks/finding';
import { runChecks } from '../checks/run-checks';
import { findTable } from '../data/workbook-data';
import { risksTable } from '../schema/risks';
import type { WorkbookSchema } from '../schema/workbook';
import { toHostError } from './host-error';
import { queueRiskIds } from './automation';
import { readWorkbook } from './read';

/** Runs a batch against Excel, as Excel.run does; tests pass the fake's. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface LiveChecksOptions {
  /** Quiet time after the last edit before checking again. */
  debounceMs?: number;
  today: () => string;
  onFindings: (findings: Finding[]) => void;
  /** Give risks typed without an ID the next free one as part of each re-check. */
  numberRisks?: boolean;
  /** The IDs a re-check gave, in row order. */
  onNumbered?: (ids: string[]) => void;
  onError?: (error: Error) => void;
}

export interface LiveChecks {
  /** Stops listening. */
  stop(): Promise<void>;
}

const DEFAULT_DEBOUNCE_MS = 800;

export async function startLiveChecks(run: RunBatch, schema: WorkbookSchema, options: LiveChecksOptions): Promise<LiveChecks> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const recheck = async () => {
    try {
      const { data, ids } = await run(async (context) => {
        const read = await readWorkbook(context, schema);
        // A workbook whose risk register was deleted is still checked (and told so); it just gets no IDs.
        const given = options.numberRisks && findTable(read, risksTable.name) ? queueRiskIds(context, read) : [];
        if (given.length > 0) await context.sync();
        return { data: read, ids: given };
      });
      if (ids.length > 0) options.onNumbered?.(ids);
      options.onFindings(runChecks(data, { today: options.today() }));
    } catch (error) {
      options.onError?.(toHostError(error));
    }
  };

  const changed = async (event: Excel.WorksheetChangedEventArgs) => {
    if ((event as { triggerSource?: string }).triggerSource === 'ThisLocalAddin') return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; void recheck(); }, debounceMs);
  };

  try {
    const handlers = await run(async (context) => {
      const tables = schema.tables.map((p) => context.workbook.tables.getItemOrNullObject(p.table.name));
      const sheets = tables.map((table) => table.worksheet.load('name'));
      await context.sync();
      const watched = new Map<string, Excel.Worksheet>();
      sheets.forEach((sheet, i) => { if (!tables[i].isNullObject) watched.set(sheet.name, sheet); });
      const added = [...watched.values()].map((sheet) => sheet.onChanged.add(changed));
      await context.sync();
      return added;
    });
    return {
      async stop() {
        if (timer !== undefined) clearTimeout(timer);
        if (handlers.length === 0) return;
        // Handlers are removed through the context that added them, as Office.js requires.
        for (const handler of handlers) handler.remove();
        await handlers[0].context.sync();
      },
    };
  } catch (error) {
    throw toHostError(error);
  }
}
