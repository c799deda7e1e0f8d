/**
 * The report as plain data: what a workbook holds and what src/scoring computes from it, in the
 * order the document prints it. Each renderer (PDF, .docx, the Report sheet) lays this out and
 * computes nothing of its own, so every form of the report says the same.
 */
import { content } from '../domain/strings/en';
import { reportText } from '../domain/strings/en/report';
import { riskStatuses } from '../domain/strings/en/workbook';
import { isNumber, isWholeBetween, sameText } from '../data/excel-semantics';
import { scaleBounds } from '../domain/scale';
import type { WorkbookData } from '../data/workbook-data';
import { actionColumns } from '../schema/action-columns';
import { serialToIso } from '../schema/dates';
import { planTable } from '../schema/plan';
import { principlesTable } from '../schema/principles';
import { risksTable } from '../schema/risks';
import type { RowEntries } from '../schema/rows';
import { collectActions } from '../scoring/actions';
import { jointAssessment } from '../scoring/joint-assessment';
import { levelReached } from '../scoring/maturity';
import { ratingShown, riskScore } from '../scoring/risk';
import { rowsByKey, workbookScores } from '../scoring/workbook-scores';
import { cellText, dateCellText, dayText, percentText, scoreText } from './report-text';

export interface ReportDetail {
  label: string;
  value: string;
}

export interface ReportCriterion {
  ref: string;
  criterion: string;
  rating: number;
  /** '' when none was recorded. */
  evidence: string;
}

export interface ReportPrinciple {
  ref: string;
  name: string;
  score: number | null;
  target: number | null;
  gap: number | null;
  /** The figures as the Dashboard shows them ("2.40", "–" when not scored). */
  scoreText: string;
  targetText: string;
  gapText: string;
  /** The level the score has reached; '' when not scored. */
  level: string;
  rated: number;
  criteria: number;
  unreadable: number;
  best?: ReportCriterion;
  /** Left out when the principle has only one rated criterion (it is the best one). */
  worst?: ReportCriterion;
}

/** One principle as the two sides rated it on the Ratings sheet (tblScores' Ours, Partner and Perception gap). */
export interface ReportSides {
  ref: string;
  name: string;
  ours: number | null;
  partner: number | null;
  /** Ours − Partner; null when either is not rated. */
  perceptionGap: number | null;
  /** As the Dashboard shows them ("2.50", "–" when not rated). */
  oursText: string;
  partnerText: string;
  gapText: string;
}

export interface ReportJoint {
  /** Every principle, when tblRatings holds a rating either side's figures count; none otherwise. */
  principles: ReportSides[];
  /** Said in place of the chart when there are no such ratings. */
  note?: string;
}

export interface ReportPlanElement {
  ref: string;
  element: string;
  status: string;
  content: string;
  owner: string;
  lastReview: string;
  nextReview: string;
}

export interface ReportRisk {
  id: string;
  risk: string;
  score: number | null;
  rating: string;
  owner: string;
  treatment: string;
  mitigation: string;
}

export interface ReportAction {
  source: string;
  ref: string;
  action: string;
  owner: string;
  due: string;
  overdue: boolean;
}

export interface ReportModel {
  title: string;
  /** The organisation; '' when not given. */
  organisation: string;
  /** The title with the organisation, for the document's properties and the page footers. */
  documentTitle: string;
  cover: ReportDetail[];
  madeOn: string;
  summary: {
    overall: number | null;
    overallText: string;
    /** The level overall maturity has reached; '' when not scored. */
    level: string;
    planCompleteness: number | null;
    planText: string;
    openHighRisks: number;
    /** The three largest gaps in plain sentences, or one sentence saying there are none. */
    gaps: string[];
    /** Said when the workbook's own Overall maturity (as last calculated) differs from the entries'. */
    dashboardNote?: string;
  };
  principles: ReportPrinciple[];
  /** Ours against Partner per principle, from the joint assessment. */
  joint: ReportJoint;
  plan: ReportPlanElement[];
  risks: ReportRisk[];
  actions: ReportAction[];
  actionsNote: string;
  method: string[];
  scale: ReportDetail[];
}

const GAPS_NAMED = 3;
const [MIN_LEVEL, MAX_LEVEL] = scaleBounds(content.maturityLevels);

