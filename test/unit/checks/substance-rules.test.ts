import { actionsTable } from '../../../src/schema/actions';
import { competenciesTable } from '../../../src/schema/competencies';
import { isoToSerial } from '../../../src/schema/dates';
import { planTable } from '../../../src/schema/plan';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { removeRow, setCell, setNamed } from '../../support/workbook-data';
import { addedFindings, assessed, blank, check, example, findingAt } from './fixtures';

const date = (iso: string) => isoToSerial(iso) as number;
const [P01_3, P01_5, P12_1] = [2, 4, 55];
const [A01, A02, A04, A12] = [0, 1, 3, 11];
const [C01, C05] = [0, 4];
const [R002, R003, R006] = [1, 2, 5];

/** The example before it reached Working together, so the exit strategy need not be agreed yet. */
const early = setNamed(assessed, 'LifecycleStage', '4 Partner selection');

describe('start-details', () => {
  it('warns when the Organisation is blank', () => {
    expect(addedFindings(assessed, setNamed(assessed, 'Organisation', null))).toEqual([
      findingAt('Start!B5', 'start-details', 'warning', 'Organisation is blank.'),
    ]);
  });

  it('warns when the assessment date is blank', () => {
    expect(addedFindings(assessed, setNamed(assessed, 'AssessmentDate', ''))).toEqual([
      findingAt('Start!B11', 'start-details', 'warning', 'Assessment date is blank.'),
    ]);
  });
});

describe('evidence-for-high-rating', () => {
  it('warns about a Rating of 3 with no evidence, at the Evidence cell', () => {
    expect(addedFindings(assessed, setCell(assessed, principlesTable.name, 'rating', P01_3, 3))).toEqual([
      findingAt('Principles!H7', 'evidence-for-high-rating', 'warning', 'P01.3 is rated 3 but has no evidence.'),
    ]);
  });
});

describe('reason-for-na', () => {
  it('warns about N/A with the reason cleared', () => {
    expect(addedFindings(assessed, setCell(assessed, principlesTable.name, 'evidence', P01_5, null))).toEqual([
      findingAt('Principles!H9', 'reason-for-na', 'warning', 'P01.5 is rated N/A but gives no reason.'),
    ]);
  });
});

describe('action-needs-owner-and-due', () => {
  it('warns about a criterion action without an owner', () => {
    expect(addedFindings(assessed, setCell(assessed, principlesTable.name, 'owner', P01_3, null))).toEqual([
      findingAt('Principles!J7', 'action-needs-owner-and-due', 'warning', 'Owner is blank for the action "Decide which of our suppliers should be…".'),
    ]);
  });

  it('warns about a development action without a due date', () => {
    expect(addedFindings(assessed, setCell(assessed, competenciesTable.name, 'due', C05, null))).toEqual([
      findingAt('Competencies!J9', 'action-needs-owner-and-due', 'warning', 'Due is blank for the action "Shadow the next joint risk review".'),
    ]);
  });

  it('warns about an action on the Actions sheet with neither', () => {
    expect(addedFindings(assessed, setCell(assessed, actionsTable.name, 'action', 0, 'Send the minutes to Northgate'))).toEqual([
      findingAt('Actions!D5', 'action-needs-owner-and-due', 'warning', 'Owner is blank for the action "Send the minutes to Northgate".'),
      findingAt('Actions!E5', 'action-needs-owner-and-due', 'warning', 'Due is blank for the action "Send the minutes to Northgate".'),
    ]);
  });
});

describe('overdue-action', () => {
  const lapsed = setCell(assessed, principlesTable.name, 'due', P12_1, date('2026-03-01'));

  it('warns about an action past its due date that is not done', () => {
    expect(addedFindings(assessed, lapsed)).toEqual([
      findingAt('Principles!K60', 'overdue-action', 'warning', 'The action "Draft exit arrangements with Northgate" was due on 2026-03-01 and is not done.'),
    ]);
  });

  it('says nothing once the action is Done', () => {
    expect(addedFindings(assessed, setCell(lapsed, principlesTable.name, 'status', P12_1, 'Done'))).toEqual([]);
  });

  it('warns about a development action past its due date', () => {
    expect(addedFindings(assessed, setCell(assessed, competenciesTable.name, 'due', C01, date('2026-03-31')))).toEqual([
      findingAt('Competencies!J5', 'overdue-action', 'warning', 'The action "Half-day course on the collaboration li…" was due on 2026-03-31 and is not done.'),
    ]);
  });
});

