import { date, list, text } from './columns';
import { lists } from './lists';
import { table } from './table';

/** Open actions collected from the other sheets. */
export const actionsTable = table({
  name: 'tblActions',
  sheet: 'Actions',
  label: 'action',
  columns: [
    list('source', 'Source', lists.source.name, { width: 14 }),
    text('ref', 'Ref', { width: 8 }),
    text('action', 'Action', { width: 44, wrap: true }),
    text('owner', 'Owner', { width: 14 }),
    date('due', 'Due'),
    list('status', 'Status', lists.actionStatus.name, { width: 12 }),
    text('overdue', 'Overdue', { width: 10, readOnly: true }),
  ],
  blankRows: 1,
  clientRows: true,
});