/** The report of one workbook as read, judged on `todaySerial` (overdue actions, the day it was made). */
export function reportModel(data: WorkbookData, todaySerial: number): ReportModel {
  const scores = workbookScores(data);
  const criteria = rowsByKey(data, principlesTable);
  const principles = scores.principles.map((p): ReportPrinciple => {
    const rated = criteria
      .filter((c) => sameText(c.principle, p.principle) && isWholeBetween(c.rating, MIN_LEVEL, MAX_LEVEL))
      .map((c): ReportCriterion => ({ ref: cellText(c.ref), criterion: cellText(c.criterion), rating: c.rating as number, evidence: cellText(c.evidence) }));
    const best = rated.reduce<ReportCriterion | undefined>((a, c) => (a === undefined || c.rating > a.rating ? c : a), undefined);
    // The last of the lowest, so that when every rating is the same the two are different criteria.
    const worst = rated.reduce<ReportCriterion | undefined>((a, c) => (a === undefined || c.rating <= a.rating ? c : a), undefined);
    return {
      ref: p.ref, name: p.principle, score: p.score, target: p.target, gap: p.gap,
      scoreText: scoreText(p.score), targetText: p.target === null ? reportText.none : String(p.target), gapText: scoreText(p.gap),
      level: p.score === null ? '' : levelReached(p.score).name,
      rated: p.rated, criteria: p.criteria, unreadable: p.unreadable,
      best, worst: rated.length > 1 ? worst : undefined,
    };
  });
  const named = (name: string) => data.names[name]?.value;
  const detail = (label: string, name: string, asDate = false): ReportDetail => {
    const value = asDate ? dateCellText(named(name)) : cellText(named(name));
    return { label, value: value === '' ? reportText.notGiven : value };
  };
  const c = reportText.cover;
  const organisation = cellText(named('Organisation'));
  return {
    title: reportText.title,
    organisation,
    documentTitle: organisation === '' ? reportText.title : `${reportText.title}: ${organisation}`,
    cover: [
      detail(c.organisation, 'Organisation'), detail(c.partners, 'Partners'), detail(c.relationship, 'Relationship'),
      detail(c.collaborationModel, 'CollaborationModel'), detail(c.lifecycleStage, 'LifecycleStage'),
      detail(c.assessor, 'Assessor'), detail(c.date, 'AssessmentDate', true),
    ],
    madeOn: dayText(serialToIso(todaySerial)),
    summary: {
      overall: scores.overall,
      overallText: scoreText(scores.overall),
      level: scores.overall === null ? '' : levelReached(scores.overall).name,
      planCompleteness: scores.planCompleteness,
      planText: percentText(scores.planCompleteness),
      openHighRisks: scores.openHighRisks,
      gaps: gapSentences(principles),
      dashboardNote: dashboardNote(data, scores.overall),
    },
    principles,
    joint: jointFigures(data),
    plan: rowsByKey(data, planTable).filter((row) => cellText(row.element) !== '').map((row) => ({
      ref: cellText(row.ref), element: cellText(row.element), status: cellText(row.status), content: cellText(row.content),
      owner: cellText(row.owner), lastReview: dateCellText(row.lastReview), nextReview: dateCellText(row.nextReview),
    })),
    risks: openRisks(rowsByKey(data, risksTable)),
    actions: openActions(data, todaySerial),
    actionsNote: reportText.actions.asOf(dayText(serialToIso(todaySerial))),
    method: [...reportText.method],
    scale: content.maturityLevels.map((l) => ({ label: `${l.value} ${l.name}`, value: l.descriptor })),
  };
}

function gapSentences(principles: ReportPrinciple[]): string[] {
  const s = reportText.summary;
  if (principles.every((p) => p.score === null)) return [s.nothingScored];
  const behind = principles.filter((p) => p.gap !== null && p.gap > 0)
    .sort((a, b) => (b.gap as number) - (a.gap as number))
    .slice(0, GAPS_NAMED);
  if (behind.length === 0) return [s.noGaps];
  return behind.map((p) => s.gap(p.name, p.scoreText, p.targetText, p.gapText));
}

/** The joint figures as src/scoring computes them, or the sentence that there are none to chart. */
function jointFigures(data: WorkbookData): ReportJoint {
  const joint = jointAssessment(data);
  if (!joint.criteria.some((c) => c.raters > 0)) return { principles: [], note: reportText.charts.noJointRatings };
  return {
    principles: joint.principles.map((p) => ({
      ref: p.ref, name: p.principle, ours: p.ours, partner: p.partner, perceptionGap: p.perceptionGap,
      oursText: scoreText(p.ours), partnerText: scoreText(p.partner), gapText: signedScoreText(p.perceptionGap),
    })),
  };
}

/** A perception gap with its sign, so Ours rating higher (+0.50) and Partner rating higher (-0.50) read apart. */
function signedScoreText(gap: number | null): string {
  const shown = scoreText(gap);
  return gap !== null && gap > 0 && shown !== '0.00' ? `+${shown}` : shown;
}

/** A figure the workbook itself showed (Excel's last calculation) that is not what the entries give. */
function dashboardNote(data: WorkbookData, overall: number | null): string | undefined {
  const shown = data.names.OverallMaturity?.value;
  if (!isNumber(shown as number) || overall === null) return undefined;
  if (scoreText(shown as number) === scoreText(overall)) return undefined;
  return reportText.summary.dashboardDiffers(scoreText(shown as number), scoreText(overall));
}

/** Risks not Closed, highest score first; a risk without a score comes last, in the register's order. */
function openRisks(rows: RowEntries[]): ReportRisk[] {
  return rows
    .filter((row) => cellText(row.risk) !== '' || cellText(row.id) !== '')
    .filter((row) => !sameText(row.status, riskStatuses.closed))
    .map((row) => {
      const score = riskScore(row.likelihood, row.impact);
      return {
        id: cellText(row.id), risk: cellText(row.risk), score, rating: ratingShown(row.likelihood, row.impact),
        owner: cellText(row.owner), treatment: cellText(row.treatment), mitigation: cellText(row.mitigation),
      };
    })
    .map((risk, order) => ({ risk, order }))
    .sort((a, b) => (b.risk.score ?? -1) - (a.risk.score ?? -1) || a.order - b.order)
    .map(({ risk }) => risk);
}

const finished = [actionColumns.principles.done, actionColumns.risks.done, actionColumns.collected.done];

/** Actions as Collect actions finds them, without the finished ones, soonest due first (undated last). */
function openActions(data: WorkbookData, todaySerial: number): ReportAction[] {
  return collectActions(data, todaySerial)
    .filter((a) => !finished.some((done) => sameText(a.status, done ?? '')))
    .map((a, order) => ({ a, order }))
    .sort((x, y) => (isNumber(x.a.due) ? x.a.due : Infinity) - (isNumber(y.a.due) ? y.a.due : Infinity) || x.order - y.order)
    .map(({ a }) => ({
      source: cellText(a.source), ref: cellText(a.ref), action: cellText(a.action), owner: cellText(a.owner),
      due: dateCellText(a.due), overdue: a.overdue !== '',
    }));
}
