/** What Check, Scores and Actions say on a workbook without our sheets: one line and the way to the Workbook tab. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { paneText } from '../domain/strings/en/pane';

const SAYS = { check: paneText.check.noTables, scores: paneText.scores.noTables, actions: paneText.actions.noTables, raters: paneText.raters.noTables };

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
});

export function NeedsWorkbook({ tab, onOpen }: { tab: keyof typeof SAYS; onOpen: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      <Text>{SAYS[tab]}</Text>
      <Button appearance="primary" onClick={onOpen}>{paneText.workbook.needsWorkbook}</Button>
    </div>
  );
}
