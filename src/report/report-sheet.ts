/**
 * The report laid out as the rows of a worksheet, for where the pane cannot offer a file to save:
 * the Report sheet, which Excel's own File > Export > PDF prints on A4 (portrait, one page wide).
 * Host-neutral: src/excel writes these rows as they are.
 */
import { reportText } from '../domain/strings/en/report';
import { fittedHeight, LINE_POINTS } from '../schema/text-height';
import { actionColumns, planColumns, riskColumns, type ReportColumn } from './report-columns';
import type { ReportModel, ReportPrinciple } from './report-model';

export type SheetLineKind = 'title' | 'subtitle' | 'heading' | 'subheading' | 'text' | 'muted' | 'detail' | 'tableHeader' | 'tableRow' | 'gap';

export interface SheetLine {
  kind: SheetLineKind;
  /** One text per column from A; a line of one text spans every column. */
  cells: string[];
  /** Points, for a row whose wrapped text needs more than one line. */
  height?: number;
}

/**
 * Column widths in characters: about 100 in all, which one page of A4 portrait holds at a
 * little under full size once fitted to the page's width.
 */
export const REPORT_SHEET_WIDTHS = [9, 22, 11, 26, 12, 12, 12];
const TOTAL = REPORT_SHEET_WIDTHS.reduce((a, b) => a + b, 0);
export const REPORT_SHEET_COLUMNS = REPORT_SHEET_WIDTHS.length;
/** A bar of the chart: this many blocks per point of the scale. */
const BLOCKS_PER_POINT = 5;

const spanning = (kind: SheetLineKind, text: string): SheetLine => {
  const height = fittedHeight([{ text, width: TOTAL }]);
  return { kind, cells: [text], ...(height !== undefined && height > LINE_POINTS ? { height } : {}) };
};

function row(kind: SheetLineKind, cells: string[]): SheetLine {
  const height = fittedHeight(cells.map((text, i) => ({ text, width: REPORT_SHEET_WIDTHS[i] })));
  return { kind, cells, ...(height !== undefined && height > LINE_POINTS ? { height } : {}) };
}

/** A label in the first two columns and its value across the others. */
function detail(label: string, value: string): SheetLine {
  const labelWidth = REPORT_SHEET_WIDTHS[0] + REPORT_SHEET_WIDTHS[1];
  const height = fittedHeight([{ text: label, width: labelWidth }, { text: value, width: TOTAL - labelWidth }]);
  return { kind: 'detail', cells: [label, value], ...(height !== undefined && height > LINE_POINTS ? { height } : {}) };
}

function table<R>(columns: Array<ReportColumn<R>>, rows: R[]): SheetLine[] {
  return [row('tableHeader', columns.map((c) => c.header)), ...rows.map((r) => row('tableRow', columns.map((c) => c.cell(r))))];
}

const bar = (value: number | null) => (value === null || value <= 0 ? '' : '█'.repeat(Math.round(value * BLOCKS_PER_POINT)));

function chart(principles: ReportPrinciple[]): SheetLine[] {
  const c = reportText.charts;
  const t = reportText.principle;
  return [
    row('tableHeader', [reportText.plan.ref, c.principle, c.score, c.scoreAgainstTarget, c.target, c.gap, t.level]),
    ...principles.map((p) => row('tableRow', [p.ref, p.name, p.scoreText, bar(p.score), p.targetText, p.gapText, p.level])),
    spanning('muted', c.sheetLegend(BLOCKS_PER_POINT)),
  ];
}

/** Ours against Partner: two rows of bars per principle, or the sentence that nothing is rated. */
function jointChart(joint: ReportModel['joint']): SheetLine[] {
  const c = reportText.charts;
  if (joint.principles.length === 0) return [spanning('subheading', c.joint), spanning('text', joint.note ?? '')];
  return [
    spanning('subheading', c.joint),
    row('tableHeader', [reportText.plan.ref, c.principle, c.side, c.joint, c.mean, c.perceptionGapHeader]),
    ...joint.principles.flatMap((p) => [
      row('tableRow', [p.ref, p.name, c.ours, bar(p.ours), p.oursText, p.gapText]),
      row('tableRow', ['', '', c.partner, bar(p.partner), p.partnerText, '']),
    ]),
    spanning('muted', c.jointLegend),
  ];
}

export function reportSheetLines(model: ReportModel): SheetLine[] {
  const s = reportText.summary;
  const t = reportText.principle;
  const gap: SheetLine = { kind: 'gap', cells: [''] };
  const lines: SheetLine[] = [
    spanning('title', model.title),
    spanning('subtitle', reportText.subtitle),
    gap,
    ...model.cover.map(({ label, value }) => detail(label, value)),
    spanning('muted', reportText.cover.made(model.madeOn)),
    gap,
    spanning('heading', reportText.sections.summary),
    detail(s.overall, `${model.summary.overallText}${model.summary.level ? `  ${model.summary.level}, ${s.outOf}` : ''}`),
    detail(s.plan, model.summary.planText),
    detail(s.openHighRisks, String(model.summary.openHighRisks)),
    spanning('subheading', s.largestGaps),
    ...model.summary.gaps.map((sentence) => spanning('text', `•  ${sentence}`)),
    ...(model.summary.dashboardNote ? [spanning('text', model.summary.dashboardNote)] : []),
    gap,
    spanning('heading', reportText.sections.charts),
    ...chart(model.principles),
    ...jointChart(model.joint),
    gap,
    spanning('heading', reportText.sections.principles),
    ...model.principles.flatMap((p) => [
      spanning('subheading', `${p.ref} ${p.name}`),
      spanning('muted', [`${t.score} ${p.scoreText}`, `${t.target} ${p.targetText}`, `${t.gap} ${p.gapText}`,
        `${t.level} ${p.level || reportText.none}`, `${t.rated} ${t.ratedOf(p.rated, p.criteria)}`].join('   ·   ')),
      ...(p.unreadable > 0 ? [spanning('text', t.unreadable(p.unreadable))] : []),
      ...(p.best ? [] : [spanning('text', t.noRating)]),
      ...([[t.best, p.best], [t.worst, p.worst]] as const).flatMap(([label, criterion]) => (criterion ? [
        spanning('text', `${label}: ${criterion.ref} ${criterion.criterion} (${t.rating(criterion.rating)})`),
        spanning('muted', `${t.evidence}: ${criterion.evidence === '' ? t.noEvidence : criterion.evidence}`),
      ] : [])),
    ]),
    gap,
    spanning('heading', reportText.sections.plan),
    ...table(planColumns, model.plan),
    gap,
    spanning('heading', reportText.sections.risks),
    ...(model.risks.length === 0 ? [spanning('text', reportText.risks.none)] : table(riskColumns, model.risks)),
    gap,
    spanning('heading', reportText.sections.actions),
    ...(model.actions.length === 0 ? [spanning('text', reportText.actions.none)] : [spanning('muted', model.actionsNote), ...table(actionColumns, model.actions)]),
    gap,
    spanning('heading', reportText.sections.method),
    ...model.method.map((text) => spanning('text', text)),
    spanning('subheading', reportText.scale),
    ...model.scale.map(({ label, value }) => spanning('text', `${label}: ${value}`)),
  ];
  return lines;
}

