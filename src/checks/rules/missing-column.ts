import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { foundTables, headerFinding } from './shared/found-tables';

const text = checkText['missing-column'];

export default defineRule({
  id: 'missing-column',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: (context) => foundTables(context).flatMap((view) => view.schema.columns
    .filter((c) => !view.hasColumn(c.key))
    .map((c) => headerFinding(view, undefined, text.message(c.header), text.fix))),
});
