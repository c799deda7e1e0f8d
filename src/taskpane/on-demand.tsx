/**
 * Parts of the pane that few people open at once (the other tabs, the new-client dialog) come in
 * their own scripts, fetched from the pane's own folder the first time they are shown, so the
 * script Excel loads to open the pane stays small (bench/taskpane.js, test/e2e/first-load.test.ts).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import {
  Component, lazy, Suspense, useEffect, useLayoutEffect, useRef, type ComponentType, type LazyExoticComponent, type MutableRefObject, type ReactNode,
} from 'react';
import { paneText } from '../domain/strings/en/pane';

/** The part's script could not be fetched (offline, or the add-in was updated meanwhile). */
class PartNotLoaded extends Error {}

/** React.lazy for a module's named export, with `preload` to fetch it a moment before it is shown. */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> & { preload: () => void } {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () => (loading ??= load().then((part) => ({ default: part }), (error: unknown) => {
    throw new PartNotLoaded(error instanceof Error ? error.message : String(error));
  }));
  // A failed preload is said when the part is shown, by PartFailed.
  return Object.assign(lazy(start), { preload: () => { start().catch(() => undefined); } });
}

/**
 * While the part's script arrives: a labelled spinner; if it cannot arrive: the reason, in words.
 * The spinner is in the Tab order, so a person who presses Tab before the part is there rests on
 * it rather than on the page; when the part arrives, focus that was on the spinner goes to the
 * part's first control (focus anywhere else stays where it is).
 */
export function OnDemandPart({ children }: { children: ReactNode }) {
  const focusOnArrivalRef = useRef(false);
  return (
    <PartFailed>
      <Suspense fallback={<Loading focusOnArrivalRef={focusOnArrivalRef} />}>
        <Arrived focusOnArrivalRef={focusOnArrivalRef}>{children}</Arrived>
      </Suspense>
    </PartFailed>
  );
}

type FocusFlag = MutableRefObject<boolean>;

function Loading({ focusOnArrivalRef }: { focusOnArrivalRef: FocusFlag }) {
  const spinner = useRef<HTMLDivElement>(null);
  // Before the spinner leaves the page, while it can still be asked whether it has focus.
  useLayoutEffect(() => {
    const element = spinner.current;
    return () => { focusOnArrivalRef.current = element !== null && element.contains(document.activeElement); };
  }, [focusOnArrivalRef]);
  return <div ref={spinner} tabIndex={0}><Spinner size="small" label={paneText.part.loading} /></div>;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

function Arrived({ focusOnArrivalRef, children }: { focusOnArrivalRef: FocusFlag; children: ReactNode }) {
  const part = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusOnArrivalRef.current) return;
    focusOnArrivalRef.current = false;
    part.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [focusOnArrivalRef]);
  return <div ref={part} style={{ display: 'contents' }}>{children}</div>;
}

/** A part whose script did not arrive would otherwise blank the whole pane; any other error goes on up as before. */
class PartFailed extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!(error instanceof PartNotLoaded)) throw error;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{paneText.part.failedTitle}</MessageBarTitle>
          {paneText.part.failed}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
