/**
 * A filled example for demonstrations: a fictional joinery firm and its fictional timber
 * supplier. Any likeness to a real business is unintended.
 */
export const exampleText = {
  start: {
    organisation: 'Harbour Lane Joinery Ltd (fictional example)',
    partners: 'Northgate Timber Co-operative (fictional)',
    relationship: 'Joint bids for school refurbishment contracts',
    assessor: 'Priya Example, Director',
    scope: 'The supply and joint-bidding partnership for 2026',
  },
  /** Rating, evidence and action for some criteria, by criterion ref. */
  ratings: {
    'P01.1': [3, 'Board minute of 12 January naming Priya as accountable for partnerships.'],
    'P01.2': [2, 'Sam manages Northgate day to day; no written role yet.'],
    'P01.3': [1, ''],
    'P01.4': [2, 'Draft plan v0.3 shared with Northgate in March.'],
    'P01.5': ['N/A', 'Only one key relationship so far; stage tracking added when there are more.'],
    'P02.1': [2, 'Values page in the staff handbook.'],
    'P02.2': [1, ''],
    'P02.3': [3, 'Kick-off workshop notes signed by both firms.'],
    'P03.1': [3, 'Business plan 2026, section 4.'],
    'P03.2': [2, 'Spreadsheet business case for joint bids.'],
    'P03.3': [2, 'Two joint targets agreed by email.'],
    'P04.1': [3, 'Director attends every quarterly review.'],
    'P04.2': [2, 'Quarterly review diary entries.'],
    'P05.1': [2, 'Responsibilities table in the draft plan.'],
    'P05.3': [1, ''],
    'P06.1': [2, 'Skills list for the three partner-facing roles.'],
    'P07.1': [3, 'Benefits table agreed at kick-off.'],
    'P07.2': [3, 'Delivery log: all 14 commitments met or warned early.'],
    'P08.1': [1, ''],
    'P09.1': [2, 'Information map drafted.'],
    'P09.2': [3, 'Signed mutual confidentiality agreement, 2 February.'],
    'P10.1': [2, 'Initial risk check in the bid file.'],
    'P10.2': [3, 'Risk register on the Risks sheet, reviewed monthly.'],
    'P11.1': [1, ''],
    'P12.1': [0, ''],
    'P12.2': [1, ''],
  } as Record<string, [number | string, string]>,
  /** Action, owner and when it is due, in days from the day the example is made. */
  actions: {
    'P01.3': ['Decide which of our suppliers should be collaborative', 'Priya', 91],
    'P12.1': ['Draft exit arrangements with Northgate', 'Sam', 61],
    'P11.1': ['Agree three KPIs with Northgate', 'Sam', 30],
  } as Record<string, [string, string, number]>,
  plan: {
    A01: ['Northgate Timber: collaborative supply and joint bidding; stage 5 Working together.', 'Priya', 'Agreed', 'Yes'],
    A02: ['Shared ground rules: early warning, open books on bid costs, no poaching of staff.', 'Priya', 'Agreed', 'Yes'],
    A03: ['Win two school contracts a year together; cut timber lead time to 10 days.', 'Priya', 'Drafted', 'No'],
    A04: ['Senior accountable person: Priya (Director). Relationship manager: Sam. Northgate: J. Okafor.', 'Priya', 'Agreed', 'Yes'],
    A05: ['Monthly call, quarterly review, escalation to directors within 5 working days.', 'Sam', 'Drafted', 'No'],
    A10: ['See the Risks sheet; supply dependency is owned jointly.', 'Sam', 'Agreed', 'Yes'],
    A12: ['', 'Sam', 'Not started', ''],
  } as Record<string, [string, string, string, string]>,
  risks: [
    ['Northgate is our only source of certified oak', 'Dependency and concentration', 'Risk management', 'Sam', 4, 4, 'Reduce', 'Qualify a second supplier for oak by June', 3, 3, 'Open'],
    ['Joint bid costs are not shared as agreed', 'Opportunism or unfair value split', 'Trust and commitment to mutual benefit', 'Priya', 2, 3, 'Reduce', 'Open-book bid cost sheet reviewed monthly', 1, 3, 'Monitoring'],
    ['Sam is the only person who knows the partnership', 'Loss of key people', 'Information and knowledge sharing', 'Priya', 3, 4, 'Reduce', 'Shadowing by a second manager; notes in the plan', 2, 3, 'Open'],
    ['Northgate is bought by a national group', 'Change of control', 'Exit strategy', 'Priya', 2, 5, 'Accept', '', null, null, 'Open'],
    ['Our drawings leak to a competitor through shared folders', 'IP and confidential information leakage', 'Information and knowledge sharing', 'Sam', 2, 4, 'Reduce', 'Separate folder with access list; confidentiality agreement', 1, 4, 'Open'],
    ['Delivery slots clash in the school holidays', 'Operational integration', 'Governance and processes', 'Sam', 4, 2, 'Reduce', 'Shared delivery calendar from May', 2, 2, 'Closed'],
  ] as Array<[string, string, string, string, number, number, string, string, number | null, number | null, string]>,
  competencyPerson: 'Sam (relationship manager)',
  /** Level for the example person, by competency ref. */
  competencyLevels: { C01: 2, C02: 3, C03: 2, C04: 3, C05: 2, C06: 3, C07: 2, B01: 3, B02: 4, B03: 3, B06: 2 } as Record<string, number>,
  developmentActions: { C01: 'Half-day course on the collaboration lifecycle', C05: 'Shadow the next joint risk review' } as Record<string, string>,
} as const;
