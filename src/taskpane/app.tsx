import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../checks';
import type { WorkbookData } from '../data';
import { messages } from '../domain/strings/en/messages';
import { paneText } from '../domain/strings/en/pane';
import { localToday } from '../schema/dates';
import type { WorkbookGateway } from './excel-gateway';
import type { HostStatus } from './host-status';
import { NeedsWorkbook } from './needs-workbook';
import { onDemand, OnDemandPart } from './on-demand';
import { ReadFailed } from './read-failed';
import { readFailure, type ReadFailure } from './read-failure';
import { focusIsLost } from './focus-is-lost';
import { failure, ResultMessage, type Outcome } from './result-message';
import { SectionTabs, tabId } from './section-tabs';
import { WorkbookTab } from './workbook-tab';

// The tab shown first comes with the pane; the others when first opened.
const CheckTab = onDemand(() => import(/* webpackChunkName: "check-tab" */ './check-tab').then((m) => m.CheckTab));
const ScoresTab = onDemand(() => import(/* webpackChunkName: "scores-tab" */ './scores-tab').then((m) => m.ScoresTab));
const ActionsTab = onDemand(() => import(/* webpackChunkName: "actions-tab" */ './actions-tab').then((m) => m.ActionsTab));
const RatersTab = onDemand(() => import(/* webpackChunkName: "raters-tab" */ './raters-tab').then((m) => m.RatersTab));
const preloadTab = (tab: TabName) => { if (tab !== 'workbook') ({ check: CheckTab, scores: ScoresTab, actions: ActionsTab, raters: RatersTab })[tab].preload(); };
/** The checks, which only findings already on show (so the Check tab's script, which has them) need here. */
const checking = () => import(/* webpackChunkName: "check-tab" */ '../checks/run-checks');

const useStyles = makeStyles({
  pane: {
    padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM,
    minHeight: '100vh', boxSizing: 'border-box', overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  titleLine: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

type TabName = 'workbook' | 'check' | 'scores' | 'actions' | 'raters';
const TABS: ReadonlyArray<{ value: TabName; text: string }> = (['workbook', 'check', 'scores', 'actions', 'raters'] as const)
  .map((value) => ({ value, text: paneText.tabs[value] }));

interface Props {
  status: HostStatus;
  /** Present when the pane runs in an Excel that has the API the add-in needs. */
  gateway?: WorkbookGateway;
  dark?: boolean;
}

export function App({ status, gateway, dark = false }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.pane}>
        {status === 'excel' && gateway ? <Pane gateway={gateway} /> : (
          <>
            <Header />
            {status === 'outside-office' && <Notice {...messages.outsideOffice} />}
            {status === 'old-excel' && <Notice {...messages.oldExcel} />}
          </>
        )}
      </main>
    </FluentProvider>
  );
}

function Header({ status }: { status?: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titleLine}>
        <Text as="h1" size={400} weight="semibold">{messages.appName}</Text>
        <Text size={200}>{paneText.version(__APP_VERSION__)}</Text>
      </div>
      {status !== undefined && <Text size={200} role="status" aria-label={paneText.status.label}>{status}</Text>}
    </header>
  );
}

