import { Button, Spinner, Text, ToggleButton, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rules, runChecks, type Finding, type Severity } from '../checks';
import { paneText } from '../domain/strings/en/pane';
import { localToday } from '../schema/dates';
import type { WorkbookGateway } from './excel-gateway';
import { FOLD_FROM, groupFindings, type RuleFindings } from './finding-groups';
import { failure, ResultMessage, type Outcome } from './result-message';
import { useWork } from './use-work';

const text = paneText.check;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const describedRule = new Map(rules.map((r) => [r.id, r.description]));
const FORCED = '@media (forced-colors: active)';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  nested: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, paddingLeft: tokens.spacingHorizontalL, listStyleType: 'none' },
  // A stripe in the severity's colour; in forced colours it stays as a border in the system's text colour.
  item: { borderLeft: '4px solid', paddingLeft: tokens.spacingHorizontalXXS, minWidth: 0 },
  finding: {
    width: '100%', minWidth: 0, height: 'auto', justifyContent: 'flex-start', alignItems: 'flex-start', textAlign: 'left',
    whiteSpace: 'normal', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS,
  },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  symbol: { flexShrink: 0, marginRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightBold },
  chevron: { flexShrink: 0, marginRight: tokens.spacingHorizontalXS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  row: {
    color: tokens.colorNeutralForeground2, fontStyle: 'italic',
    display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden',
  },
  // In forced colours the system picks the colours; a pressed filter keeps its own (HighlightText), so its symbol takes that.
  error: { color: tokens.colorStatusDangerForeground2, borderLeftColor: tokens.colorStatusDangerForeground2, [FORCED]: { color: 'inherit' } },
  warning: { color: tokens.colorStatusWarningForeground2, borderLeftColor: tokens.colorStatusWarningForeground2, [FORCED]: { color: 'inherit' } },
  info: { color: tokens.colorNeutralForeground2, borderLeftColor: tokens.colorNeutralStroke1, [FORCED]: { color: 'inherit' } },
  heading: { margin: 0 },
});
type Styles = ReturnType<typeof useStyles>;

interface Props {
  gateway: WorkbookGateway;
  /** The last check's findings, kept by the pane while the workbook is unchanged by it. */
  findings: Finding[] | undefined;
  onChecked: (findings: Finding[]) => void;
  /** Another tab asked to see the findings ("see Check" on Scores): check unless they are on show, and focus the first. */
  showFindings?: boolean;
  /** The request was taken up, so it is not taken up again when the tab is opened later. */
  onFindingsShown?: () => void;
}

