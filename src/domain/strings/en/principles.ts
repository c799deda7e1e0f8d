import type { Principle } from '../../types';

/**
 * The 12 principles in the order of ISO 44003's table of contents.
 * Intents and criteria are our own guidance-derived wording, not the text of the standard.
 */
export const principles: Principle[] = [
  {
    ref: 'P01',
    number: 1,
    name: 'Relationship management',
    intent:
      'Run your important business relationships on purpose, from first contact to the end. Give each one a clear owner and a written plan rather than relying on goodwill.',
    criteria: [
      {
        ref: 'P01.1',
        text: 'One named senior person is accountable for how the firm runs its collaborative relationships.',
        guidance: 'A dated note or minutes naming the person and what they answer for, agreed by the owner or board.',
      },
      {
        ref: 'P01.2',
        text: 'Every key partner has a named relationship manager on our side.',
        guidance: 'A list of key partners showing our contact for each, kept up to date and known to the partner.',
      },
      {
        ref: 'P01.3',
        text: 'We have decided which relationships should be collaborative and which can stay simple buying and selling.',
        guidance: 'A list of partners marked collaborative or transactional, with a short reason for each.',
      },
      {
        ref: 'P01.4',
        text: 'Each key collaboration has a relationship management plan, reviewed at least once a year or after a big change.',
        guidance: 'A plan with a version number and a last-review date within the past 12 months.',
      },
      {
        ref: 'P01.5',
        text: 'For each key relationship we know which of the eight lifecycle stages it has reached.',
        guidance: 'The stage recorded against each relationship in the plan or workbook, with the date it was last checked.',
      },
    ],
  },
  {
    ref: 'P02',
    number: 2,
    name: 'Visions and values',
    intent:
      'Be clear with each partner about why you work together and how you expect people to behave. Check that your ways of working fit before you commit.',
    criteria: [
      {
        ref: 'P02.1',
        text: 'A short written statement explains why we collaborate and which values and behaviours we expect.',
        guidance: 'A one-page statement, dated and signed by the owner, kept where staff can find it.',
      },
      {
        ref: 'P02.2',
        text: 'We have agreed ground rules for behaviour with each key partner.',
        guidance: 'Ground rules in the plan, a contract annex or meeting notes, accepted by both sides.',
      },
      {
        ref: 'P02.3',
        text: 'Before committing, we talked through a shared vision and values with the partner and wrote them down.',
        guidance: 'Notes from an early joint meeting recording the shared vision and values, dated before the agreement.',
      },
      {
        ref: 'P02.4',
        text: 'Staff who deal with the partner can explain these values in their own words.',
        guidance: 'Spot-check answers from staff, or briefing records that cover the values.',
      },
      {
        ref: 'P02.5',
        text: "We check a partner's ethics and reputation, for example on conduct and sustainability, before we choose them.",
        guidance: 'A selection checklist with ethics and reputation questions answered, plus any references or searches made.',
      },
    ],
  },
  {
    ref: 'P03',
    number: 3,
    name: 'Business objectives',
    intent:
      'Make sure every collaboration serves a clear business aim. Back it with a simple business case and joint objectives you can measure.',
    criteria: [
      {
        ref: 'P03.1',
        text: 'Our reasons for collaborating are linked to written business objectives.',
        guidance: 'A business plan or objectives list that names the collaboration and the goal it supports.',
      },
      {
        ref: 'P03.2',
        text: 'Each key collaboration has a simple business case covering benefits, costs and risks.',
        guidance: 'A short business case with expected benefits, costs and main risks, approved by the owner.',
      },
      {
        ref: 'P03.3',
        text: 'Joint objectives are written down, agreed with the partner and measurable.',
        guidance: 'Joint objectives with targets and dates, in the plan or minutes, accepted by both parties.',
      },
      {
        ref: 'P03.4',
        text: "We understand the partner's objectives and pressures, and where they differ from ours.",
        guidance: "A note of the partner's goals and pressures, with differences flagged and how we will handle them.",
      },
      {
        ref: 'P03.5',
        text: 'We check the objectives again when circumstances change.',
        guidance: 'Review notes showing objectives were revisited after a change such as new owners, prices or markets.',
      },
    ],
  },
  {
    ref: 'P04',
    number: 4,
    name: 'Collaborative leadership',
    intent:
      'Leaders back the collaboration with time, money and authority. They show the behaviour they expect from others and step in early when the relationship drifts.',
    criteria: [
      {
        ref: 'P04.1',
        text: 'The owner or a senior lead openly sponsors the collaboration and gives it the resources it needs.',
        guidance: 'Budget or staff time set aside for the collaboration, and the sponsor named in the plan.',
      },
      {
        ref: 'P04.2',
        text: 'Leaders from both sides review the relationship at an agreed interval.',
        guidance: 'Dated notes of leadership reviews attended by both firms, with the actions agreed.',
      },
      {
        ref: 'P04.3',
        text: 'The people we send to joint meetings have the authority to make decisions.',
        guidance: 'Written limits of authority, or minutes where our people decided without having to refer back.',
      },
      {
        ref: 'P04.4',
        text: 'We recognise and reward collaborative behaviour, not only individual or company gain.',
        guidance: 'Appraisal notes, thanks or bonuses that mention joint work or help given to the partner.',
      },
      {
        ref: 'P04.5',
        text: 'Leaders deal quickly with behaviour that damages trust.',
        guidance: 'Examples of trust issues raised and handled promptly, with dates and what was done.',
      },
    ],
  },
  {
    ref: 'P05',
    number: 5,
    name: 'Governance and processes',
    intent:
      'Agree a joint set-up that suits the size of the work: who decides what, how work passes between you and how problems are escalated. Make sure contracts and processes help the collaboration rather than hinder it.',
    criteria: [
      {
        ref: 'P05.1',
        text: 'The roles and responsibilities of each party are defined and agreed.',
        guidance: 'A simple responsibility chart (such as RACI) or role list accepted by both parties.',
      },
      {
        ref: 'P05.2',
        text: 'A joint management group exists, even an informal one, and meets on an agreed schedule.',
        guidance: 'A meeting calendar with people from both sides, and notes from recent meetings.',
      },
      {
        ref: 'P05.3',
        text: 'We agreed how to resolve and escalate issues before any dispute arose.',
        guidance: 'An escalation route with named contacts in the plan or contract, dated before the first dispute.',
      },
      {
        ref: 'P05.4',
        text: 'Contract and commercial terms support working together, for example shared incentives and a way to handle change.',
        guidance: 'Contract clauses on incentives, change control or joint review, not only on penalties.',
      },
      {
        ref: 'P05.5',
        text: 'We have reviewed with the partner the processes that touch them, such as orders, changes and quality.',
        guidance: 'Process maps or checklists gone through in a joint session, with the agreed changes noted.',
      },
    ],
  },
  {
    ref: 'P06',
    number: 6,
    name: 'Collaborative competence and behaviour',
    intent:
      'Work out which skills and behaviours collaboration needs, and help the people involved to build them.',
    criteria: [
      {
        ref: 'P06.1',
        text: 'We know who works with partners and which collaborative skills each of those roles needs.',
        guidance: 'A list of partner-facing roles with the skills each needs, for example on the competencies sheet.',
      },
      {
        ref: 'P06.2',
        text: 'We close skill gaps through training, coaching or mentoring.',
        guidance: 'Training or coaching records linked to the gaps found, with dates and who took part.',
      },
      {
        ref: 'P06.3',
        text: 'People in partner-facing roles show collaborative behaviours such as openness, reliability and good listening.',
        guidance: 'Ratings on the behaviours sheet, backed by examples or comments from the partner.',
      },
      {
        ref: 'P06.4',
        text: 'We talk about behaviour in staff reviews, including feedback from the partner.',
        guidance: 'Review or appraisal notes that cover behaviour and record what the partner said.',
      },
      {
        ref: 'P06.5',
        text: 'The team understands the basics of the collaboration lifecycle and the relationship management plan.',
        guidance: 'Briefing records, or staff who can say where the plan is kept and what stage the relationship is at.',
      },
    ],
  },
  {
    ref: 'P07',
    number: 7,
    name: 'Trust and commitment to mutual benefit',
    intent:
      'Earn trust by being reliable and open, and by sharing risk and reward fairly. Every party should feel the relationship is worth keeping.',
    criteria: [
      {
        ref: 'P07.1',
        text: 'Each party can say what the other gains from the relationship.',
        guidance: 'The benefits to both sides written in the plan and confirmed by the partner.',
      },
      {
        ref: 'P07.2',
        text: 'We keep our commitments, and when we cannot, we warn the partner early.',
        guidance: 'Delivery records against promises, and emails or notes giving early warning of any slippage.',
      },
      {
        ref: 'P07.3',
        text: 'Both sides consider the split of risk and reward to be fair.',
        guidance: 'Partner feedback or survey answers on fairness, or minutes where the split was discussed and agreed.',
      },
      {
        ref: 'P07.4',
        text: 'We check the level of trust from time to time, for example with a short survey of both sides.',
        guidance: 'Results of a trust or health survey, with the date and who took part from each side.',
      },
      {
        ref: 'P07.5',
        text: "We do not hold back information for advantage, and we do not repeat checks the partner has already done.",
        guidance: 'Reports or data shared openly, and no duplicate inspections of work the partner already checks.',
      },
    ],
  },
  {
    ref: 'P08',
    number: 8,
    name: 'Value creation',
    intent:
      'Look together, on purpose, for improvements and new ideas that go beyond the original deal. Capture the value they create and share it.',
    criteria: [
      {
        ref: 'P08.1',
        text: 'We have a joint way of proposing, assessing and putting improvement ideas into practice.',
        guidance: 'An ideas log with joint decisions recorded and at least one idea taken forward.',
      },
      {
        ref: 'P08.2',
        text: 'We set and track value targets such as cost, time, quality, innovation or access to markets.',
        guidance: 'Value targets in the plan, with current figures tracked against them.',
      },
      {
        ref: 'P08.3',
        text: 'We record lessons learned and use them again.',
        guidance: 'A lessons log with recent entries, and an example where a lesson changed what we did.',
      },
      {
        ref: 'P08.4',
        text: 'Incentives encourage both parties to put forward ideas.',
        guidance: 'An agreed gain-share or recognition scheme for ideas, in the contract or plan.',
      },
      {
        ref: 'P08.5',
        text: 'The value actually achieved is reported to both parties.',
        guidance: 'A regular value report shared with the partner, showing savings or gains against targets.',
      },
    ],
  },
  {
    ref: 'P09',
    number: 9,
    name: 'Information and knowledge sharing',
    intent:
      'Agree what you will share, what you will protect and how. Keep knowledge safe while the relationship runs and after it ends.',
    criteria: [
      {
        ref: 'P09.1',
        text: "We have sorted our information into 'can share', 'can share on conditions' and 'do not share'.",
        guidance: 'A knowledge map or table listing types of information and the sharing rule for each.',
      },
      {
        ref: 'P09.2',
        text: 'Confidentiality and intellectual property terms are agreed, including who owns anything we create together.',
        guidance: 'A signed confidentiality agreement and IP terms that cover work created jointly.',
      },
      {
        ref: 'P09.3',
        text: 'We have agreed with the partner how and how often we communicate.',
        guidance: 'A communication plan naming channels, contacts and frequency, and signs that it is followed.',
      },
      {
        ref: 'P09.4',
        text: 'Information we share is accurate and on time.',
        guidance: 'Few corrections or complaints from the partner, or a log showing reports sent by the due date.',
      },
      {
        ref: 'P09.5',
        text: 'Key knowledge about the relationship is not held by one person only.',
        guidance: 'Shared files, and a named deputy who could take over the relationship tomorrow.',
      },
    ],
  },
  {
    ref: 'P10',
    number: 10,
    name: 'Risk management',
    intent:
      'Find the risks that come from collaborating, including the risk that either side is not ready, and manage them together with the partner.',
    criteria: [
      {
        ref: 'P10.1',
        text: "Before committing, we assessed the risks, including our own readiness and the partner's.",
        guidance: "A dated early risk assessment that covers both our readiness and the partner's.",
      },
      {
        ref: 'P10.2',
        text: 'Each key relationship has a risk register with owners and review dates.',
        guidance: 'A risk register for the relationship in which every open risk has an owner and a next review date.',
      },
      {
        ref: 'P10.3',
        text: 'Where it makes sense, we own significant risks jointly with the partner.',
        guidance: 'Register entries marked as joint, with a named owner at the partner as well as one of ours.',
      },
      {
        ref: 'P10.4',
        text: 'We track how much we depend on the partner, for example their share of our sales or whether they are our only source.',
        guidance: "A figure for the partner's share of our sales or supply, updated at least once a year.",
      },
      {
        ref: 'P10.5',
        text: 'We review risks on a schedule and after significant changes.',
        guidance: 'Review dates in the register that are current, and notes of reviews held after major events.',
      },
    ],
  },
  {
    ref: 'P11',
    number: 11,
    name: 'Relationship measurement and optimization',
    intent:
      'Measure both the results and the health of the relationship, then act on what the measures tell you.',
    criteria: [
      {
        ref: 'P11.1',
        text: 'We have agreed key performance indicators (KPIs) for the collaboration with the partner.',
        guidance: 'A short list of KPIs with targets, written in the plan and agreed by both parties.',
      },
      {
        ref: 'P11.2',
        text: 'We measure the health of the relationship (trust, communication, behaviour) at intervals, ideally from both sides.',
        guidance: "Dated health-check results with answers from our side and the partner's.",
      },
      {
        ref: 'P11.3',
        text: 'We review results together and turn them into actions with owners and dates.',
        guidance: 'Joint review notes with an action list that names owners and due dates.',
      },
      {
        ref: 'P11.4',
        text: 'We repeat this self-assessment about every 12 months to show progress.',
        guidance: 'Two or more dated self-assessments, the latest within the past 12 months.',
      },
      {
        ref: 'P11.5',
        text: 'We feed what we learn back into the relationship management plan.',
        guidance: 'Changes in the plan that point to review findings, shown in its version history.',
      },
    ],
  },
  {
    ref: 'P12',
    number: 12,
    name: 'Exit strategy',
    intent:
      'Plan from the start how the collaboration will end or change, whether it finishes as planned or an event forces an exit. Protect both firms, your customers and your reputations, and leave the door open for future work.',
    criteria: [
      {
        ref: 'P12.1',
        text: 'Exit arrangements are written into the relationship management plan from the start.',
        guidance: 'An exit section in the first version of the plan, not one added only when trouble began.',
      },
      {
        ref: 'P12.2',
        text: 'We have listed the events that would trigger an exit, such as insolvency, a change of owner, repeated poor performance or a change of strategy.',
        guidance: 'A list of exit triggers in the plan or contract, agreed with the partner.',
      },
      {
        ref: 'P12.3',
        text: 'We have agreed how assets, data, intellectual property, staff and customers are handed over if the relationship ends.',
        guidance: 'Handover terms in the contract or plan saying who does what and by when.',
      },
      {
        ref: 'P12.4',
        text: 'We review the exit plan from time to time while the relationship runs.',
        guidance: 'A last-review date on the exit section that falls within the past 12 months.',
      },
      {
        ref: 'P12.5',
        text: 'After an exit, we hold a joint review to record lessons and any future opportunities.',
        guidance: 'Notes from a closing review listing lessons and any options for working together again.',
      },
    ],
  },
];
