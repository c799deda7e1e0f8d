import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookData } from '../checks';
import { paneText } from '../domain/strings/en/pane';
import { workbookText } from '../domain/strings/en/workbook';
import { lists } from '../schema/lists';
import type { WorkbookGateway } from './excel-gateway';
import { failure, ResultMessage, type Outcome } from './result-message';
import { useWork } from './use-work';

const text = paneText.workbook;
const labels = workbookText.details;

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: '100%' },
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
  const hasTables = data !== undefined && Object.keys(data.tables).length > 0;

  const act = async (task: () => Promise<Outcome>) => {
    setOutcome(undefined);
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

  const create = (start: Record<string, string>) => act(async () => {
    const result = await gateway.create(start);
    return result.status === 'created'
      ? { intent: 'success', title: text.doneTitle, text: result.message }
      : { intent: 'warning', title: text.warningTitle, text: result.message };
  });
  const repair = () => act(async () => {
    const result = await gateway.repair();
    return { intent: result.unrestorable.length === 0 ? 'success' : 'warning', title: text.doneTitle, text: result.message };
  });

  return (
    <div className={styles.tab}>
      {data === undefined ? <Spinner size="small" label={text.reading} />
        : hasTables ? (
          <>
            <Text>{text.templateVersion(data.templateVersion)}</Text>
            <Text>{text.repairIntro}</Text>
            <Button appearance="primary" disabled={work.busy} onClick={repair}>{text.repair}</Button>
          </>
        ) : <StartForm disabled={work.busy} onCreate={create} className={styles.form} dropdownClass={styles.dropdown} />}
      {work.slow && <Spinner size="small" label={hasTables ? text.repairing : text.creating} />}
      <ResultMessage outcome={outcome} />
    </div>
  );
}

function StartForm({ disabled, onCreate, className, dropdownClass }: {
  disabled: boolean; onCreate: (start: Record<string, string>) => void; className: string; dropdownClass: string;
}) {
  const [start, setStart] = useState<Record<string, string>>({});
  const set = (key: string) => (value: string) => setStart((s) => ({ ...s, [key]: value }));
  const textField = (key: keyof typeof labels) => (
    <Field label={labels[key]}>
      <Input value={start[key] ?? ''} onChange={(_, d) => set(key)(d.value)} />
    </Field>
  );
  const listField = (key: keyof typeof labels, options: string[]) => (
    <Field label={labels[key]}>
      <Select className={dropdownClass} value={start[key] ?? ''} onChange={(_, d) => set(key)(d.value)}>
        <option value="">{text.choose}</option>
        {options.map((option) => <option key={option} value={option}>{option}</option>)}
      </Select>
    </Field>
  );
  return (
    <form className={className} onSubmit={(e) => { e.preventDefault(); onCreate(start); }}>
      <Text>{text.createIntro}</Text>
      {textField('organisation')}
      {textField('partners')}
      {textField('relationship')}
      {listField('collaborationModel', lists.model.values.map(String))}
      {listField('lifecycleStage', lists.stage.values.map(String))}
      <Button appearance="primary" type="submit" disabled={disabled}>{text.create}</Button>
    </form>
  );
}
