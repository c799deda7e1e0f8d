/**
 * True when nothing in the pane has focus because the control that had it went away or was
 * disabled while Excel worked: the browser then leaves focus on the page itself, where a keyboard
 * or screen-reader user is lost. False when the pane is not focused at all (the person is typing
 * in the sheet), so the pane never pulls focus out of Excel.
 */
export function focusIsLost(): boolean {
  if (!document.hasFocus()) return false;
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}
