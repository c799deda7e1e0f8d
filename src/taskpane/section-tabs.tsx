/**
 * The pane's row of tabs, made as WAI-ARIA's tabs pattern with manual activation, as Fluent's TabList
 * behaves: only the selected tab is in the Tab order, the arrow keys (and Home, End) move the focus
 * along the row, Enter or Space selects. Fluent's TabList brings its focus manager (Tabster) with it:
 * 27 of the 158 KB gzip the pane loaded first when this replaced it (bench/taskpane-first-load.ts).
 * These few lines do the same for one row of tabs, in Fluent's look.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap' },
  tab: {
    position: 'relative', border: 'none', background: 'none', cursor: 'pointer', margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2, borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    '::after': {
      content: '""', position: 'absolute', left: tokens.spacingHorizontalMNudge, right: tokens.spacingHorizontalMNudge,
      bottom: 0, height: tokens.strokeWidthThicker, borderRadius: tokens.borderRadiusCircular,
    },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `-${tokens.strokeWidthThick}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    // Forced colours drop backgrounds, and with them the selected tab's underline: it is drawn in the system's highlight.
    '@media (forced-colors: active)': {
      '::after': { forcedColorAdjust: 'none', backgroundColor: 'Highlight' },
      ':hover::after': { backgroundColor: 'Highlight' },
    },
  },
});

/** The tab of `value` has the id `tab-${value}`, for its panel's aria-labelledby. */
export const tabId = (value: string) => `tab-${value}`;

interface Props<T extends string> {
  label: string;
  /** Each tab's value and its words, in order. */
  tabs: ReadonlyArray<{ value: T; text: string }>;
  selected: T;
  onSelect: (value: T) => void;
  /** A tab the person is about to choose (focused or pointed at), so its content can be fetched ahead. */
  onApproach?: (value: T) => void;
  className?: string;
}

export function SectionTabs<T extends string>({ label, tabs, selected, onSelect, onApproach, className }: Props<T>) {
  const styles = useStyles();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, className)}>
      {tabs.map(({ value, text }, index) => (
        <button
          key={value}
          ref={(element) => { buttons.current[index] = element; }}
          type="button"
          role="tab"
          id={tabId(value)}
          aria-selected={value === selected}
          tabIndex={value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, value === selected && styles.selected)}
          onClick={() => onSelect(value)}
          onFocus={() => onApproach?.(value)}
          onPointerEnter={() => onApproach?.(value)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
