/** The tables whose actions the checks ask owners and dates for (a risk's mitigation has rules of its own). */
import { actionColumns, type ActionColumns } from '../../../schema/action-columns';

export type { ActionColumns };

export const actionTables: ActionColumns[] = [actionColumns.principles, actionColumns.competencies, actionColumns.collected];
