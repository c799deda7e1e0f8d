import { dueSoonDays } from '../domain/thresholds';
import { Button, Field, Input, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookData } from '../data';
import { paneText } from '../domain/strings/en/pane';
import { actionsTable } from '../schema/actions';
import { localToday } from '../schema/dates';
import { historyTable } from '../schema/history';
import type { CellValue } from '../schema/rows';
import { dueSoon, OVERDUE, type CollectedAction } from '../scoring';
import { actionCell } from './action-row';
import { formatDay } from './day-format';
import type { WorkbookGateway } from './excel-gateway';
import { ReportSection } from './report-section';
import { failure, ResultMessage, type Outcome } from './result-message';
import { todaySerial } from './today';
import { useWork } from './use-work';

const text = paneText.actions;

/** The three pieces of work this tab starts; each shows its progress and result by its own button. */
type Task = 'collect' | 'save' | 'number';
const SPINNER_LABELS: Record<Task, string> = { collect: text.collecting, save: text.saving, number: text.numbering };

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    width: '100%', minWidth: 0, height: 'auto', justifyContent: 'flex-start', alignItems: 'flex-start', textAlign: 'left',
    whiteSpace: 'normal', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS,
  },
  when: { fontWeight: tokens.fontWeightSemibold },
  date: { whiteSpace: 'nowrap' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  heading: { margin: 0 },
});

const words = (value: CellValue) => (value === null ? '' : String(value));

/** "Overdue", "Due today" or "Due soon"; what, from where and whose; and when, in the person's own date format, kept on one line. */
function describe(action: CollectedAction, today: number): { when: string; what: string; date: string } {
  // dueSoon lists only actions with a due date; the fallback keeps the types honest.
  const due = typeof action.due === 'number' ? action.due : today;
  const when = action.overdue === OVERDUE ? text.overdue : due === today ? text.dueToday : text.dueSoon;
  const what = text.item(words(action.source), words(action.ref), words(action.action), words(action.owner) || text.noOwner);
  return { when, what, date: text.dueOn(formatDay(due)) };
}

interface Props {
  gateway: WorkbookGateway;
  data: WorkbookData | undefined;
  /** Called after work that changed the workbook, so the pane reads it again. */
  onChanged: () => Promise<void>;
}

export function ActionsTab({ gateway, data, onChanged }: Props) {
  const styles = useStyles();
  const work = useWork();
  const [outcomes, setOutcomes] = useState<Partial<Record<Task | 'goTo', Outcome>>>({});
  /** What the last collect found overdue or due soon, and the day it was collected. */
  const [listed, setListed] = useState<{ actions: CollectedAction[]; today: number }>();
  const [label, setLabel] = useState(() => text.defaultSnapshotLabel(localToday()));
  const [doing, setDoing] = useState<Task>('collect');

  const tell = (which: Task | 'goTo', outcome: Outcome | undefined) => setOutcomes((o) => ({ ...o, [which]: outcome }));
  const act = async (which: Task, task: () => Promise<Outcome>) => {
    setOutcomes((o) => ({ ...o, [which]: undefined, goTo: undefined }));
    setDoing(which);
    try {
      tell(which, await work.run(async () => {
        const result = await task();
        await onChanged();
        return result;
      }));
    } catch (error) {
      tell(which, failure(error, paneText.workbook.errorTitle));
    }
  };

  const collect = () => act('collect', async () => {
    const collected = await gateway.collectActions();
    const today = todaySerial();
    setListed({ actions: dueSoon(collected, today, dueSoonDays), today });
    return { intent: 'success', text: text.collected(collected.length, actionsTable.sheet) };
  });
  const save = () => act('save', async () => {
    await gateway.saveSnapshot(label.trim() || text.defaultSnapshotLabel(localToday()));
    return { intent: 'success', text: text.saved(historyTable.sheet) };
  });
  const numberRisks = () => act('number', async () => {
    const ids = await gateway.numberNewRisks();
    return ids.length === 0 ? { intent: 'info', text: text.allNumbered } : { intent: 'success', text: text.numbered(ids) };
  });
  const goTo = async (action: CollectedAction) => {
    tell('goTo', undefined);
    try {
      const cell = actionCell(await gateway.read(), action);
      if (cell) await gateway.goTo(cell.sheet, cell.address);
      else tell('goTo', { intent: 'warning', text: text.notFound(actionsTable.sheet) });
    } catch (error) {
      tell('goTo', failure(error, paneText.workbook.errorTitle));
    }
  };

  /** The spinner and the result stand by the button that started the work. */
  const status = (which: Task) => (
    <>
      {work.slow && doing === which && <Spinner size="small" label={SPINNER_LABELS[which]} />}
      <ResultMessage outcome={outcomes[which]} />
    </>
  );

  if (data !== undefined && Object.keys(data.tables).length === 0) return <Text>{text.noTables}</Text>;
  return (
    <div className={styles.tab}>
      <section className={styles.section} aria-labelledby="due-section">
        <Text as="h2" id="due-section" size={400} weight="semibold" className={styles.heading}>{text.dueSection}</Text>
        <Text>{text.collectIntro}</Text>
        <Text size={200}>{text.collectNote}</Text>
        <Button appearance="primary" disabled={work.busy} onClick={collect}>{text.collect}</Button>
        {status('collect')}
        {listed && (
          <>
            <Text as="h3" size={300} weight="semibold" className={styles.heading}>{text.dueHeading(dueSoonDays)}</Text>
            {listed.actions.length === 0 ? <Text>{text.nothingDue(dueSoonDays)}</Text> : (
              <ul className={styles.list}>
                {listed.actions.map((action, i) => {
                  const { when, what, date } = describe(action, listed.today);
                  return (
                    <li key={`${words(action.source)}-${words(action.ref)}-${i}`}>
                      <Button appearance="subtle" className={styles.item} title={text.goTo} onClick={() => goTo(action)}>
                        <span>
                          <span className={mergeClasses(styles.when, action.overdue === OVERDUE && styles.overdue)}>{when}:</span>
                          {' '}{what}<span className={styles.date}>{date}</span>
                        </span>
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
            <ResultMessage outcome={outcomes.goTo} />
          </>
        )}
      </section>
      <form className={styles.section} aria-labelledby="snapshot-section" onSubmit={(e) => { e.preventDefault(); save(); }}>
        <Text as="h2" id="snapshot-section" size={400} weight="semibold" className={styles.heading}>{text.snapshotSection}</Text>
        <Text>{text.snapshotIntro}</Text>
        <Field label={text.snapshotLabel}>
          <Input value={label} onChange={(_, d) => setLabel(d.value)} />
        </Field>
        <Button type="submit" disabled={work.busy}>{text.saveSnapshot}</Button>
        {status('save')}
      </form>
      <section className={styles.section} aria-labelledby="number-section">
        <Text as="h2" id="number-section" size={400} weight="semibold" className={styles.heading}>{text.numberSection}</Text>
        <Text>{text.numberIntro}</Text>
        <Button disabled={work.busy} onClick={numberRisks}>{text.numberRisks}</Button>
        {status('number')}
      </section>
      <ReportSection gateway={gateway} work={work} />
    </div>
  );
}
