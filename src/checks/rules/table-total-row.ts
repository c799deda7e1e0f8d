import { checkText } from '../../domain/strings/en/checks';
import { defineRule } from '../define-rule';
import { foundTables, headerFinding } from './shared/found-tables';

const text = checkText['table-total-row'];

export default defineRule({
  id: 'table-total-row',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => foundTables(context)
    .filter((view) => view.data.totalsRow)
    .map((view) => headerFinding(view, undefined, text.message(view.data.name), text.fix)),
});
