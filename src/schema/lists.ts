import { content } from '../domain/strings/en';
import { actionStatuses, planStatuses, raterSides, riskStatuses, yesNo } from '../domain/strings/en/workbook';

/** A dropdown list: a column on the hidden Lists sheet with a defined name over its values. */
export interface NamedList {
  /** Defined name the data validation refers to. */
  name: string;
  header: string;
  values: Array<string | number>;
}

const named = (name: string, header: string, values: Array<string | number>): NamedList => ({ name, header, values });

export const lists = {
  rating: named('lstRating', 'Rating', [...content.maturityLevels.map((l) => l.value), content.notApplicable.code]),
  level: named('lstLevel', 'Maturity level', content.maturityLevels.map((l) => l.name)),
  principle: named('lstPrinciple', 'Principle', content.principles.map((p) => p.name)),
  planStatus: named('lstPlanStatus', 'Plan status', Object.values(planStatuses)),
  riskStatus: named('lstRiskStatus', 'Risk status', Object.values(riskStatuses)),
  actionStatus: named('lstActionStatus', 'Action status', Object.values(actionStatuses)),
  yesNo: named('lstYesNo', 'Yes or no', Object.values(yesNo)),
  category: named('lstCategory', 'Risk category', content.riskCategories.map((c) => c.name)),
  treatment: named('lstTreatment', 'Treatment', content.treatments.map((t) => t.name)),
  model: named('lstModel', 'Collaboration model', content.collaborationModels.map((m) => m.name)),
  stage: named('lstStage', 'Lifecycle stage', content.lifecycleStages.map((s) => `${s.number} ${s.name}`)),
  kind: named('lstKind', 'Kind', [...new Set(content.competencies.map((c) => c.kind))]),
  proficiency: named('lstProficiency', 'Proficiency', content.proficiencyLevels.map((l) => l.value)),
  source: named('lstSource', 'Action source', ['Principles', 'Plan', 'Competencies', 'Risks']),
  side: named('lstSide', 'Rater side', Object.values(raterSides)),
  criterionRef: named('lstCriterionRef', 'Criterion ref', content.principles.flatMap((p) => p.criteria.map((c) => c.ref))),
} satisfies Record<string, NamedList>;

export const allLists: NamedList[] = Object.values(lists);

/** The template's list with that defined name; throws for a name no list has. */
export function listNamed(name: string): NamedList {
  const found = allLists.find((l) => l.name === name);
  if (!found) throw new Error(`No list is named "${name}".`);
  return found;
}
