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

export async function runCheckEntries(): Promise<void> {
  const outcome = await countFindings().catch((error: unknown) => ({ failed: toHostError(error).message }));
  await new Promise<void>((resolve) => {
    Office.context.ui.displayDialogAsync(resultUrl(window.location.href, outcome), { height: 28, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      }
      resolve();
    });
  });
}
