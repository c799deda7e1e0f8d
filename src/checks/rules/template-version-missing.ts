import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';

const text = checkText['template-version-missing'];

export default defineRule({
  id: 'template-version-missing',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: ({ data }) => (data.templateVersion?.trim()
    ? []
    : [{ sheet: '', cell: '', message: text.message(), fix: text.fix }]),
});
