/**
 * Style rules more than one part of the pane uses, as Griffel style objects for makeStyles: the
 * link that offers a file to save, and the track and fill of a horizontal bar.
 */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** Forced colours (Windows high contrast): the system's colours, which the bars must keep visible. */
export const FORCED_COLOURS = '@media (forced-colors: active)';

/** A link drawn as a primary button: the pane's "Save …" for a file it made. */
export const saveLinkStyle: GriffelStyle = {
  alignSelf: 'flex-start', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold,
  textDecorationLine: 'none', overflowWrap: 'anywhere',
  ':hover': { backgroundColor: tokens.colorBrandBackgroundHover, color: tokens.colorNeutralForegroundOnBrand },
  ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
};

/** The bar's track, from 0 to the top of its scale. */
export const barTrackStyle: GriffelStyle = {
  position: 'relative', height: '8px', borderRadius: tokens.borderRadiusSmall,
  backgroundColor: tokens.colorNeutralBackground5, border: `1px solid ${tokens.colorNeutralStroke1}`,
  [FORCED_COLOURS]: { backgroundColor: 'Canvas', border: '1px solid CanvasText' },
};

/** The bar's fill, as wide as its value (set inline); in forced colours the highlight colour. */
export const barFillStyle: GriffelStyle = {
  position: 'absolute', top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusSmall,
  [FORCED_COLOURS]: { forcedColorAdjust: 'none', backgroundColor: 'Highlight !important' },
};