function Pane({ gateway }: { gateway: WorkbookGateway }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>('workbook');
  const [data, setData] = useState<WorkbookData>();
  const [findings, setFindings] = useState<Finding[]>();
  const [outcome, setOutcome] = useState<Outcome>();
  /** "see Check" on Scores asked the Check tab to show the findings, and it has not yet. */
  const [findingsAsked, setFindingsAsked] = useState(false);
  /** Why the pane has no copy of the workbook at all: it shows this, with Try again, instead of waiting forever. */
  const [unread, setUnread] = useState<ReadFailure>();
  /**
   * Errors in the entries as the last re-check after an edit found them (the watch checks every
   * edit), so the header's status follows the entries before anyone opens the Check tab.
   */
  const [liveErrors, setLiveErrors] = useState<number>();
  const knowsLiveErrors = useRef(false);
  useEffect(() => { knowsLiveErrors.current = liveErrors !== undefined; }, [liveErrors]);
  /** Whether findings are on show, for callbacks that outlive a render. */
  const showingFindings = useRef(false);
  useEffect(() => { showingFindings.current = findings !== undefined; }, [findings]);

  /** Reads the workbook into the pane's one copy of it; undefined when Excel refused (the pane says why). */
  const read = useCallback(async () => {
    try {
      const found = await gateway.read();
      setData(found);
      setUnread(undefined);
      return found;
    } catch (error) {
      if (data === undefined) setUnread(readFailure(error));
      else setOutcome(failure(error, paneText.workbook.errorTitle));
      return undefined;
    }
  }, [gateway, data]);
  /**
   * After the pane changed the workbook: read it again. Findings on show are checked again on what
   * it reads, so they stay when the work left the entries alone and follow the entries when it did not.
   */
  const refresh = useCallback(async () => {
    const found = await read();
    if (found && (showingFindings.current || knowsLiveErrors.current)) {
      const { runChecks } = await checking();
      const checked = runChecks(found, { today: localToday() });
      setLiveErrors(errorCount(checked));
      if (showingFindings.current) setFindings(checked);
    }
  }, [read]);
  useEffect(() => {
    let current = true;
    gateway.read().then(
      (found) => { if (current) setData(found); },
      (error: unknown) => { if (current) setUnread(readFailure(error)); },
    );
    return () => { current = false; };
  }, [gateway]);

  // Try again or Repair worked: the view with those buttons is gone, so focus goes to the tab.
  const wasUnread = useRef(false);
  useEffect(() => {
    if (wasUnread.current && !unread && focusIsLost()) document.getElementById(`tab-${tab}`)?.focus();
    wasUnread.current = unread !== undefined;
  }, [unread, tab]);
  const openWorkbookTab = () => {
    setTab('workbook');
    document.getElementById('tab-workbook')?.focus();
  };

  const seeCheck = () => {
    setFindingsAsked(true);
    selectTab('check');
    // Until the Check tab's script is there, its tab holds the focus that "see Check" had.
    document.getElementById(tabId('check'))?.focus();
  };

  const selectTab = (next: TabName) => {
    setTab(next);
    // Scores are computed from the entries as they are now, which the person may have edited since.
    if (next === 'scores') void read();
  };

  const hasTables = data !== undefined && Object.keys(data.tables).length > 0;

  // While the pane is open, a risk typed without an ID gets the next free one; once the person has
  // checked, their findings also follow their edits (live checks).
  useEffect(() => {
    if (!hasTables) return undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    gateway.watch(
      (found) => {
        setLiveErrors(errorCount(found));
        if (showingFindings.current) setFindings(found);
      },
      (ids) => setOutcome({ intent: 'info', text: paneText.actions.numbered(ids), automatic: true }),
      (error) => setOutcome({ ...failure(error, paneText.check.liveFailedTitle), automatic: true }),
    ).then((stopWatching) => {
      if (cancelled) void stopWatching(); else stop = stopWatching;
    }, (error: unknown) => { if (!cancelled) setOutcome({ ...failure(error, paneText.check.liveFailedTitle), automatic: true }); });
    return () => {
      cancelled = true;
      void stop?.();
    };
  }, [gateway, hasTables, data]);

  const errors = findings ? errorCount(findings) : liveErrors;
  const status = unread ? paneText.status.readFailed : data === undefined ? paneText.status.reading
    : !hasTables ? paneText.status.notCreated
      : errors !== undefined ? paneText.status.errors(errors) : paneText.status.ready(data.templateVersion);

  return (
    <>
      <Header status={status} />
      <ResultMessage outcome={outcome} />
      <SectionTabs className={styles.tabs} label={paneText.tabs.label} tabs={TABS} selected={tab} onSelect={selectTab} onApproach={preloadTab} />
      <div role="tabpanel" aria-labelledby={tabId(tab)}>
        {unread ? <ReadFailed failure={unread} gateway={gateway} onRead={refresh} />
          : data !== undefined && !hasTables && tab !== 'workbook' ? <NeedsWorkbook tab={tab} onOpen={openWorkbookTab} />
            : (
              <>
                {tab === 'workbook' && <WorkbookTab gateway={gateway} data={data} onChanged={refresh} />}
                <OnDemandPart key={tab}>
                  {tab === 'check' && (
                    <CheckTab gateway={gateway} findings={findings} onChecked={setFindings}
                      showFindings={findingsAsked} onFindingsShown={() => setFindingsAsked(false)} />
                  )}
                  {tab === 'scores' && <ScoresTab data={data} onRefresh={read} onSeeCheck={seeCheck} />}
                  {tab === 'actions' && <ActionsTab gateway={gateway} data={data} onChanged={refresh} />}
                  {tab === 'raters' && <RatersTab gateway={gateway} data={data} onChanged={refresh} />}
                </OnDemandPart>
              </>
            )}
      </div>
    </>
  );
}

const errorCount = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').length;

function Notice({ title, body }: { title: string; body: string }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}