describe('overdue-review', () => {
  it('warns about a plan element whose review date has passed', () => {
    expect(addedFindings(assessed, setCell(assessed, planTable.name, 'nextReview', A01, date('2026-03-20')))).toEqual([
      findingAt('Plan!J5', 'overdue-review', 'warning', 'The review of A01 Relationship profile and scope was due on 2026-03-20.'),
    ]);
  });

  it('warns about an open risk whose review date has passed', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'nextReview', R002, date('2026-03-01')))).toEqual([
      findingAt('Risks!S6', 'overdue-review', 'warning', 'The review of R-002 was due on 2026-03-01.'),
    ]);
  });

  it('says nothing about a closed risk or a plan element that does not apply', () => {
    const closedRisk = setCell(assessed, risksTable.name, 'nextReview', R006, date('2026-03-01'));
    const notApplicable = setCell(setCell(closedRisk, planTable.name, 'status', A01, 'Not applicable'), planTable.name, 'nextReview', A01, date('2026-03-20'));
    expect(addedFindings(assessed, notApplicable)).toEqual([]);
  });
});

describe('risk-needs-owner', () => {
  it('warns about a risk whose owner was cleared', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'owner', R002, null))).toEqual([
      findingAt('Risks!F6', 'risk-needs-owner', 'warning', 'R-002 has no owner.'),
    ]);
  });

  it('names a risk without an ID by its text', () => {
    const noId = setCell(assessed, risksTable.name, 'id', R002, null);
    expect(addedFindings(noId, setCell(noId, risksTable.name, 'owner', R002, null))).toEqual([
      findingAt('Risks!F6', 'risk-needs-owner', 'warning', 'The risk "Joint bid costs are not shared as agreed" has no owner.'),
    ]);
  });
});

describe('risk-needs-mitigation', () => {
  it('warns about a High risk with no mitigation', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'mitigation', R003, null))).toEqual([
      findingAt('Risks!L7', 'risk-needs-mitigation', 'warning', 'R-003 is High and has no mitigation.'),
    ]);
  });

  it('says nothing when the risk is accepted', () => {
    const accepted = setCell(assessed, risksTable.name, 'treatment', R003, 'Accept');
    expect(addedFindings(assessed, setCell(accepted, risksTable.name, 'mitigation', R003, null))).toEqual([]);
  });
});

describe('risk-needs-review-date', () => {
  it('warns about an open risk with no next review date', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'nextReview', R002, null))).toEqual([
      findingAt('Risks!S6', 'risk-needs-review-date', 'warning', 'R-002 has no next review date.'),
    ]);
  });
});

describe('residual-above-inherent', () => {
  it('warns when the residual score is above the score before treatment', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'residualLikelihood', R002, 3))).toEqual([
      findingAt('Risks!O6', 'residual-above-inherent', 'warning', 'R-002 scores 9 after treatment but 6 before.'),
    ]);
  });
});

describe('plan-agreed-needs-content', () => {
  it('warns about an Agreed element with nothing written down', () => {
    expect(addedFindings(assessed, setCell(assessed, planTable.name, 'content', A02, null))).toEqual([
      findingAt('Plan!E6', 'plan-agreed-needs-content', 'warning', 'A02 Policy and values statement is Agreed but has no content.'),
    ]);
  });
});

