import type { RawValue, WorkbookData } from '../../../src/data/workbook-data';
import { collectActions, dueSoon } from '../../../src/scoring';
import { lists } from '../../../src/schema/lists';
import { blank, example, TODAY } from '../checks/fixtures';
import { day, daysAfter, typeRow } from '../checks/typing';
import { testFigure } from './figure-tester';

const today = day(TODAY);
/** An action on criterion P01.1 (Principles row 5), owned by Sam. */
const criterionAction = (due: RawValue, status: RawValue = 'In progress', data: WorkbookData = blank) =>
  typeRow(data, 'Principles', 5, { Action: 'Write the partner list', Owner: 'Sam', Due: due, Status: status });
/** A development action on competency C01 (Competencies row 5), which has no status. */
const developmentAction = (due: RawValue) => typeRow(blank, 'Competencies', 5, { 'Person or role': 'Sam', 'Development action': 'Course', Due: due });
/** A mitigation on a risk (Risks row 5), due by its next review. */
const mitigation = (nextReview: RawValue, status: RawValue = 'Open') =>
  typeRow(blank, 'Risks', 5, { ID: 'R-001', Risk: 'Late delivery', Owner: 'Sam', Mitigation: 'Second supplier', 'Next review': nextReview, Status: status });
const overdue = (data: WorkbookData) => collectActions(data, today).map((a) => `${a.source} ${a.overdue || 'not overdue'}`);

testFigure('overdue actions', overdue, [
  { name: 'an action due yesterday', workbook: criterionAction(daysAfter(TODAY, -1)), expected: ['Principles Overdue'] },
  { name: 'an action due today', workbook: criterionAction(today), expected: ['Principles not overdue'] },
  { name: 'an action due yesterday and Done', workbook: criterionAction(daysAfter(TODAY, -1), 'Done'), expected: ['Principles not overdue'] },
  { name: 'an action due yesterday and done in lower case', workbook: criterionAction(daysAfter(TODAY, -1), 'done'), expected: ['Principles not overdue'] },
  { name: 'an action whose due date is text', workbook: criterionAction('last week'), expected: ['Principles not overdue'] },
  { name: 'a development action due yesterday', workbook: developmentAction(daysAfter(TODAY, -1)), expected: ['Competencies Overdue'] },
  { name: 'a development action due today', workbook: developmentAction(today), expected: ['Competencies not overdue'] },
  { name: 'a mitigation whose review was due yesterday', workbook: mitigation(daysAfter(TODAY, -1)), expected: ['Risks Overdue'] },
  { name: 'a mitigation whose review is due today', workbook: mitigation(today), expected: ['Risks not overdue'] },
  { name: 'a Closed risk\'s mitigation past its review', workbook: mitigation(daysAfter(TODAY, -1), 'Closed'), expected: ['Risks not overdue'] },
  { name: 'an action with neither owner nor date, not collected', workbook: typeRow(blank, 'Principles', 5, { Action: 'Write the partner list' }), expected: [] },
]);

const listedFor = (days?: number) => (data: WorkbookData) => dueSoon(collectActions(data, today), today, days).map((a) => a.due);

testFigure('actions due within 14 days', listedFor(14), [
  { name: 'due in exactly 14 days', workbook: criterionAction(daysAfter(TODAY, 14)), expected: [daysAfter(TODAY, 14)] },
  { name: 'due in 13 days', workbook: criterionAction(daysAfter(TODAY, 13)), expected: [daysAfter(TODAY, 13)] },
  { name: 'due in 15 days, not yet', workbook: criterionAction(daysAfter(TODAY, 15)), expected: [] },
  { name: 'due today', workbook: criterionAction(today), expected: [today] },
  { name: 'overdue by a month', workbook: criterionAction(daysAfter(TODAY, -30)), expected: [daysAfter(TODAY, -30)] },
  { name: 'due in 3 days but Done', workbook: criterionAction(daysAfter(TODAY, 3), 'Done'), expected: [] },
  { name: 'a Closed risk\'s mitigation due in 3 days', workbook: mitigation(daysAfter(TODAY, 3), 'Closed'), expected: [] },
  { name: 'a due date in words', workbook: criterionAction('soon'), expected: [] },
  {
    name: 'two actions, soonest first',
    workbook: typeRow(criterionAction(daysAfter(TODAY, 10)), 'Principles', 6, { Action: 'Call Northgate', Owner: 'Priya', Due: daysAfter(TODAY, 2) }),
    expected: [daysAfter(TODAY, 2), daysAfter(TODAY, 10)],
  },
]);

testFigure('actions due soon, 14 days unless told', listedFor(), [
  { name: 'due in exactly 14 days', workbook: criterionAction(daysAfter(TODAY, 14)), expected: [daysAfter(TODAY, 14)] },
  { name: 'due in 15 days', workbook: criterionAction(daysAfter(TODAY, 15)), expected: [] },
]);

testFigure('actions due within 3 days', listedFor(3), [
  { name: 'due in exactly 3 days', workbook: criterionAction(daysAfter(TODAY, 3)), expected: [daysAfter(TODAY, 3)] },
  { name: 'due in 4 days', workbook: criterionAction(daysAfter(TODAY, 4)), expected: [] },
]);

const statuses = (data: WorkbookData) => collectActions(data, today).map((a) => `${a.source} ${a.status ?? 'blank'}`);

testFigure('the status an action is collected with', statuses, [
  { name: 'an action In progress', workbook: criterionAction(today), expected: ['Principles In progress'] },
  { name: 'an action done in lower case', workbook: criterionAction(today, 'done'), expected: ['Principles Done'] },
  { name: 'an action with no status', workbook: criterionAction(today, null), expected: ['Principles blank'] },
  { name: 'a development action, which has no status', workbook: developmentAction(today), expected: ['Competencies blank'] },
  { name: 'an Open risk\'s mitigation', workbook: mitigation(today), expected: ['Risks blank'] },
  { name: 'a Monitoring risk\'s mitigation', workbook: mitigation(today, 'Monitoring'), expected: ['Risks blank'] },
  { name: 'a Closed risk\'s mitigation', workbook: mitigation(today, 'Closed'), expected: ['Risks Done'] },
]);

test('every status collected from the example is one the Actions sheet\'s dropdown accepts', () => {
  const collected = collectActions(example, today);
  expect(collected.length).toBeGreaterThan(5);
  const refused = collected.filter((a) => a.status !== null && !lists.actionStatus.values.includes(a.status as string));
  expect(refused).toEqual([]);
});
