/** Runs one piece of Excel work at a time; says it is working only when it takes longer than a glance. */
import { useCallback, useEffect, useRef, useState } from 'react';

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
  useEffect(() => () => clearTimeout(timer.current), []);
  const run = useCallback(async <T,>(task: () => Promise<T>): Promise<T> => {
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
