/**
 * Runs one piece of Excel work at a time; says it is working only when it takes longer than a
 * glance; and gives focus back to the control that started the work, which was disabled meanwhile
 * (the browser drops focus from a disabled control), so the keyboard does not land on the page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { focusIsLost } from './focus-is-lost';

const SPINNER_AFTER_MS = 300;

export interface Work {
  busy: boolean;
  /** True once the running work has taken longer than SPINNER_AFTER_MS. */
  slow: boolean;
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function useWork(): Work {
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const startedFrom = useRef<HTMLElement | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    const control = startedFrom.current;
    if (busy || !control) return;
    startedFrom.current = null;
    // A control the work removed (Create, Upgrade) leaves focus to the result it said.
    if (control.isConnected && !control.matches(':disabled') && focusIsLost()) control.focus();
  }, [busy]);
  const run = useCallback(async <T,>(task: () => Promise<T>): Promise<T> => {
    startedFrom.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setBusy(true);
    timer.current = setTimeout(() => setSlow(true), SPINNER_AFTER_MS);
    try {
      return await task();
    } finally {
      clearTimeout(timer.current);
      setBusy(false);
      setSlow(false);
    }
  }, []);
  return { busy, slow, run };
}
