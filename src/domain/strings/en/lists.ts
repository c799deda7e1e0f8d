import type { LifecycleStage, NamedItem } from '../../types';

/*
 * Names in this file become Excel dropdown values: no commas, no leading = + - @,
 * and short enough to read in a list.
 */

/** Risks that come from the collaboration itself, with a typical example of each. */
export const riskCategories: NamedItem[] = [
  {
    name: 'Strategic misalignment',
    description: "Our objectives or priorities and the partner's drift apart.",
  },
  {
    name: 'Dependency and concentration',
    description: 'One partner brings most of our sales, is our only source, or we are locked in.',
  },
  {
    name: 'Partner financial failure',
    description: 'The partner runs short of cash or becomes insolvent.',
  },
  {
    name: 'Opportunism or unfair value split',
    description: 'One side takes most of the benefit or uses the relationship for its own gain.',
  },
  {
    name: 'IP and confidential information leakage',
    description: 'Our know-how passes to the partner, who later competes with us.',
  },
  {
    name: 'Cultural and behavioural misalignment',
    description: 'Different ways of working or a culture of blame cause friction.',
  },
  {
    name: 'Communication breakdown',
    description: 'Information is not passed on, or arrives too late to act on.',
  },
  {
    name: 'Governance deadlock',
    description: 'Nobody has clear authority to decide, or escalation is slow.',
  },
  {
    name: 'Loss of key people',
    description: 'The relationship depends on one or two people who could leave.',
  },
  {
    name: 'Capability and readiness',
    description: 'We or the partner lack the capacity or skills the work needs.',
  },
  {
    name: 'Reputational association',
    description: "The partner's conduct damages our good name.",
  },
  {
    name: 'Legal and regulatory',
    description: 'Breaking rules by working together, such as cross-border rules or competition law between rivals.',
  },
  {
    name: 'Change of control',
    description: 'The partner is bought by someone else or changes its strategy.',
  },
  {
    name: 'Power imbalance',
    description: 'A much larger partner can impose unequal terms on us.',
  },
  {
    name: 'Operational integration',
    description: "Our processes or systems do not fit with the partner's.",
  },
  {
    name: 'Data protection and cyber security',
    description: 'Personal or business data is exposed through shared systems or files.',
  },
  {
    name: 'Exit and disengagement',
    description: 'There is no orderly way out, leaving customers or data stranded.',
  },
  {
    name: 'Opportunity (positive risk)',
    description: 'Something that could turn out better than planned, such as a joint innovation or a new market.',
  },
];

export const treatmentNames = { avoid: 'Avoid', reduce: 'Reduce', share: 'Share', accept: 'Accept', pursue: 'Pursue opportunity' } as const;

/** Practical ways for a small firm to respond to a risk or an opportunity. */
export const treatments: NamedItem[] = [
  {
    name: treatmentNames.avoid,
    brief: 'stop or change the activity',
    description: 'Stop or change the activity so the risk cannot arise, for example by turning down that piece of work.',
  },
  {
    name: treatmentNames.reduce,
    brief: 'make it less likely or less harmful',
    description: 'Take action to make the risk less likely or less harmful, such as extra checks, training or a backup supplier.',
  },
  {
    name: treatmentNames.share,
    brief: 'contract terms, insurance, the partner',
    description: 'Pass part of the risk to someone else through contract terms, insurance or joint ownership with the partner.',
  },
  {
    name: treatmentNames.accept,
    brief: 'live with it and keep watching',
    description: 'Decide knowingly to live with the risk because acting would cost more than it saves. Keep watching it.',
  },
  {
    name: treatmentNames.pursue,
    brief: 'make a positive risk likelier or bigger',
    description: 'For a positive risk, take steps to make it more likely or bigger, such as putting time into a joint idea.',
  },
];

/** The shapes a small firm's collaboration can take. */
export const collaborationModels: NamedItem[] = [
  {
    name: 'One-to-one with another small firm',
    description: 'Two small firms working together directly.',
  },
  {
    name: 'Group or network of small firms',
    description: 'Several small firms joining forces, for example to bid for bigger contracts or share services.',
  },
  {
    name: 'Small firm with a larger organisation',
    description: 'One or more small firms working with a large company or public body, often as a supplier.',
  },
];

/** Why a small firm might collaborate. */
export const expectedBenefits: NamedItem[] = [
  {
    name: 'Complementary resources',
    description: 'The partner brings skills, equipment or capacity that fill gaps in ours.',
  },
  {
    name: 'Access to markets and customers',
    description: 'Reach customers, sectors or regions we could not reach alone.',
  },
  {
    name: 'Innovation and development',
    description: 'Develop new products, services or ways of working together.',
  },
  {
    name: 'Greater scale',
    description: 'Take on larger contracts or volumes than either firm could handle alone.',
  },
  {
    name: 'Shared risk and cost',
    description: 'Split the cost, risk and resources of a venture between the partners.',
  },
  {
    name: 'Access to knowledge and skills',
    description: 'Learn from the partner and gain expertise we do not have in-house.',
  },
  {
    name: 'Efficiency and stability',
    description: 'Cut waste, smooth workloads and build steadier long-term income.',
  },
];

/** The eight stages of a collaborative relationship, from first thoughts to an orderly exit. */
export const lifecycleStages: LifecycleStage[] = [
  {
    number: 1,
    name: 'Operational awareness',
    summary:
      'Decide to collaborate on purpose: name an accountable senior person, set a policy and objectives, rank the opportunities, run a first risk check and start the plan.',
    principles: [1, 3, 4],
  },
  {
    number: 2,
    name: 'Knowledge',
    summary:
      'For each opportunity, work out the strategy and a simple business case, understand what drives it and think about how it could end.',
    principles: [3, 9, 12],
  },
  {
    number: 3,
    name: 'Internal assessment',
    summary:
      'Take an honest look at whether we are ready: our processes, our people and how collaborative we really are.',
    principles: [6, 4],
  },
  {
    number: 4,
    name: 'Partner selection',
    summary: 'Judge possible partners on shared objectives, values and ability to deliver, and record why one was chosen.',
    principles: [2, 3, 7],
  },
  {
    number: 5,
    name: 'Working together',
    summary:
      "Set up joint management, roles, shared processes and a contract that suits the work, without each side checking the other's work twice.",
    principles: [5, 9],
  },
  {
    number: 6,
    name: 'Value creation',
    summary: 'Look together for improvements and new ideas, and learn from experience.',
    principles: [8],
  },
  {
    number: 7,
    name: 'Staying together',
    summary:
      'Track results and relationship health together, share ownership of risks, sort out issues and have leaders step in when things slip.',
    principles: [7, 10, 11],
  },
  {
    number: 8,
    name: 'Exit strategy activation',
    summary: 'End or change the relationship in an orderly way, capture the lessons and keep future options open.',
    principles: [12],
  },
];
