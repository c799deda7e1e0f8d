import { content } from '../domain/strings/en';
import { exampleText } from '../domain/strings/en/example';
import { actionStatuses } from '../domain/strings/en/workbook';
import { competenciesTable } from './competencies';
import { planTable } from './plan';
import { principlesTable } from './principles';
import { risksTable } from './risks';
import type { RowEntries } from './rows';

/** A realistic, clearly fictional filled workbook for demonstrations (`partnering new --example`). */
export function exampleEntries(assessmentDate: string): { start: Record<string, string>; rows: Record<string, RowEntries[]> } {
  const t = exampleText;
  const principles = content.principles.flatMap((p) => p.criteria).map((criterion): RowEntries => {
    const rated = t.ratings[criterion.ref];
    const action = t.actions[criterion.ref];
    return {
      ...(rated ? { rating: rated[0], evidence: rated[1] } : {}),
      ...(action ? { action: action[0], owner: action[1], due: action[2], status: actionStatuses.notStarted } : {}),
    };
  });
  const plan = content.planElements.map((element): RowEntries => {
    const entry = t.plan[element.ref];
    return entry ? { content: entry[0], owner: entry[1], status: entry[2], agreedWithPartner: entry[3], lastReview: '2026-03-10', nextReview: '2026-09-10' } : {};
  });
  const risks = t.risks.map(([risk, category, principle, owner, likelihood, impact, treatment, mitigation, rl, ri, status], i): RowEntries => ({
    id: `R-${String(i + 1).padStart(3, '0')}`, risk, category, principle, partner: 'Northgate Timber', owner, likelihood, impact,
    treatment, mitigation, residualLikelihood: rl, residualImpact: ri, status, raised: '2026-02-01', nextReview: '2026-06-01',
  }));
  const competencies = content.competencies.map((item): RowEntries => {
    const level = t.competencyLevels[item.ref];
    return level === undefined ? {} : {
      person: t.competencyPerson, level,
      ...(t.developmentActions[item.ref] ? { developmentAction: t.developmentActions[item.ref], due: '2026-07-31' } : {}),
    };
  });
  return {
    start: {
      ...t.start,
      collaborationModel: content.collaborationModels[0].name,
      lifecycleStage: `5 ${content.lifecycleStages[4].name}`,
      assessmentDate,
    },
    rows: {
      [principlesTable.name]: principles,
      [planTable.name]: plan,
      [risksTable.name]: risks,
      [competenciesTable.name]: competencies,
    },
  };
}
