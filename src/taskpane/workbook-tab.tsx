import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, MessageBar, MessageBarActions,
  MessageBarBody, Select, Spinner, Text, makeStyles, tokens, useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { findTable, FoundColumns, type WorkbookData } from '../data';
import { paneText } from '../domain/strings/en/pane';
import type { Column } from '../schema/columns';
import { compareVersion } from '../migrate';
import { listNamed } from '../schema/lists';
import { principlesTable } from '../schema/principles';
import { startInputs, workbookSchema } from '../schema/workbook';
import type { WorkbookGateway } from './excel-gateway';
import { failure, ResultMessage, type Outcome } from './result-message';
import { choiceDescription } from './start-choices';
import { useWork } from './use-work';

const text = paneText.workbook;
const askedAtCreate = startInputs.filter((s) => s.askedAtCreate).map((s) => s.input);

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
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
  /** Set by a Create that worked: focus goes to Go to Principles once it is there. */
  const [justCreated, setJustCreated] = useState(false);
  const goToPrinciplesButton = useRef<HTMLButtonElement>(null);
  const restoreFocusHere = useRestoreFocusTarget();
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
              <Button {...restoreFocusHere} {...(newer ? blocked : { disabledFocusable: work.busy })}
                onClick={newer ? undefined : () => setConfirming(true)}>{text.newClient.button}</Button>
            </section>
            <Dialog open={confirming} modalType="alert" onOpenChange={(_, d) => setConfirming(d.open)}>
              <DialogSurface aria-describedby="new-client-caution">
                <DialogBody>
                  <DialogTitle>{text.newClient.confirmTitle}</DialogTitle>
                  <DialogContent>
                    <p className={styles.paragraph}>{text.newClient.kept}</p>
                    <p className={styles.paragraph}>{text.newClient.cleared}</p>
                    <p className={styles.paragraph} id="new-client-caution"><strong>{text.newClient.caution}</strong></p>
                  </DialogContent>
                  <DialogActions>
                    <DialogTrigger disableButtonEnhancement>
                      <Button autoFocus>{text.newClient.cancel}</Button>
                    </DialogTrigger>
                    <Button appearance="primary" onClick={newClient}>{text.newClient.confirm}</Button>
                  </DialogActions>
                </DialogBody>
              </DialogSurface>
            </Dialog>
          </>
        ) : <StartForm disabled={work.busy} onCreate={create} />}
    </div>
  );
}

function StartForm({ disabled, onCreate }: { disabled: boolean; onCreate: (start: Record<string, string>) => void }) {
  const styles = useStyles();
  const [start, setStart] = useState<Record<string, string>>({});
  const set = (key: string) => (value: string) => setStart((s) => ({ ...s, [key]: value }));
  const hints: Partial<Record<string, string>> = text.hints;
  const field = (input: Column) => {
    const value = start[input.key] ?? '';
    const list = input.list === undefined ? undefined : listNamed(input.list);
    const hint = list && (choiceDescription(list, value) ?? hints[input.key]);
    return (
      <Field key={input.key} label={input.header} hint={hint}>
        {list === undefined
          ? <Input value={value} onChange={(_, d) => set(input.key)(d.value)} />
          : (
            <Select className={styles.dropdown} value={value} onChange={(_, d) => set(input.key)(d.value)}>
              <option value="">{text.choose}</option>
              {list.values.map(String).map((option) => <option key={option} value={option}>{option}</option>)}
            </Select>
          )}
      </Field>
    );
  };
  return (
    <>
      <section className={styles.section} aria-labelledby="steps-heading">
        {text.about.map((line) => <Text key={line}>{line}</Text>)}
        <h2 id="steps-heading" className={styles.heading}>{text.stepsHeading}</h2>
        <ol className={styles.steps}>
          {text.steps.map((step) => <li key={step}><Text>{step}</Text></li>)}
        </ol>
      </section>
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); onCreate(start); }}>
        <Text>{text.createIntro}</Text>
        {askedAtCreate.map(field)}
        <Button appearance="primary" type="submit" disabled={disabled}>{text.create}</Button>
      </form>
    </>
  );
}
