/** The name a report is offered to save under: the organisation's and the day's, in characters every system takes. */
import { reportText } from '../domain/strings/en/report';

/** Characters Windows, macOS or a Linux file system refuse in a name, and control characters. */
const NOT_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;
const LONGEST_ORGANISATION = 80;

export function reportFileName(organisation: string, todayIso: string, extension: 'docx' | 'pdf'): string {
  const who = organisation.replace(NOT_IN_NAMES, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, LONGEST_ORGANISATION).trim();
  return `${reportText.fileName(who, todayIso)}.${extension}`;
}
