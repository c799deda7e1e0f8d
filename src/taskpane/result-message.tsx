import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { paneText } from '../domain/strings/en/pane';
import { focusIsLost } from './focus-is-lost';
import { FADE_AFTER_MS, FADE_MS } from './message-timing';

/** What a piece of work ended with, said in words. */
export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  text: string;
  /**
   * Said by the pane on its own (a risk numbered while the person types), not in answer to them:
   * it never takes focus, and unless it is an error it fades away after a while.
   */
  automatic?: boolean;
}


const useStyles = makeStyles({
  fading: { opacity: 0, transitionProperty: 'opacity', transitionDuration: `${FADE_MS}ms`, transitionTimingFunction: 'ease-out' },
});

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A result the person can dismiss. One that answers their work takes focus when the control they
 * used is gone (focus would otherwise fall to the page), so a screen reader reads it and Tab goes
 * on from it; after dismissing, focus goes back to where it came from.
 */
export function ResultMessage({ outcome }: { outcome: Outcome | undefined }) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  /** Where focus was before it entered the message, to go back to when the message goes. */
  const cameFrom = useRef<HTMLElement | null>(null);
  const [gone, setGone] = useState<Outcome>();
  const [fading, setFading] = useState<Outcome>();
  /** Pointer over or focus inside: an automatic message waits until the person is done with it. */
  const [held, setHeld] = useState(false);
  const fades = outcome?.automatic === true && outcome.intent !== 'error';

  useEffect(() => {
    cameFrom.current = null;
    if (!outcome || outcome.automatic) return undefined;
    // After the effects of this render (useWork gives focus back to the control still there), so
    // the message takes focus only when nothing else did.
    const later = setTimeout(() => { if (focusIsLost()) bar.current?.focus(); }, 0);
    return () => clearTimeout(later);
  }, [outcome]);
  useEffect(() => {
    if (!outcome || !fades || held) return undefined;
    const timer = setTimeout(() => (reducedMotion() ? setGone(outcome) : setFading(outcome)), FADE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [outcome, fades, held]);
  // Gone when the fade has had its time, by a timer: a pane out of sight runs no transition, so
  // would never hear its end.
  useEffect(() => {
    if (fading === undefined || fading !== outcome) return undefined;
    const timer = setTimeout(() => setGone(fading), FADE_MS);
    return () => clearTimeout(timer);
  }, [fading, outcome]);

  if (!outcome || outcome === gone) return null;

  const dismiss = () => {
    const back = cameFrom.current;
    setGone(outcome);
    if (back?.isConnected) back.focus();
    else document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  };
  const hold = () => {
    setHeld(true);
    setFading(undefined);
  };
  const enter = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !bar.current?.contains(from)) cameFrom.current = from;
    hold();
  };
  const leave = (event: FocusEvent) => {
    if (!bar.current?.contains(event.relatedTarget as Node | null)) setHeld(false);
  };

  return (
    <MessageBar
      ref={bar}
      tabIndex={-1}
      intent={outcome.intent}
      layout="multiline"
      role={outcome.intent === 'error' ? 'alert' : 'status'}
      className={fading === outcome && !held ? styles.fading : undefined}
      onFocus={enter}
      onBlur={leave}
      onMouseEnter={hold}
      onMouseLeave={() => setHeld(false)}
    >
      <MessageBarBody>
        {outcome.title && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
        {outcome.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" size="small" aria-label={paneText.dismiss} icon={<span aria-hidden="true">✕</span>} onClick={dismiss} />}
      />
    </MessageBar>
  );
}

/** A failed piece of work as the person reads it: HostError messages are already plain words. */
export function failure(error: unknown, title: string): Outcome {
  return { intent: 'error', title, text: error instanceof Error ? error.message : String(error) };
}
