export { newClientCopy, type MigratedWorkbook } from './new-client';
export { startDetails, tableContent, type TableContent } from './table-content';
export {
  compareVersion, headerRenames, headersUsedBefore, olderLayouts, upgradeWorkbook, type HeaderRename, type OlderLayout, type VersionOrder,
} from './upgrade';
