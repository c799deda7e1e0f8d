/** The joint assessment of one workbook: its consolidated ratings per criterion and per principle. */
import { criterionRatings, principleSides, type CriterionRatings, type PrincipleSides } from '../data/joint-ratings';
import type { WorkbookData } from '../data/workbook-data';
import { principlesTable } from '../schema/principles';
import { ratingsTable } from '../schema/ratings';
import { scoresTable } from '../schema/scores';
import { rowsByKey } from './workbook-scores';

export { criterionRatings, principleSides, type CriterionRatings, type PrincipleSides };

export interface JointAssessment {
  criteria: CriterionRatings[];
  principles: PrincipleSides[];
}

/** The joint figures of one workbook from what a host read; a workbook without tblRatings has no ratings. */
export function jointAssessment(data: WorkbookData): JointAssessment {
  const criteria = rowsByKey(data, principlesTable);
  const rated = criterionRatings(criteria, rowsByKey(data, ratingsTable));
  return { criteria: rated, principles: principleSides(criteria, rated, rowsByKey(data, scoresTable)) };
}
