export { newClientCopy, type MigratedWorkbook } from './new-client';
export { startDetails, tableContent, type TableContent } from './table-content';
export { compareVersion, headersUsedBefore, olderLayouts, upgradeWorkbook, type OlderLayout, type VersionOrder } from './upgrade';
