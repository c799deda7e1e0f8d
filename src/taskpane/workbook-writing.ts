/** What the pane needs to build or rewrite our sheets, fetched as one script when first used (excel-gateway.ts). */
export { createWorkbook } from '../excel/create';
export { startNewClient, upgradeInPlace } from '../excel/migrate';
export { repairWorkbook } from '../excel/repair';
