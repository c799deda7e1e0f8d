import { Button, Link, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookData } from '../data';
import { scaleBounds, scaleValues } from '../domain/scale';
import { content } from '../domain/strings/en';
import { paneText } from '../domain/strings/en/pane';
import { bandColours } from '../schema/palette';
import { levelReached, workbookScores, type PrincipleScore } from '../scoring';
import { useWork } from './use-work';
import { barFillStyle, barTrackStyle, FORCED_COLOURS } from './shared-styles';

const text = paneText.scores;
const [, MAX_LEVEL] = scaleBounds(content.maturityLevels);

/** In forced colours (Windows high contrast) fills are dropped: bars take the system's highlight, marks its text colour. */

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figures: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  figure: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  big: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  track: barTrackStyle,
  fill: barFillStyle,
  target: {
    position: 'absolute', top: '-3px', bottom: '-3px', width: '2px', backgroundColor: tokens.colorNeutralForeground1,
    [FORCED_COLOURS]: { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
  numbers: { fontVariantNumeric: 'tabular-nums' },
  unreadable: { color: tokens.colorStatusDangerForeground2 },
  // Underlined, so it reads as a way on within the red sentence; in forced colours in the system's link colour.
  seeCheck: { fontSize: 'inherit', textDecorationLine: 'underline', [FORCED_COLOURS]: { color: 'LinkText' } },
  risk: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: {
    width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}`,
    // The colour is kept, framed in the system's text colour, so the swatch still matches the bars and the sheet.
    [FORCED_COLOURS]: { forcedColorAdjust: 'none', border: '1px solid CanvasText' },
  },
  targetMark: {
    width: '2px', height: '14px', flexShrink: 0, marginLeft: '5px', marginRight: '5px', backgroundColor: tokens.colorNeutralForeground1,
    [FORCED_COLOURS]: { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
  heading: { margin: 0 },
});
type Styles = ReturnType<typeof useStyles>;

/** One colour per maturity level, lowest first: no two levels look alike (Established and Optimising were one green). */
const LEVEL_COLOURS = [
  tokens.colorPaletteRedBackground3, tokens.colorPaletteDarkOrangeBackground3, tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteLightGreenBackground3, tokens.colorPaletteGreenBackground3,
];
/** The levels above the lowest: a score reaching each one moves a colour along. */
const LEVEL_STEPS = scaleValues(content.maturityLevels).slice(1);
if (LEVEL_COLOURS.length !== LEVEL_STEPS.length + 1) throw new Error('The pane needs one colour for each maturity level.');

/** Red → amber → green over the maturity scale; the level name stands beside, so colour never carries meaning alone. */
function levelColour(score: number): string {
  return LEVEL_COLOURS[LEVEL_STEPS.filter((level) => score >= level).length];
}

const twoDecimals = (n: number | null) => (n === null ? '–' : n.toFixed(2));
const whole = (n: number | null) => (n === null ? '–' : String(n));
const share = (n: number) => `${Math.max(0, Math.min(100, (n / MAX_LEVEL) * 100))}%`;

interface Props {
  /** The pane's copy of the workbook (undefined while it is first read). */
  data: WorkbookData | undefined;
  /** Reads the workbook again into the pane's copy. */
  onRefresh: () => Promise<unknown>;
  /** Opens the Check tab on the findings, for ratings that can't be read. */
  onSeeCheck: () => void;
}

export function ScoresTab({ data, onRefresh, onSeeCheck }: Props) {
  const styles = useStyles();
  const work = useWork();

  const hasTables = data !== undefined && Object.keys(data.tables).length > 0;
  const figures = data ? workbookScores(data) : undefined;
  const scores = figures?.principles ?? [];
  const overall = figures?.overall ?? null;
  const plan = figures?.planCompleteness ?? null;
  const risks = figures?.risksByRating ?? [];
  const unreadable = scores.reduce((sum, s) => sum + s.unreadable, 0);

  return (
    <div className={styles.tab}>
      <Text>{text.intro}</Text>
      <Button disabled={work.busy} onClick={() => work.run(onRefresh)}>{text.refresh}</Button>
      {(data === undefined || work.slow) && <Spinner size="small" label={text.reading} />}
      {data && !hasTables && <Text>{text.noTables}</Text>}
      {hasTables && (
        <>
          <div className={styles.figures}>
            <div className={styles.figure}>
              <Text id="overall-label">{text.overall}</Text>
              <span className={styles.big} aria-describedby="overall-label">{overall === null ? '–' : twoDecimals(overall)}</span>
              {overall !== null && <Text size={200}>{text.overallLevel(levelReached(overall).name, MAX_LEVEL)}</Text>}
              {overall === null && unreadable === 0 && <Text size={200}>{text.notRated}</Text>}
              {unreadable > 0 && (
                <Text size={200} className={styles.unreadable}>
                  {text.unreadable(unreadable)}, <Link as="button" className={styles.seeCheck} onClick={onSeeCheck}>{text.seeCheck}</Link>
                </Text>
              )}
            </div>
            <div className={styles.figure}>
              <Text>{text.plan}</Text>
              <span className={styles.big}>{plan === null ? '–' : `${Math.round(plan * 100)}%`}</span>
              {plan === null && <Text size={200}>{text.noPlan}</Text>}
            </div>
          </div>
          <section aria-labelledby="principles-heading">
            <Text as="h2" id="principles-heading" size={300} weight="semibold" className={styles.heading}>{text.principles}</Text>
            <ul className={styles.list}>
              {scores.map((score) => <PrincipleRow key={score.ref || score.principle} score={score} styles={styles} />)}
            </ul>
          </section>
          <section aria-labelledby="legend-heading">
            <Text as="h2" id="legend-heading" size={300} weight="semibold" className={styles.heading}>{text.legend}</Text>
            <ul className={styles.list}>
              {content.maturityLevels.map((level) => (
                <li key={level.value} className={styles.risk}>
                  <span className={styles.swatch} style={{ backgroundColor: levelColour(level.value) }} aria-hidden="true" />
                  <Text>{text.legendLevel(level.value, level.name)}</Text>
                </li>
              ))}
              <li className={styles.risk}>
                <span className={styles.targetMark} aria-hidden="true" />
                <Text>{text.legendTarget}</Text>
              </li>
            </ul>
          </section>
          <section aria-labelledby="risks-heading">
            <Text as="h2" id="risks-heading" size={300} weight="semibold" className={styles.heading}>{text.openRisks}</Text>
            <ul className={styles.list}>
              {risks.map(({ band, count }) => (
                <li key={band} className={styles.risk}>
                  <span className={styles.swatch} style={{ backgroundColor: `#${bandColours(band).fill}` }} aria-hidden="true" />
                  <Text>{text.riskCount(band, count)}</Text>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function PrincipleRow({ score, styles }: { score: PrincipleScore; styles: Styles }) {
  const target = whole(score.target);
  const line = score.score === null
    ? (score.unreadable > 0 ? text.unreadable(score.unreadable) : text.notRatedLine(target))
    : text.scoreLine(twoDecimals(score.score), levelReached(score.score).name, target);
  // A score that exists may still leave some ratings out: that is said too.
  const leftOut = score.score !== null && score.unreadable > 0 ? text.unreadable(score.unreadable) : undefined;
  return (
    <li className={styles.row} aria-label={text.principleRow(score.principle, [line, leftOut].filter(Boolean).join('. '))}>
      <Text size={200}>{score.ref ? `${score.ref} ` : ''}{score.principle}</Text>
      <div className={styles.track} aria-hidden="true">
        {score.score !== null && (
          <div className={styles.fill} style={{ width: share(score.score), backgroundColor: levelColour(score.score) }} />
        )}
        {score.target !== null && <div className={styles.target} style={{ left: `calc(${share(score.target)} - 1px)` }} />}
      </div>
      <Text size={200} className={score.score === null && score.unreadable > 0 ? styles.unreadable : styles.numbers}>{line}</Text>
      {leftOut && <Text size={200} className={styles.unreadable}>{leftOut}</Text>}
    </li>
  );
}
