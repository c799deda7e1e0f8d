/**
 * Browser entry for e2e tests: an Excel host made of the fake Excel object model, put on window
 * before the pane's scripts run. `window.__fakeExcel` lets a test act as the person at the sheet.
 */
import { createFakeExcel, type FakeExcel } from '../../host/fake-excel';

/** Set by a test with page.addInitScript before this script runs. */
export interface FakeOfficeOptions {
  darkTheme?: boolean;
}

declare global {
  interface Window {
    __fakeExcel: FakeExcel;
    __fakeOfficeOptions?: FakeOfficeOptions;
    /** Milliseconds each Excel.run waits before it starts, as a slow workbook or connection would. */
    __fakeExcelDelayMs?: number;
  }
}

const fake = createFakeExcel();
const scope = window as unknown as Record<string, unknown>;
window.__fakeExcel = fake;
scope.Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: {
    requirements: { isSetSupported: () => true },
    officeTheme: { isDarkTheme: window.__fakeOfficeOptions?.darkTheme === true },
  },
};
const delay = () => new Promise((resolve) => setTimeout(resolve, window.__fakeExcelDelayMs ?? 0));
scope.Excel = {
  run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    await delay();
    return fake.run(batch);
  },
};
