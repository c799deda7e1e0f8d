/**
 * The pane's one door to Excel: each operation of src/excel inside its own Excel.run, with any
 * Office.js error turned into a HostError, so components receive plain async functions.
 */
import type { WorkbookData } from '../checks';
import { createWorkbook, goToCell, readWorkbook, repairWorkbook, toHostError, type CreateResult, type RepairResult } from '../excel';
import type { CellValue } from '../schema/rows';
import { workbookSchema } from '../schema/workbook';

export interface WorkbookGateway {
  read(): Promise<WorkbookData>;
  /** Start details by key (organisation, partners, relationship, collaborationModel, lifecycleStage). */
  create(start: Record<string, CellValue>): Promise<CreateResult>;
  repair(): Promise<RepairResult>;
  goTo(sheet: string, cell: string): Promise<void>;
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostError(error);
  }
}

const newWorkbookId = () => crypto.randomUUID();

export const excelGateway: WorkbookGateway = {
  read: () => run((context) => readWorkbook(context, workbookSchema)),
  create: (start) => run((context) => createWorkbook(context, workbookSchema, { workbookId: newWorkbookId(), start })),
  repair: () => run((context) => repairWorkbook(context, workbookSchema, newWorkbookId)),
  goTo: (sheet, cell) => run((context) => goToCell(context, sheet, cell)),
};
