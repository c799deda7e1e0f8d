/**
 * What the pane shows when it could not read the workbook at all: what happened in words, and the
 * way on (Try again; Repair when a missing part stopped the read), instead of a spinner that never stops.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { paneText } from '../domain/strings/en/pane';
import type { WorkbookGateway } from './excel-gateway';
import type { ReadFailure } from './read-failure';
import { failure, ResultMessage, type Outcome } from './result-message';
import { useWork } from './use-work';

const text = paneText.workbook;

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  failure: ReadFailure;
  gateway: WorkbookGateway;
  /** Reads the workbook again; the pane leaves this view once a read works. */
  onRead: () => Promise<void>;
}

export function ReadFailed({ failure: { outcome, repairs }, gateway, onRead }: Props) {
  const styles = useStyles();
  const work = useWork();
  const [doing, setDoing] = useState('');
  const [repairOutcome, setRepairOutcome] = useState<Outcome>();

  const retry = async () => {
    setDoing(text.readFailed.retrying);
    await work.run(onRead);
  };
  const repair = async () => {
    setDoing(text.repairing);
    setRepairOutcome(undefined);
    try {
      await work.run(async () => {
        await gateway.repair();
        await onRead();
      });
    } catch (error) {
      setRepairOutcome(failure(error, text.errorTitle));
    }
  };

  return (
    <div className={styles.tab}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{outcome.title}</MessageBarTitle>
          {outcome.text}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance={repairs ? 'secondary' : 'primary'} disabled={work.busy} onClick={retry}>{text.readFailed.retry}</Button>
          {repairs && <Button appearance="primary" disabled={work.busy} onClick={repair}>{text.repair}</Button>}
        </MessageBarActions>
      </MessageBar>
      {work.slow && <Spinner size="small" label={doing} />}
      <ResultMessage outcome={repairOutcome} />
    </div>
  );
}
