/** The paper a new workbook prints on: the one of the region of Office's display language (en-US → Letter, de-DE → A4). */
import { DEFAULT_PAPER, paperForLanguage, type Paper } from '../schema/page-setup';

export function officePaper(): Paper {
  // Office.context.displayLanguage is in the Common API, present on every Office that runs the pane.
  if (typeof Office === 'undefined' || !Office.context) return DEFAULT_PAPER;
  return paperForLanguage(Office.context.displayLanguage);
}
