import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { runChecks, type Finding } from '../checks';
import { paneText } from '../domain/strings/en/pane';
import { localToday } from '../schema/dates';
import type { WorkbookGateway } from './excel-gateway';
import { failure, ResultMessage, type Outcome } from './result-message';
import { useWork } from './use-work';

const text = paneText.check;
const SEVERITIES: Finding['severity'][] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  finding: {
    width: '100%', minWidth: 0, height: 'auto', justifyContent: 'flex-start', alignItems: 'flex-start', textAlign: 'left',
    whiteSpace: 'normal', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS,
  },
  symbol: { flexShrink: 0, marginRight: tokens.spacingHorizontalXS },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  heading: { margin: 0 },
});

/** Findings by sheet, in the order the sheets first appear among findings sorted errors first. */
export function groupBySheet(findings: Finding[]): Array<{ sheet: string; findings: Finding[] }> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.sheet, [...(groups.get(finding.sheet) ?? []), finding]);
  return [...groups].map(([sheet, items]) => ({ sheet, findings: items }));
}

interface Props {
  gateway: WorkbookGateway;
  /** The last check's findings, kept by the pane while the workbook is unchanged by it. */
  findings: Finding[] | undefined;
  onChecked: (findings: Finding[]) => void;
}

export function CheckTab({ gateway, findings, onChecked }: Props) {
  const styles = useStyles();
  const work = useWork();
  const [outcome, setOutcome] = useState<Outcome>();

  const check = async () => {
    setOutcome(undefined);
    try {
      const found = await work.run(async () => runChecks(await gateway.read(), { today: localToday() }));
      onChecked(found);
    } catch (error) {
      setOutcome(failure(error, paneText.workbook.errorTitle));
    }
  };
  const goTo = async (finding: Finding) => {
    try {
      await gateway.goTo(finding.sheet, finding.cell);
    } catch (error) {
      setOutcome(failure(error, paneText.workbook.errorTitle));
    }
  };
  const count = (severity: Finding['severity']) => findings?.filter((f) => f.severity === severity).length ?? 0;

  return (
    <div className={styles.tab}>
      <Text>{text.intro}</Text>
      <Text size={200}>{text.webDropdownNote}</Text>
      <Button appearance="primary" disabled={work.busy} onClick={check}>{findings ? text.again : text.run}</Button>
      {work.slow && <Spinner size="small" label={text.checking} />}
      <ResultMessage outcome={outcome} />
      {findings && (
        <div aria-live="polite">
          <Text weight="semibold">
            {findings.length === 0 ? text.none : SEVERITIES.filter((s) => s !== 'info' || count(s) > 0)
              .map((s) => `${text.symbol[s]} ${text.count[s](count(s))}`).join('  ')}
          </Text>
        </div>
      )}
      {findings && groupBySheet(findings).map((group) => (
        <section key={group.sheet} aria-label={text.findingsOn(group.sheet)}>
          <Text as="h2" size={300} weight="semibold" className={styles.heading}>{group.sheet}</Text>
          <ul className={styles.group}>
            {group.findings.map((finding, i) => (
              <li key={`${finding.rule}-${finding.cell}-${i}`}>
                <Button appearance="subtle" className={styles.finding} title={text.goTo} onClick={() => goTo(finding)}>
                  <span className={styles.symbol} aria-hidden="true">{text.symbol[finding.severity]}</span>
                  <span>
                    <span className={styles.cell}>{text.severity[finding.severity]}, {finding.cell || finding.sheet}:</span>
                    {finding.message}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