describe('plan-review-interval', () => {
  it('warns when the next review is more than 12 months after the last', () => {
    expect(addedFindings(assessed, setCell(assessed, planTable.name, 'nextReview', A01, date('2027-04-01')))).toEqual([
      findingAt('Plan!J5', 'plan-review-interval', 'warning',
        'The next review of A01 Relationship profile and scope on 2027-04-01 is more than 12 months after the last one on 2026-03-10.'),
    ]);
  });

  it('accepts a review exactly 12 months on', () => {
    expect(addedFindings(assessed, setCell(assessed, planTable.name, 'nextReview', A01, date('2027-03-10')))).toEqual([]);
  });
});

describe('senior-accountable-person', () => {
  it('warns when element A04 has no owner', () => {
    expect(addedFindings(assessed, setCell(assessed, planTable.name, 'owner', A04, null))).toEqual([
      findingAt('Plan!F8', 'senior-accountable-person', 'warning',
        'Owner of A04 Leadership and accountability is blank, so no senior person is named as accountable.'),
    ]);
  });

  it('warns at the table when the A04 row was deleted', () => {
    expect(addedFindings(early, removeRow(early, planTable.name, A04))).toEqual([
      findingAt('Plan!A4', 'senior-accountable-person', 'warning', 'The plan has no element A04, where the senior accountable person is named.'),
    ]);
  });
});

describe('exit-strategy-agreed', () => {
  it('warns once the relationship reaches Working together without an agreed exit strategy', () => {
    expect(check(example).filter((f) => f.rule === 'exit-strategy-agreed')).toEqual([
      findingAt('Plan!G16', 'exit-strategy-agreed', 'warning', 'The relationship is at stage "5 Working together", but the exit strategy is "Not started", not agreed.'),
    ]);
  });

  it('warns when the stage moves on to Value creation', () => {
    expect(addedFindings(early, setNamed(early, 'LifecycleStage', '6 Value creation'))).toEqual([
      findingAt('Plan!G16', 'exit-strategy-agreed', 'warning', 'The relationship is at stage "6 Value creation", but the exit strategy is "Not started", not agreed.'),
    ]);
  });

  it('says nothing once the exit strategy is agreed', () => {
    const agreed = setCell(setCell(assessed, planTable.name, 'content', A12, 'Six months notice; shared tools bought out at book value.'),
      planTable.name, 'status', A12, 'Agreed');
    expect(check(agreed).filter((f) => f.rule === 'exit-strategy-agreed')).toEqual([]);
  });
});

describe('competency-gap-action', () => {
  it('warns about a level below the required one with no development action', () => {
    expect(addedFindings(assessed, setCell(assessed, competenciesTable.name, 'developmentAction', C01, null))).toEqual([
      findingAt('Competencies!I5', 'competency-gap-action', 'warning',
        'Collaboration fundamentals is at level 2, below the required 3, and has no development action.'),
    ]);
  });
});

describe('assessment-progress', () => {
  it('tells, at the Rating header, how few criteria are rated', () => {
    expect(check(example).filter((f) => f.rule === 'assessment-progress')).toEqual([
      findingAt('Principles!F4', 'assessment-progress', 'info', '26 of 60 criteria are rated (43 %).'),
    ]);
  });

  /** The first criteria rated 2, then one more N/A with its reason. */
  const ratedUpTo = (count: number, withNotApplicable: boolean) => {
    let data = blank;
    for (let i = 0; i < count; i++) data = setCell(data, principlesTable.name, 'rating', i, 2);
    if (!withNotApplicable) return data;
    return setCell(setCell(data, principlesTable.name, 'rating', count, 'N/A'), principlesTable.name, 'evidence', count, 'No staff yet.');
  };

  it('counts N/A as rated and says nothing from 60 % on', () => {
    expect(check(ratedUpTo(35, true)).filter((f) => f.rule === 'assessment-progress')).toEqual([]);
  });

  it('still tells at 58 %, rounding down', () => {
    expect(check(ratedUpTo(35, false)).filter((f) => f.rule === 'assessment-progress')).toEqual([
      findingAt('Principles!F4', 'assessment-progress', 'info', '35 of 60 criteria are rated (58 %).'),
    ]);
  });
});
