import type { DomainContent } from '../../types';
import { competencies, proficiencyLevels } from './competencies';
import {
  collaborationModels,
  expectedBenefits,
  lifecycleStages,
  riskCategories,
  treatments,
} from './lists';
import { planElements } from './plan';
import { principles } from './principles';
import { impact, likelihood, maturityLevels, notApplicable, riskBands } from './scales';

/** All English guidance content, in one object. */
export const content: DomainContent = {
  provenance:
    'These criteria are guidance-derived: we wrote them ourselves, based on the principles of ISO 44003:2021. They are not the text of the standard.',
  principles,
  maturityLevels,
  notApplicable,
  planElements,
  competencies,
  proficiencyLevels,
  likelihood,
  impact,
  riskBands,
  riskCategories,
  treatments,
  collaborationModels,
  expectedBenefits,
  lifecycleStages,
};
