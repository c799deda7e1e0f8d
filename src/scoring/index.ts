export { competencyGap } from './competency';
export { levelName, levelReached, overallMaturity, principleScores, type PrincipleScore } from './maturity';
export { planCompleteness } from './plan';
export { openHighRisks, ratingShown, riskHeatMap, riskRating, riskScore, risksByRating } from './risk';
export { rowsByKey, workbookScores, type WorkbookScores } from './workbook-scores';
export { collectActions, dueSoon, OVERDUE, type CollectedAction } from './actions';
export { newRiskIds } from './risk-ids';
export { previousScore, snapshotRow } from './history';
export { criterionRatings, jointAssessment, principleSides, type CriterionRatings, type JointAssessment, type PrincipleSides } from './joint-assessment';
