/**
 * A failed read of the workbook, said as what it was: Excel's words for a change ("could not
 * finish the change") would mislead about a read, so only the codes whose words fit are kept.
 */
import { paneText } from '../domain/strings/en/pane';
import { HostError } from '../excel';
import type { Outcome } from './result-message';

const text = paneText.workbook.readFailed;

/** Codes whose message already says what to do about a read (finish editing the cell). */
const WORDS_FIT = new Set(['EditModeNotAllowed', 'InvalidOperationInCellEditMode']);
/** Codes meaning a part the add-in reads is gone or broken, which Repair restores. */
const REPAIRABLE = new Set(['ItemNotFound', 'InvalidArgument']);

export interface ReadFailure {
  outcome: Outcome;
  /** Repair can put right what stopped the read. */
  repairs: boolean;
}

export function readFailure(error: unknown): ReadFailure {
  const code = error instanceof HostError ? error.code : 'GeneralException';
  const words = WORDS_FIT.has(code) && error instanceof Error ? error.message : REPAIRABLE.has(code) ? text.missing : text.other;
  return { outcome: { intent: 'error', title: text.title, text: words }, repairs: REPAIRABLE.has(code) };
}
