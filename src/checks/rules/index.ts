/** Every entry check, in the order docs/rules.md lists them: structure, values, substance, progress. */
import type { Rule } from '../define-rule';
import actionNeedsOwnerAndDue from './action-needs-owner-and-due';
import assessmentProgress from './assessment-progress';
import competencyGapAction from './competency-gap-action';
import dateValue from './date-value';
import duplicateRiskId from './duplicate-risk-id';
import emptyList from './empty-list';
import entriesBelowTable from './entries-below-table';
import errorValue from './error-value';
import evidenceForHighRating from './evidence-for-high-rating';
import exitStrategyAgreed from './exit-strategy-agreed';
import listValue from './list-value';
import missingColumn from './missing-column';
import missingName from './missing-name';
import missingSheet from './missing-sheet';
import missingTable from './missing-table';
import overdueAction from './overdue-action';
import overdueReview from './overdue-review';
import overwrittenFormula from './overwritten-formula';
import perceptionGap from './perception-gap';
import planAgreedNeedsContent from './plan-agreed-needs-content';
import planReviewInterval from './plan-review-interval';
import raterDisagree from './raters-disagree';
import ratingValue from './rating-value';
import reasonForNa from './reason-for-na';
import renamedTable from './renamed-table';
import requiredValue from './required-value';
import residualAboveInherent from './residual-above-inherent';
import riskNeedsMitigation from './risk-needs-mitigation';
import riskNeedsOwner from './risk-needs-owner';
import riskNeedsReviewDate from './risk-needs-review-date';
import seniorAccountablePerson from './senior-accountable-person';
import startDetails from './start-details';
import tableHeaderRow from './table-header-row';
import tableTotalRow from './table-total-row';
import templateVersion from './template-version';
import templateVersionMissing from './template-version-missing';
import weightValue from './weight-value';
import wholeNumberRange from './whole-number-range';

export const rules: Rule[] = [
  // Structure: the template's sheets, tables, columns, names and formulas are intact.
  missingSheet,
  missingTable,
  renamedTable,
  tableHeaderRow,
  tableTotalRow,
  entriesBelowTable,
  missingColumn,
  missingName,
  emptyList,
  overwrittenFormula,
  templateVersion,
  templateVersionMissing,
  // Values: each cell holds the kind of value its column takes.
  ratingValue,
  weightValue,
  wholeNumberRange,
  dateValue,
  listValue,
  errorValue,
  duplicateRiskId,
  requiredValue,
  // Substance: what a sound assessment, plan and risk register contain.
  startDetails,
  evidenceForHighRating,
  reasonForNa,
  actionNeedsOwnerAndDue,
  overdueAction,
  overdueReview,
  riskNeedsOwner,
  riskNeedsMitigation,
  riskNeedsReviewDate,
  residualAboveInherent,
  planAgreedNeedsContent,
  planReviewInterval,
  seniorAccountablePerson,
  exitStrategyAgreed,
  competencyGapAction,
  raterDisagree,
  perceptionGap,
  // Progress.
  assessmentProgress,
];