export function CheckTab({ gateway, findings, onChecked, showFindings = false, onFindingsShown }: Props) {
  const styles = useStyles();
  const work = useWork();
  const [outcome, setOutcome] = useState<Outcome>();
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const runButton = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const findingList = useRef<HTMLDivElement>(null);
  /** Findings asked for from another tab are to get focus when they are there. */
  const focusPending = useRef(false);

  const { run } = work;
  const check = useCallback(async () => {
    setOutcome(undefined);
    try {
      const found = await run(async () => runChecks(await gateway.read(), { today: localToday() }));
      onChecked(found);
    } catch (error) {
      setOutcome(failure(error, paneText.workbook.errorTitle));
    }
  }, [run, gateway, onChecked]);
  useEffect(() => {
    if (!showFindings) return undefined;
    focusPending.current = true;
    // Focus waits on the Check button while the check runs, so it is never left on the page.
    runButton.current?.focus();
    const start = setTimeout(() => {
      onFindingsShown?.();
      if (findings === undefined) void check();
    });
    return () => clearTimeout(start);
  }, [showFindings, findings, check, onFindingsShown]);
  useEffect(() => {
    if (!focusPending.current || findings === undefined) return;
    focusPending.current = false;
    (findingList.current?.querySelector<HTMLElement>('button') ?? summary.current)?.focus();
  }, [findings]);
  const goTo = async (finding: Finding) => {
    try {
      await gateway.goTo(finding.sheet, finding.cell);
    } catch (error) {
      setOutcome(failure(error, paneText.workbook.errorTitle));
    }
  };
  const toggle = (severity: Severity) => setHidden((was) => {
    const next = new Set(was);
    if (!next.delete(severity)) next.add(severity);
    return next;
  });
  const count = (severity: Severity) => findings?.filter((f) => f.severity === severity).length ?? 0;
  const present = SEVERITIES.filter((s) => count(s) > 0);
  const shown = findings?.filter((f) => !hidden.has(f.severity)) ?? [];
  const hiddenCount = (findings?.length ?? 0) - shown.length;

  return (
    <div className={styles.tab}>
      <Text>{text.intro}</Text>
      <Text size={200}>{text.webDropdownNote}</Text>
      <Button ref={runButton} appearance="primary" disabledFocusable={work.busy} onClick={check}>{findings ? text.again : text.run}</Button>
      {work.slow && <Spinner size="small" label={text.checking} />}
      <ResultMessage outcome={outcome} />
      {findings && (
        <div aria-live="polite" ref={summary} tabIndex={-1}>
          <Text weight="semibold">
            {findings.length === 0 ? text.none : SEVERITIES.filter((s) => s !== 'info' || count(s) > 0)
              .map((s) => `${text.symbol[s]} ${text.count[s](count(s))}`).join('  ')}
          </Text>
        </div>
      )}
      {present.length > 1 && (
        <div role="group" aria-label={text.filterLabel} className={styles.filters}>
          {present.map((severity) => (
            <ToggleButton key={severity} size="small" checked={!hidden.has(severity)} onClick={() => toggle(severity)}>
              <span className={mergeClasses(styles.symbol, styles[severity])} aria-hidden="true">{text.symbol[severity]}</span>
              {text.filter[severity]}
            </ToggleButton>
          ))}
        </div>
      )}
      {findings && findings.length > 0 && shown.length === 0 && <Text>{text.allHidden}</Text>}
      {shown.length > 0 && hiddenCount > 0 && <Text size={200}>{text.hidden(hiddenCount)}</Text>}
      {shown.length > 0 && <div ref={findingList} className={styles.tab}>
      {groupFindings(shown).map((group) => (
        <section key={group.sheet} aria-label={text.findingsOn(group.sheet)}>
          <Text as="h2" size={300} weight="semibold" className={styles.heading}>{group.sheet}</Text>
          <ul className={styles.group}>
            {group.rules.flatMap((ruleFindings) => (ruleFindings.findings.length >= FOLD_FROM
              ? [<FoldedRule key={ruleFindings.rule} group={ruleFindings} onGo={goTo} styles={styles} />]
              : ruleFindings.findings.map((finding, i) => (
                <li key={`${finding.rule}-${finding.cell}-${i}`} className={mergeClasses(styles.item, styles[finding.severity])}>
                  <FindingButton finding={finding} onGo={goTo} styles={styles} />
                </li>
              ))))}
          </ul>
        </section>
      ))}
      </div>}
    </div>
  );
}

/** One finding: its severity in a symbol, a colour and a word; its cell; the row's own words; what is wrong. */
function FindingButton({ finding, onGo, styles }: { finding: Finding; onGo: (finding: Finding) => void; styles: Styles }) {
  return (
    <Button appearance="subtle" className={styles.finding} title={text.goTo} onClick={() => onGo(finding)}>
      <span className={mergeClasses(styles.symbol, styles[finding.severity])} aria-hidden="true">{text.symbol[finding.severity]}</span>
      <span className={styles.body}>
        <span className={mergeClasses(styles.cell, styles[finding.severity])}>{text.severity[finding.severity]}, {finding.cell || finding.sheet}:</span>
        {finding.row !== undefined && <>{' '}<span className={styles.row}>{finding.row}</span></>}
        {' '}<span>{finding.message}</span>
      </span>
    </Button>
  );
}

/** Many findings of one rule as one line that opens (a disclosure): each finding inside still selects its cell. */
function FoldedRule({ group, onGo, styles }: { group: RuleFindings; onGo: (finding: Finding) => void; styles: Styles }) {
  const [open, setOpen] = useState(false);
  const listId = useId('rule-findings-');
  return (
    <li className={mergeClasses(styles.item, styles[group.severity])}>
      <Button appearance="subtle" className={styles.finding} aria-expanded={open}
        aria-controls={open ? listId : undefined} onClick={() => setOpen(!open)}>
        <span className={styles.chevron} aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span className={mergeClasses(styles.symbol, styles[group.severity])} aria-hidden="true">{text.symbol[group.severity]}</span>
        <span className={styles.body}>
          <span className={mergeClasses(styles.cell, styles[group.severity])}>{text.severity[group.severity]}:</span>
          {' '}<span>{text.group(describedRule.get(group.rule) ?? group.rule, group.findings.length)}</span>
        </span>
      </Button>
      {open && (
        <ul id={listId} className={styles.nested}>
          {group.findings.map((finding, i) => (
            <li key={`${finding.cell}-${i}`}>
              <FindingButton finding={finding} onGo={onGo} styles={styles} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
