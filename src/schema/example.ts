import { content } from '../domain/strings/en';
import { exampleText } from '../domain/strings/en/example';
import { actionStatuses } from '../domain/strings/en/workbook';
import { competenciesTable } from './competencies';
import { isoToSerial, serialToIso } from './dates';
import { planTable } from './plan';
import { principlesTable } from './principles';
import { risksTable } from './risks';
import type { RowEntries } from './rows';

/**
 * When the example's dates fall, in days from the day it is made: reviews held a few weeks ago,
 * everything else still ahead, so a demonstration made on any day shows nothing overdue (its
 * first action falls due a month later).
 */
const daysFromMade = { planLastReview: -21, planNextReview: 163, riskRaised: -58, riskNextReview: 62, developmentDue: 122 };

/**
 * A realistic, clearly fictional filled workbook for demonstrations (`partnering new --example`),
 * assessed on `madeOn` (YYYY-MM-DD), its due and review dates counted from that day.
 */
export function exampleEntries(madeOn: string): { start: Record<string, string>; rows: Record<string, RowEntries[]> } {
  const made = isoToSerial(madeOn);
  if (made === undefined) throw new Error(`The example needs a date like 2026-03-31, found "${madeOn}".`);
  const day = (offset: number) => serialToIso(made + offset);
  const t = exampleText;
  const principles = content.principles.flatMap((p) => p.criteria).map((criterion): RowEntries => {
    const rated = t.ratings[criterion.ref];
    const action = t.actions[criterion.ref];
    return {
      ...(rated ? { rating: rated[0], evidence: rated[1] } : {}),
      ...(action ? { action: action[0], owner: action[1], due: day(action[2]), status: actionStatuses.notStarted } : {}),
    };
  });
  const plan = content.planElements.map((element): RowEntries => {
    const entry = t.plan[element.ref];
    return entry ? { content: entry[0], owner: entry[1], status: entry[2], agreedWithPartner: entry[3], lastReview: day(daysFromMade.planLastReview), nextReview: day(daysFromMade.planNextReview) } : {};
  });
  const risks = t.risks.map(([risk, category, principle, owner, likelihood, impact, treatment, mitigation, rl, ri, status], i): RowEntries => ({
    id: `R-${String(i + 1).padStart(3, '0')}`, risk, category, principle, partner: 'Northgate Timber', owner, likelihood, impact,
    treatment, mitigation, residualLikelihood: rl, residualImpact: ri, status, raised: day(daysFromMade.riskRaised), nextReview: day(daysFromMade.riskNextReview),
  }));
  const competencies = content.competencies.map((item): RowEntries => {
    const level = t.competencyLevels[item.ref];
    return level === undefined ? {} : {
      person: t.competencyPerson, level,
      ...(t.developmentActions[item.ref] ? { developmentAction: t.developmentActions[item.ref], due: day(daysFromMade.developmentDue) } : {}),
    };
  });
  return {
    start: {
      ...t.start,
      collaborationModel: content.collaborationModels[0].name,
      lifecycleStage: `5 ${content.lifecycleStages[4].name}`,
      assessmentDate: madeOn,
    },
    rows: {
      [principlesTable.name]: principles,
      [planTable.name]: plan,
      [risksTable.name]: risks,
      [competenciesTable.name]: competencies,
    },
  };
}
