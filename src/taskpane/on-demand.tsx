/**
 * Parts of the pane that few people open at once (the other tabs, the new-client dialog) come in
 * their own scripts, fetched from the pane's own folder the first time they are shown, so the
 * script Excel loads to open the pane stays small (bench/taskpane.js, test/e2e/first-load.test.ts).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
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

/** While the part's script arrives: a labelled spinner; if it cannot arrive: the reason, in words. */
export function OnDemandPart({ children }: { children: ReactNode }) {
  return (
    <PartFailed>
      <Suspense fallback={<Spinner size="small" label={paneText.part.loading} />}>{children}</Suspense>
    </PartFailed>
  );
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
