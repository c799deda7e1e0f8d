import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { WorkbookData } from '../data';
import { scaleBounds } from '../domain/scale';
import { content } from '../domain/strings/en';
import { paneText } from '../domain/strings/en/pane';
import { jointAssessment } from '../scoring';
import { gapSentence, oneDecimal } from './gap-sentence';
import type { Work } from './use-work';
import { barFillStyle, barTrackStyle } from './shared-styles';

const text = paneText.raters;
const [, MAX_LEVEL] = scaleBounds(content.maturityLevels);

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  refresh: { alignSelf: 'flex-start' },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  bar: { display: 'grid', gridTemplateColumns: '5.5em 1fr', alignItems: 'center', gap: tokens.spacingHorizontalS },
  track: barTrackStyle,
  fill: barFillStyle,
  ours: { backgroundColor: tokens.colorBrandBackground },
  partner: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  numbers: { fontVariantNumeric: 'tabular-nums' },
});

const share = (n: number) => `${Math.max(0, Math.min(100, (n / MAX_LEVEL) * 100))}%`;

interface Props {
  data: WorkbookData | undefined;
  /** Reads the workbook again: ratings typed on the sheet since reach the pane's copy only so. */
  onRefresh: () => Promise<unknown>;
  /** The tab's one piece of work at a time. */
  work: Work;
  refreshing: boolean;
}

/** Each principle that has ratings: the sentence, then a bar per side on the maturity scale, each with its figure. */
export function PerceptionGap({ data, onRefresh, work, refreshing }: Props) {
  const styles = useStyles();
  const rated = data === undefined ? [] : jointAssessment(data).principles.filter((p) => p.ours !== null || p.partner !== null);
  return (
    <section className={styles.section} aria-labelledby="gap-section">
      <Text as="h2" id="gap-section" size={400} weight="semibold" className={styles.heading}>{text.gapSection}</Text>
      <Button className={styles.refresh} disabled={work.busy} onClick={onRefresh}>{text.refreshGap}</Button>
      {work.slow && refreshing && <Spinner size="small" label={text.refreshingGap} />}
      {rated.length === 0 ? <Text>{text.noRatings}</Text> : (
        <>
          <Text>{text.gapIntro}</Text>
          <ul className={styles.list}>
            {rated.map((p) => (
              <li key={p.ref} className={styles.row}>
                <Text>{gapSentence(p)}</Text>
                <Bar label={text.oursLabel} score={p.ours} fillClass={styles.ours} />
                <Bar label={text.partnerLabel} score={p.partner} fillClass={styles.partner} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Bar({ label, score, fillClass }: { label: string; score: number | null; fillClass: string }) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Text size={200} className={styles.numbers}>{text.bar(label, score === null ? '–' : oneDecimal(score))}</Text>
      <div className={styles.track} aria-hidden="true">
        {score !== null && <div className={mergeClasses(styles.fill, fillClass)} style={{ width: share(score) }} />}
      </div>
    </div>
  );
}
