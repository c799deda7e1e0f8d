/** Office says whether its theme is dark; outside Office, or where it does not say, the pane is light. */
export function officeIsDark(): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.officeTheme?.isDarkTheme === true;
}
