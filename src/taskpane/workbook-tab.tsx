import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, MessageBar, MessageBarActions,
  MessageBarBody, Select, Spinner, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookData } from '../data';
import { paneText } from '../domain/strings/en/pane';
import type { Column } from '../schema/columns';
import { compareVersion } from '../migrate';
import { listNamed } from '../schema/lists';
import { startInputs, workbookSchema } from '../schema/workbook';
import type { WorkbookGateway } from './excel-gateway';
import { failure, ResultMessage, type Outcome } from './result-message';
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
});

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
  const hasTables = data !== undefined && Object.keys(data.tables).length > 0;
  const order = data === undefined ? 'same' : compareVersion(data.templateVersion, workbookSchema.version);

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

  return (
    <div className={styles.tab}>
      {data === undefined ? <Spinner size="small" label={text.reading} />
        : hasTables ? (
          <>
            <Text>{text.templateVersion(data.templateVersion)}</Text>
            {order === 'older' && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{text.upgrade.offer(data.templateVersion, workbookSchema.version)}</MessageBarBody>
                <MessageBarActions>
                  <Button appearance="primary" disabled={work.busy} onClick={upgrade}>{text.upgrade.button}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {order === 'newer' && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{text.upgrade.newer(data.templateVersion as string, workbookSchema.version)}</MessageBarBody>
              </MessageBar>
            )}
            <Text>{text.repairIntro}</Text>
            <div className={styles.section}>
              <Button appearance={order === 'older' ? 'secondary' : 'primary'} disabled={work.busy} onClick={repair}>{text.repair}</Button>
            </div>
            <section className={styles.section} aria-labelledby="new-client-heading">
              <h2 id="new-client-heading" className={styles.heading}>{text.newClient.heading}</h2>
              <Text>{text.newClient.intro}</Text>
              <Button disabled={work.busy} onClick={() => setConfirming(true)}>{text.newClient.button}</Button>
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
        ) : <StartForm disabled={work.busy} onCreate={create} className={styles.form} dropdownClass={styles.dropdown} />}
      {work.slow && <Spinner size="small" label={doing} />}
      <ResultMessage outcome={outcome} />
    </div>
  );
}

function StartForm({ disabled, onCreate, className, dropdownClass }: {
  disabled: boolean; onCreate: (start: Record<string, string>) => void; className: string; dropdownClass: string;
}) {
  const [start, setStart] = useState<Record<string, string>>({});
  const set = (key: string) => (value: string) => setStart((s) => ({ ...s, [key]: value }));
  const field = (input: Column) => (
    <Field key={input.key} label={input.header}>
      {input.list === undefined
        ? <Input value={start[input.key] ?? ''} onChange={(_, d) => set(input.key)(d.value)} />
        : (
          <Select className={dropdownClass} value={start[input.key] ?? ''} onChange={(_, d) => set(input.key)(d.value)}>
            <option value="">{text.choose}</option>
            {listNamed(input.list).values.map(String).map((option) => <option key={option} value={option}>{option}</option>)}
          </Select>
        )}
    </Field>
  );
  return (
    <form className={className} onSubmit={(e) => { e.preventDefault(); onCreate(start); }}>
      <Text>{text.createIntro}</Text>
      {askedAtCreate.map(field)}
      <Button appearance="primary" type="submit" disabled={disabled}>{text.create}</Button>
    </form>
  );
}
