/**
 * The pane follows Office's theme. Office says whether its theme is dark (officeTheme.isDarkTheme;
 * older builds give only its colours, so a dark body colour counts too); outside Office, or where it
 * does not say, the pane is light.
 *
 * Microsoft documents the OfficeThemeChanged event for Outlook (Mailbox 1.14) and not for Excel, so
 * the pane asks Office.context.document for it and takes a refusal (a failed callback, a throw, or
 * no such event type) calmly. Either way it reads officeTheme again each time the pane gets focus
 * or is shown: the theme is changed in Office's own settings, outside the pane.
 */
type ThemeLike = Partial<Pick<Office.OfficeTheme, 'isDarkTheme' | 'bodyBackgroundColor'>> | undefined;

/** Relative luminance below this is a dark background (WCAG's formula; mid-grey is about 0.2). */
const DARK_BELOW = 0.2;

function isDark(theme: ThemeLike): boolean {
  if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? '')?.[1];
  if (hex === undefined) return false;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < DARK_BELOW;
}

const currentTheme = (): ThemeLike => (typeof Office === 'undefined' ? undefined : Office.context?.officeTheme);

export function officeIsDark(): boolean {
  return isDark(currentTheme());
}

/** Calls back with the new darkness whenever Office's theme turns dark or light. */
export function followOfficeTheme(onChange: (dark: boolean) => void): void {
  let dark = officeIsDark();
  const tell = (theme: ThemeLike) => {
    const now = isDark(theme);
    if (now !== dark) {
      dark = now;
      onChange(now);
    }
  };
  const reread = () => tell(currentTheme());
  window.addEventListener('focus', reread);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') reread(); });

  const eventType = typeof Office === 'undefined' ? undefined : Office.EventType?.OfficeThemeChanged;
  const officeDocument = typeof Office === 'undefined' ? undefined : Office.context?.document;
  if (eventType === undefined || typeof officeDocument?.addHandlerAsync !== 'function') return;
  try {
    officeDocument.addHandlerAsync(eventType, (args: { officeTheme?: ThemeLike }) => tell(args.officeTheme ?? currentTheme()));
  } catch {
    // Some builds throw for an event type their document does not know; the reads above still follow the theme.
  }
}
