import type { CompetencyItem, ScalePoint } from '../../types';

/** Skills (C) and behaviours (B) that collaborative working calls for, rated per person or role. */
export const competencies: CompetencyItem[] = [
  {
    ref: 'C01',
    kind: 'Competency',
    name: 'Collaboration fundamentals',
    description: 'Knows the 12 principles, the eight lifecycle stages and what a relationship management plan is for.',
  },
  {
    ref: 'C02',
    kind: 'Competency',
    name: 'Business and commercial awareness',
    description: 'Understands where value and cost arise, and how contracts and incentives shape behaviour.',
  },
  {
    ref: 'C03',
    kind: 'Competency',
    name: 'Relationship planning and governance',
    description: 'Can draw up and keep a relationship plan, and set up joint meetings, roles and escalation routes.',
  },
  {
    ref: 'C04',
    kind: 'Competency',
    name: 'Negotiation for mutual gain',
    description: "Looks for deals that work for both sides rather than winning at the partner's expense.",
  },
  {
    ref: 'C05',
    kind: 'Competency',
    name: 'Joint risk management',
    description: 'Spots risks in the relationship, rates them and agrees with the partner who handles what.',
  },
  {
    ref: 'C06',
    kind: 'Competency',
    name: 'Clear two-way communication',
    description: 'Explains things plainly, checks they were understood and keeps the partner informed without being asked.',
  },
  {
    ref: 'C07',
    kind: 'Competency',
    name: 'Conflict and issue resolution',
    description: 'Deals with disagreements early and calmly, using the agreed route before they grow.',
  },
  {
    ref: 'C08',
    kind: 'Competency',
    name: 'Knowledge sharing and IP awareness',
    description: 'Knows what can be shared, what needs conditions and what to protect, including intellectual property.',
  },
  {
    ref: 'C09',
    kind: 'Competency',
    name: 'Performance and relationship measurement',
    description: 'Can set sensible KPIs, run a relationship health check and turn the results into actions.',
  },
  {
    ref: 'C10',
    kind: 'Competency',
    name: 'Adapting to change',
    description: 'Adjusts plans and ways of working when the partner, the market or the work changes.',
  },
  {
    ref: 'C11',
    kind: 'Competency',
    name: 'Working across organisations and cultures',
    description: 'Understands that other firms and countries work differently, and adapts without judging.',
  },
  {
    ref: 'C12',
    kind: 'Competency',
    name: 'Working in joint teams',
    description: 'Works well in mixed teams with partner staff, sharing tasks and credit.',
  },
  {
    ref: 'B01',
    kind: 'Behaviour',
    name: 'Open and transparent',
    description: 'Shares plans, problems and bad news honestly and in good time.',
  },
  {
    ref: 'B02',
    kind: 'Behaviour',
    name: 'Reliable',
    description: 'Does what they said they would, when they said they would.',
  },
  {
    ref: 'B03',
    kind: 'Behaviour',
    name: 'Listens actively',
    description: 'Lets others finish, asks questions and checks they have understood before replying.',
  },
  {
    ref: 'B04',
    kind: 'Behaviour',
    name: "Sees the partner's point of view",
    description: 'Makes an effort to understand the pressures and aims the partner is working under.',
  },
  {
    ref: 'B05',
    kind: 'Behaviour',
    name: 'Acts with integrity',
    description: 'Behaves ethically and fairly, even when nobody would find out otherwise.',
  },
  {
    ref: 'B06',
    kind: 'Behaviour',
    name: 'Puts the team first',
    description: 'Puts the success of the joint work ahead of personal or departmental gain.',
  },
  {
    ref: 'B07',
    kind: 'Behaviour',
    name: 'Willing to share',
    description: 'Offers knowledge, ideas and help to the partner without being asked.',
  },
  {
    ref: 'B08',
    kind: 'Behaviour',
    name: 'Challenges constructively',
    description: 'Raises concerns and questions ideas in a helpful way, without blaming people.',
  },
  {
    ref: 'B09',
    kind: 'Behaviour',
    name: 'Flexible',
    description: 'Is willing to change approach when a better way appears or circumstances shift.',
  },
  {
    ref: 'B10',
    kind: 'Behaviour',
    name: 'Takes a long-term view',
    description: "Weighs the future of the relationship, not only this week's result.",
  },
  {
    ref: 'B11',
    kind: 'Behaviour',
    name: 'Accountable',
    description: 'Owns mistakes, says so openly and helps put them right.',
  },
  {
    ref: 'B12',
    kind: 'Behaviour',
    name: 'Champions collaboration',
    description: 'Speaks up for working together and encourages colleagues to do the same.',
  },
];

/** How well a person shows a competency or behaviour. */
export const proficiencyLevels: ScalePoint[] = [
  {
    value: 1,
    name: 'Aware',
    brief: 'knows why it matters',
    descriptor: 'Knows what this means and why it matters, but has little practical experience yet.',
  },
  {
    value: 2,
    name: 'Practising',
    brief: 'does it with support',
    descriptor: 'Does this with some support or guidance; results are not yet consistent.',
  },
  {
    value: 3,
    name: 'Proficient',
    brief: 'consistent, without help',
    descriptor: 'Does this well and consistently without help, including in difficult situations.',
  },
  {
    value: 4,
    name: 'Role model',
    brief: 'sets the example, coaches',
    descriptor: 'Sets the example for others, coaches colleagues and is seen by partners as a strength.',
  },
];
