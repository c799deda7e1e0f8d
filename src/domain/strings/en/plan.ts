import type { PlanElement } from '../../types';

/** Key elements of a relationship management plan, each tied to the principles it serves (main one first). */
export const planElements: PlanElement[] = [
  {
    ref: 'A01',
    name: 'Relationship profile and scope',
    whatToRecord:
      'Who the partner is, which collaboration model applies, whether the relationship is collaborative or transactional, what it covers and which lifecycle stage it has reached.',
    principles: ['P01'],
  },
  {
    ref: 'A02',
    name: 'Policy and values statement',
    whatToRecord: 'Why we collaborate, the values we share with the partner and the ground rules for behaviour.',
    principles: ['P02'],
  },
  {
    ref: 'A03',
    name: 'Objectives and business case',
    whatToRecord:
      'Our objectives and the joint ones, the benefits we expect, the costs, and what customers and other stakeholders expect.',
    principles: ['P03'],
  },
  {
    ref: 'A04',
    name: 'Leadership and accountability',
    whatToRecord:
      'The senior person accountable, our relationship manager(s), their opposite numbers at the partner and who can decide what.',
    principles: ['P04'],
  },
  {
    ref: 'A05',
    name: 'Governance and operating arrangements',
    whatToRecord:
      'The joint meeting and how often it meets, who does what, the shared processes, the contract and payment model, and how issues are escalated and settled.',
    principles: ['P05'],
  },
  {
    ref: 'A06',
    name: 'Capability, competencies and behaviours',
    whatToRecord:
      'The skills each role needs, the gaps found and the actions to close them (see the competencies sheet).',
    principles: ['P06'],
  },
  {
    ref: 'A07',
    name: 'Mutual benefit and trust',
    whatToRecord:
      'What each party gains, how risk and reward are split, and how trust is built and checked.',
    principles: ['P07'],
  },
  {
    ref: 'A08',
    name: 'Value creation',
    whatToRecord: 'Targets for improvement and new ideas, how ideas are raised and judged, and the lessons learned.',
    principles: ['P08'],
  },
  {
    ref: 'A09',
    name: 'Communication and knowledge management',
    whatToRecord:
      'Channels and how often we talk, what we share freely, share on conditions or protect, and the confidentiality and IP terms.',
    principles: ['P09'],
  },
  {
    ref: 'A10',
    name: 'Risk management',
    whatToRecord:
      'A summary of the first risk assessment, a link to the risk register and the risks owned jointly with the partner.',
    principles: ['P10'],
  },
  {
    ref: 'A11',
    name: 'Measurement and review',
    whatToRecord:
      'The KPIs, how relationship health is measured, how often results are reviewed and the improvement actions that follow.',
    principles: ['P11'],
  },
  {
    ref: 'A12',
    name: 'Exit strategy',
    whatToRecord:
      'The events that would trigger an exit, the steps to wind down, the handover of assets, data and customers, and the review after exit.',
    principles: ['P12'],
  },
  {
    ref: 'A13',
    name: 'Partner selection record',
    whatToRecord:
      'The criteria used to choose the partner, how candidates were assessed and why this one was picked, recorded before work starts.',
    principles: ['P01', 'P02', 'P03'],
  },
  {
    ref: 'A14',
    name: 'Plan control',
    whatToRecord:
      'Who owns the plan, its version, who approved it, when it was last reviewed and is next due, and whether the partner has a copy.',
    principles: ['P01', 'P11'],
  },
];
