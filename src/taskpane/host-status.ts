/** Where the pane is running, decided once at start-up. */
export type HostStatus = 'excel' | 'old-excel' | 'outside-office';

/** The least Excel API the add-in relies on; the manifest asks for the same. */
export const REQUIRED_EXCEL_API = '1.9';

const OFFICE_READY_TIMEOUT_MS = 5000;

export function detectHost(): Promise<HostStatus> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return Promise.resolve('outside-office');
  }
  const ready = Office.onReady().then((info): HostStatus => {
    if (info.host !== Office.HostType.Excel) return 'outside-office';
    return Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) ? 'excel' : 'old-excel';
  });
  // office.js never resolves onReady on a page opened outside Office.
  const timeout = new Promise<HostStatus>((resolve) => setTimeout(() => resolve('outside-office'), OFFICE_READY_TIMEOUT_MS));
  return Promise.race([ready, timeout]);
}
