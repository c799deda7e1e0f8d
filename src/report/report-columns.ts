/**
 * The columns of the report's tables (plan, risks, actions), declared once for every renderer:
 * the PDF, the .docx and the Report sheet lay out the same headers, in the same proportions.
 */
import { reportText } from '../domain/strings/en/report';
import type { ReportAction, ReportPlanElement, ReportRisk } from './report-model';

export interface ReportColumn<R> {
  header: string;
  /** Share of the text width, against the other columns' shares. */
  share: number;
  cell: (row: R) => string;
  bold?: (row: R) => boolean;
}

const plan = reportText.plan;
const risks = reportText.risks;
const actions = reportText.actions;

export const planColumns: Array<ReportColumn<ReportPlanElement>> = [
  { header: plan.ref, share: 5, cell: (e) => e.ref },
  { header: plan.element, share: 17, cell: (e) => e.element, bold: () => true },
  { header: plan.status, share: 12, cell: (e) => e.status },
  { header: plan.content, share: 29, cell: (e) => e.content },
  { header: plan.owner, share: 10, cell: (e) => e.owner },
  { header: plan.lastReview, share: 13, cell: (e) => e.lastReview },
  { header: plan.nextReview, share: 13, cell: (e) => e.nextReview },
];

export const riskColumns: Array<ReportColumn<ReportRisk>> = [
  { header: risks.id, share: 9, cell: (r) => r.id, bold: () => true },
  { header: risks.risk, share: 22, cell: (r) => r.risk },
  { header: risks.score, share: 8, cell: (r) => (r.score === null ? reportText.none : String(r.score)) },
  { header: risks.rating, share: 10, cell: (r) => r.rating },
  { header: risks.owner, share: 9, cell: (r) => r.owner },
  { header: risks.treatment, share: 13, cell: (r) => r.treatment },
  { header: risks.mitigation, share: 29, cell: (r) => r.mitigation },
];

export const actionColumns: Array<ReportColumn<ReportAction>> = [
  { header: actions.source, share: 16, cell: (a) => a.source },
  { header: actions.ref, share: 9, cell: (a) => a.ref },
  { header: actions.action, share: 36, cell: (a) => a.action },
  { header: actions.owner, share: 14, cell: (a) => a.owner },
  { header: actions.due, share: 13, cell: (a) => a.due },
  { header: actions.overdue, share: 12, cell: (a) => (a.overdue ? actions.overdue : ''), bold: (a) => a.overdue },
];
