/** What watches, numbers and collects an existing workbook's entries, fetched as one script when first used (excel-gateway.ts). */
export { collectActionsIntoTable, numberNewRisks, saveSnapshot } from '../excel/automation';
export { excelRun, startLiveChecks } from '../excel/live-checks';
