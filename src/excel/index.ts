export { collectActionsIntoTable, numberNewRisks, saveSnapshot } from './automation';
export { createWorkbook, type CreateResult, type StartDetails } from './create';
export { goToCell, goToColumnStart } from './go-to';
export { HostError, toHostError } from './host-error';
export { excelRun, startLiveChecks, type LiveChecks, type LiveChecksOptions, type RunBatch, type RunWith } from './live-checks';
export { startNewClient, upgradeInPlace, type NewClientResult, type UpgradeResult } from './migrate';
export { readWorkbook } from './read';
export { repairWorkbook, type RepairResult } from './repair';
