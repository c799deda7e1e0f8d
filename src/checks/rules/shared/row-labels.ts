/** How a finding names the row it is about: by its ID or name where it has one, else by its row. */
import { rowWords } from '../../../domain/strings/en/checks';
import type { RowView } from '../../../data/table-view';
import type { competenciesTable } from '../../../schema/competencies';
import type { planTable } from '../../../schema/plan';
import type { principlesTable } from '../../../schema/principles';
import type { risksTable } from '../../../schema/risks';
import type { KeyOf } from '../../../schema/table';
import { clipped } from './cell-values';

export function riskLabel(r: RowView<KeyOf<typeof risksTable>>): string {
  if (!r.isBlank('id')) return r.text('id').trim();
  if (!r.isBlank('risk')) return rowWords.risk(clipped(r.text('risk').trim()));
  return rowWords.riskOnRow(r.row);
}

export function actionLabel(r: RowView, key: string): string {
  return r.isBlank(key) ? rowWords.actionOnRow(r.row) : rowWords.action(clipped(r.text(key).trim()));
}

export function criterionLabel(r: RowView<KeyOf<typeof principlesTable>>): string {
  return r.isBlank('ref') ? rowWords.criterionOnRow(r.row) : r.text('ref').trim();
}

export function planElementLabel(r: RowView<KeyOf<typeof planTable>>): string {
  const label = [r.text('ref'), r.text('element')].map((t) => t.trim()).filter(Boolean).join(' ');
  return label ? clipped(label) : rowWords.planElementOnRow(r.row);
}

export function competencyLabel(r: RowView<KeyOf<typeof competenciesTable>>): string {
  return r.isBlank('item') ? rowWords.competencyOnRow(r.row) : clipped(r.text('item').trim());
}
