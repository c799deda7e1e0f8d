import { checkText, rowWords } from '../../domain/strings/en/checks';
import { planStatuses } from '../../domain/strings/en/workbook';
import { exitStrategyFromStage } from '../../domain/thresholds';
import { planTable } from '../../schema/plan';
import { defineRule } from '../define-rule';
import type { RawValue } from '../../data/workbook-data';
import { headerFinding, tableWith } from './shared/found-tables';
import { namedCell, namedInputs } from './shared/named-cells';
import { planElementRow } from './shared/plan-element';

const text = checkText['exit-strategy-agreed'];
/** Exit strategy: the plan element that says how the relationship would end. */
const EXIT_STRATEGY = 'A12';

/** The stage number a Lifecycle stage cell starts with, as in "5 Working together". */
function stageNumber(value: RawValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const match = typeof value === 'string' ? /^\s*(\d+)/.exec(value) : null;
  return match ? Number(match[1]) : undefined;
}

export default defineRule({
  id: 'exit-strategy-agreed',
  severity: 'warning',
  description: text.description,
  why: text.why,
  check: (context) => {
    const { data, schema } = context;
    const stageInput = namedInputs(schema).find((n) => n.input.key === 'lifecycleStage');
    const stage = stageInput && namedCell(data, stageInput.name);
    const number = stage && stageNumber(stage.value);
    const plan = tableWith(context, planTable, ['ref', 'status']);
    if (!stage || number === undefined || number < exitStrategyFromStage || !plan) return [];
    const stageText = String(stage.value).trim();
    const row = planElementRow(plan, EXIT_STRATEGY);
    if (!row) return [headerFinding(plan, 'ref', text.messageMissingRow(EXIT_STRATEGY, stageText), text.fix)];
    if (row.text('status').toLowerCase() === planStatuses.agreed.toLowerCase()) return [];
    const status = row.isBlank('status') ? rowWords.noStatus : `"${row.text('status').trim()}"`;
    return [row.finding('status', text.message(stageText, status), text.fix)];
  },
});
