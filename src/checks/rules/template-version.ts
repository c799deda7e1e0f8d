import { checkText } from '../../domain/strings/en/checks';
import { TEMPLATE_VERSION } from '../../schema/version';
import { defineRule } from '../define-rule';

const text = checkText['template-version'];
const VERSION = /^\d+(\.\d+)*$/;

/** Compares part by part as numbers, so 1.10.0 is newer than 1.9.0; missing parts count as 0. */
function isNewer(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/** About the workbook as a whole, so the finding names no sheet and no cell. */
const workbookWide = (message: string) => [{ sheet: '', cell: '', message, fix: text.fix }];

export default defineRule({
  id: 'template-version',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ data }) => {
    const version = data.templateVersion?.trim();
    if (!version) return [];
    if (!VERSION.test(version)) return workbookWide(text.messageNotVersion(version));
    return isNewer(version, TEMPLATE_VERSION) ? workbookWide(text.message(version, TEMPLATE_VERSION)) : [];
  },
});
