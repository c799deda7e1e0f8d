import type { DomainContent, RiskBand, ScalePoint } from '../../types';

/**
 * Self-assessment scale for each criterion. The briefs make the Rating input message, which Excel
 * caps at 255 characters (src/schema/validation.ts); the descriptors are the full meanings, shown
 * in the legend on the Start sheet.
 */
export const maturityLevels: ScalePoint[] = [
  {
    value: 0,
    name: 'Not in place',
    brief: 'nothing, or no evidence',
    descriptor: 'Nothing exists yet, or there is no evidence that it happens.',
  },
  {
    value: 1,
    name: 'Initial',
    brief: 'ad hoc, unwritten',
    descriptor: 'Happens now and then, depends on one or two people, and nothing is written down.',
  },
  {
    value: 2,
    name: 'Developing',
    brief: 'partly done, uneven',
    descriptor: 'Planned or partly done. Some notes exist, but it is not applied every time.',
  },
  {
    value: 3,
    name: 'Established',
    brief: 'written, agreed, always used',
    descriptor: 'Written down, agreed with partners and used in all key relationships.',
  },
  {
    value: 4,
    name: 'Optimising',
    brief: 'measured, reviewed, improved',
    descriptor: 'Measured, reviewed with partners at least once a year and improved on the evidence.',
  },
];

export const notApplicable = {
  code: 'N/A',
  name: 'Not applicable',
  descriptor: 'Does not apply to this firm or relationship. Note a short reason.',
} as const satisfies DomainContent['notApplicable'];

/** How likely a risk is to happen, roughly over the next year. */
export const likelihood: ScalePoint[] = [
  {
    value: 1,
    name: 'Rare',
    brief: 'under a 1 in 20 chance',
    descriptor: 'Would happen only in unusual circumstances (less than a 1 in 20 chance).',
  },
  {
    value: 2,
    name: 'Unlikely',
    brief: '1 in 20 to 1 in 4',
    descriptor: 'Could happen but would be a surprise (roughly a 1 in 20 to 1 in 4 chance).',
  },
  {
    value: 3,
    name: 'Possible',
    brief: '1 in 4 to even',
    descriptor: 'Might well happen; it has happened to firms like ours (roughly a 1 in 4 to even chance).',
  },
  {
    value: 4,
    name: 'Likely',
    brief: 'even to 4 in 5',
    descriptor: 'More likely to happen than not (roughly an even chance to 4 in 5).',
  },
  {
    value: 5,
    name: 'Almost certain',
    brief: 'over 4 in 5',
    descriptor: 'Expected to happen, or already starting to (more than a 4 in 5 chance).',
  },
];

/** How bad it would be if the risk happened: money, delivery, reputation, legal and the relationship itself. */
export const impact: ScalePoint[] = [
  {
    value: 1,
    name: 'Minor',
    brief: 'absorbed easily, barely noticed',
    descriptor:
      'Small cost we absorb easily; a short delay customers do not notice; no publicity or legal issue; the partner is barely affected.',
  },
  {
    value: 2,
    name: 'Low',
    brief: 'fixed quickly, some friction',
    descriptor:
      'Noticeable cost or delay that we fix quickly; a customer complains; no legal issue; some friction with the partner.',
  },
  {
    value: 3,
    name: 'Moderate',
    brief: 'dents the year, trust strained',
    descriptor:
      "Cost that dents the year's profit; a missed deadline; local bad publicity or a regulator's query; trust with the partner is strained.",
  },
  {
    value: 4,
    name: 'High',
    brief: 'serious loss, relationship at risk',
    descriptor:
      'Serious loss or a lost customer; a major delivery failure; wider bad publicity; a legal claim; the relationship is at risk.',
  },
  {
    value: 5,
    name: 'Critical',
    brief: 'threatens the firm, relationship ends',
    descriptor:
      "Threatens the firm's survival; we cannot deliver; lasting damage to our name; prosecution or a large claim; the relationship ends.",
  },
];

/** Bands for the risk score (Likelihood × Impact, 1–25). */
export const riskBands: RiskBand[] = [
  {
    name: 'Low',
    min: 1,
    max: 4,
    advice: 'Monitor: keep an eye on it at routine reviews. No extra action is needed for now.',
  },
  {
    name: 'Medium',
    min: 5,
    max: 9,
    advice: 'Manage: give it an owner and planned actions, and check progress at each review.',
  },
  {
    name: 'High',
    min: 10,
    max: 15,
    advice:
      'Escalate: tell the owner or senior lead, agree actions with deadlines and raise it with the partner if it affects them.',
  },
  {
    name: 'Critical',
    min: 16,
    max: 25,
    advice: 'Act now: deal with it straight away at the top level, together with the partner where it affects them.',
  },
];
