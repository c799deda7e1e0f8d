/**
 * The ribbon's "Check entries": reads the workbook, runs the checks and reports the counts in a
 * small dialog, without opening the pane.
 */
import { runChecks } from '../checks/run-checks';
import { readWorkbook, toHostError, type RunBatch } from '../excel';
import { localToday } from '../schema/dates';
import { workbookSchema } from '../schema/workbook';

export interface CheckCounts {
  errors: number;
  warnings: number;
  notes: number;
}

/** Reads (one sync for an ordinary workbook) and checks the workbook; a HostError carries a plain message. */
export async function countFindings(run: RunBatch = (batch) => Excel.run(batch), today = localToday()): Promise<CheckCounts> {
  try {
    const findings = await run((context) => readWorkbook(context, workbookSchema).then((data) => runChecks(data, { today })));
    return {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      notes: findings.filter((f) => f.severity === 'info').length,
    };
  } catch (error) {
    throw toHostError(error);
  }
}

/** The dialog page's address with what it should say, on the same origin as the add-in. */
export function resultUrl(base: string, outcome: CheckCounts | { failed: string }): string {
  const url = new URL('check-result.html', base);
  for (const [key, value] of Object.entries(outcome)) url.searchParams.set(key, String(value));
  return url.href;
}

/** The part of Office.context.ui the command uses, so tests can stand in for Office. */
export type DialogOpener = Pick<Office.UI, 'displayDialogAsync'>;

/**
 * Shows the outcome in a dialog and resolves once the dialog is gone: the person chose Close (the
 * page's message), closed it with its X (DialogEventReceived 12006), or it could not open. Office
 * closes a function command's page, and the dialog it opened, when event.completed() is called
 * (Office.AddinCommands.Event.completed), so the command must not complete before this resolves.
 */
export function showResult(ui: DialogOpener, url: string): Promise<void> {
  return new Promise<void>((resolve) => {
    ui.displayDialogAsync(url, { height: 28, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The ribbon's Check entries from click to close: count, show, and only then tell Office it is done. */
export async function checkEntriesCommand(
  event: Pick<Office.AddinCommands.Event, 'completed'>,
  ui: DialogOpener = Office.context.ui,
  count: () => Promise<CheckCounts> = () => countFindings(),
  base = window.location.href,
): Promise<void> {
  try {
    const outcome = await count().catch((error: unknown) => ({ failed: toHostError(error).message }));
    await showResult(ui, resultUrl(base, outcome));
  } finally {
    event.completed();
  }
}
