import { checkText } from '../../domain/strings/en/checks';
import { risksTable } from '../../schema/risks';
import { defineRule } from '../define-rule';
import type { Located } from '../../data/table-view';

const text = checkText['duplicate-risk-id'];

export default defineRule({
  id: 'duplicate-risk-id',
  severity: 'error',
  description: text.description,
  why: text.why,
  check: ({ table }) => {
    const firstRow = new Map<string, number>();
    const findings: Located[] = [];
    for (const r of table(risksTable)?.rows ?? []) {
      if (r.isBlank('id')) continue;
      const id = r.text('id').trim();
      const first = firstRow.get(id.toLowerCase());
      if (first === undefined) firstRow.set(id.toLowerCase(), r.row);
      else findings.push(r.finding('id', text.message(id, first), text.fix));
    }
    return findings;
  },
});
