import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { findTable, FoundColumns, type WorkbookData } from '../data';
import { paneText } from '../domain/strings/en/pane';
import { compareVersion } from '../migrate';
import { principlesTable } from '../schema/principles';
import { workbookSchema } from '../schema/workbook';
import type { WorkbookGateway } from './excel-gateway';
import { focusIsLost } from './focus-is-lost';
import { onDemand, OnDemandPart } from './on-demand';
import { failure, ResultMessage, type Outcome } from './result-message';
import { useWork } from './use-work';

const text = paneText.workbook;

// Asked once per workbook or seldom: each comes in its own script when first shown.
const StartForm = onDemand(() => import(/* webpackChunkName: "start-form" */ './start-form').then((m) => m.StartForm));
const NewClientDialog = onDemand(() => import(/* webpackChunkName: "new-client-dialog" */ './new-client-dialog').then((m) => m.NewClientDialog));

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** The declared tables the workbook lacks, by sheet: Repair's work, and the reason it is offered first. */
function missingTables(data: WorkbookData): string[] {
  return workbookSchema.tables.filter(({ table }) => !findTable(data, table.name)).map(({ table }) => table.sheet);
}

/** The Rating header as the workbook spells it now, or undefined when the Principles table or its column is gone. */
function ratingHeader(data: WorkbookData): string | undefined {
  const table = findTable(data, principlesTable.name);
  return table && new FoundColumns(principlesTable, table.columns).header('rating');
}

interface Props {
  gateway: WorkbookGateway;
  data: WorkbookData | undefined;
  /** Called after work that changed the workbook, so the pane reads it again. */
  onChanged: () => Promise<void>;
}

export function WorkbookTab({ gateway, data, onChanged }: Props) {
  const styles = useStyles();
  const work = useWork();
  const [outcome, setOutcome] = useState<Outcome>();
  const [doing, setDoing] = useState('');
  const [confirming, setConfirming] = useState(false);
  // The dialog's script is fetched when first asked for, and the dialog then stays mounted so it can animate closed.
  const [asked, setAsked] = useState(false);
  /** Set by a Create that worked: focus goes to Go to Principles once it is there. */
  const [justCreated, setJustCreated] = useState(false);
  const goToPrinciplesButton = useRef<HTMLButtonElement>(null);
  const newClientButton = useRef<HTMLButtonElement>(null);
  const hasTables = data !== undefined && Object.keys(data.tables).length > 0;
  const order = data === undefined ? 'same' : compareVersion(data.templateVersion, workbookSchema.version);
  const newer = order === 'newer';
  const missing = data === undefined ? [] : missingTables(data);
  const rating = data === undefined ? undefined : ratingHeader(data);

  useEffect(() => {
    if (!justCreated || work.busy || !goToPrinciplesButton.current) return;
    setJustCreated(false);
    goToPrinciplesButton.current.focus();
  }, [justCreated, work.busy, hasTables]);
  // Once the dialog has gone, focus goes back to the button that opened it, as Fluent's focus
  // restorer would (it comes with the focus manager, which the pane's first script leaves out:
  // section-tabs.tsx); while that button is off for the clearing, the result takes it instead.
  const dialogGone = () => { if (focusIsLost()) newClientButton.current?.focus(); };

  const act = async (label: string, task: () => Promise<Outcome>) => {
    setOutcome(undefined);
    setDoing(label);
    try {
      setOutcome(await work.run(async () => {
        const result = await task();
        await onChanged();
        return result;
      }));
    } catch (error) {
      setOutcome(failure(error, text.errorTitle));
    }
  };

  const create = (start: Record<string, string>) => act(text.creating, async () => {
    const result = await gateway.create(start);
    if (result.status === 'created') setJustCreated(true);
    return result.status === 'created'
      ? { intent: 'success', title: text.doneTitle, text: result.message }
      : { intent: 'warning', title: text.warningTitle, text: result.message };
  });
  const repair = () => act(text.repairing, async () => {
    const result = await gateway.repair();
    return { intent: result.unrestorable.length === 0 ? 'success' : 'warning', title: text.doneTitle, text: result.message };
  });
  const upgrade = () => act(text.upgrade.working, async () => {
    const result = await gateway.upgrade();
    return result.status === 'upgraded'
      ? { intent: 'success', title: text.doneTitle, text: result.message }
      : { intent: 'warning', title: text.warningTitle, text: result.message };
  });
  const newClient = () => {
    setConfirming(false);
    return act(text.newClient.working, async () => {
      const result = await gateway.newClient();
      return { intent: 'success', title: text.doneTitle, text: result.message };
    });
  };
  const goToPrinciples = async () => {
    setOutcome(undefined);
    try {
      await gateway.goToColumnStart(principlesTable.name, rating ?? principlesTable.col('rating').header);
    } catch (error) {
      setOutcome(failure(error, text.errorTitle));
    }
  };
  /** The one primary button: Upgrade or Repair when the workbook needs it, else the next step. */
  const primary = order === 'older' ? 'upgrade' : missing.length > 0 && !newer ? 'repair' : 'next';
  /** Off, with the reason read out, on a workbook from a newer template this add-in does not know. */
  const blocked = newer ? { disabledFocusable: true, 'aria-describedby': 'newer-template' } : { disabled: work.busy };

  return (
    <div className={styles.tab}>
      {work.slow && <Spinner size="small" label={doing} />}
      <ResultMessage outcome={outcome} />
      {data === undefined ? <Spinner size="small" label={text.reading} />
        : hasTables ? (
          <>
            {order === 'older' && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{text.upgrade.offer(data.templateVersion, workbookSchema.version)}</MessageBarBody>
                <MessageBarActions>
                  <Button appearance="primary" disabled={work.busy} onClick={upgrade}>{text.upgrade.button}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {newer && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody id="newer-template">{text.upgrade.newer(data.templateVersion as string, workbookSchema.version)}</MessageBarBody>
              </MessageBar>
            )}
            {missing.length > 0 && !newer && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{text.missingParts(missing)}</MessageBarBody>
              </MessageBar>
            )}
            {rating !== undefined && (
              <div className={styles.section}>
                <Text id="next-step">{text.next}</Text>
                <Button ref={goToPrinciplesButton} appearance={primary === 'next' ? 'primary' : 'secondary'} aria-describedby="next-step"
                  disabled={work.busy} onClick={goToPrinciples}>{text.goToPrinciples}</Button>
              </div>
            )}
            <Text>{text.templateVersion(data.templateVersion)}</Text>
            <Text>{text.repairIntro}</Text>
            <div className={styles.section}>
              <Button appearance={primary === 'repair' ? 'primary' : 'secondary'} {...blocked} onClick={newer ? undefined : repair}>{text.repair}</Button>
            </div>
            <section className={styles.section} aria-labelledby="new-client-heading">
              <h2 id="new-client-heading" className={styles.heading}>{text.newClient.heading}</h2>
              <Text>{text.newClient.intro}</Text>
              {/* Focusable while the work runs: the dialog gives focus back to it as it closes on Clear. */}
              <Button ref={newClientButton} {...(newer ? blocked : { disabledFocusable: work.busy })}
                onClick={newer ? undefined : () => { setAsked(true); setConfirming(true); }}>{text.newClient.button}</Button>
            </section>
            {asked && (
              <OnDemandPart>
                <NewClientDialog open={confirming} onOpenChange={setConfirming} onConfirm={newClient} onGone={dialogGone} />
              </OnDemandPart>
            )}
          </>
        ) : <OnDemandPart><StartForm disabled={work.busy} onCreate={create} /></OnDemandPart>}
    </div>
  );
}
