import { content } from '../domain/strings/en';
import { planStatuses, workbookText } from '../domain/strings/en/workbook';
import { date, list, text } from './columns';
import { lists } from './lists';
import { table } from './table';

const principleName = (ref: string) => content.principles.find((p) => p.ref === ref)?.name ?? '';

export const planTable = table({
  name: 'tblPlan',
  sheet: 'Plan',
  label: 'element',
  columns: [
    text('ref', 'Ref', { width: 6 }),
    text('element', 'Element', { width: 26, wrap: true, required: true }),
    text('whatToRecord', 'What to record', { width: 40, wrap: true }),
    list('principle', 'Principle', lists.principle.name, { width: 22, wrap: true }),
    text('content', 'Content', { width: 50, wrap: true, clientEntry: true }),
    text('owner', 'Owner', { width: 14, clientEntry: true }),
    list('status', 'Status', lists.planStatus.name, { width: 14, initial: planStatuses.notStarted, clientEntry: true }),
    list('agreedWithPartner', 'Agreed with partner', lists.yesNo.name, { width: 10, clientEntry: true }),
    date('lastReview', 'Last review', { prompt: workbookText.prompts.date, clientEntry: true }),
    date('nextReview', 'Next review', { prompt: workbookText.prompts.date, clientEntry: true }),
  ],
  seedRows: content.planElements.map((e) => ({
    ref: e.ref, element: e.name, whatToRecord: e.whatToRecord, principle: principleName(e.principles[0]),
    status: planStatuses.notStarted,
  })),
});
