/** Words the task pane, the ribbon and the command line say, in English. */

/**
 * Where the add-in runs (ExcelApi 1.9) and where the workbook alone works. README.md and the
 * manifest's description say the same words; test/unit/manifest/platform-claims.test.ts holds them to it.
 */
export const platforms = {
  addIn: 'Microsoft 365 (Windows Version 1903 or later, Mac 16.24 or later), Office 2021 or later, or Excel on the web',
  workbook: 'its formulas, dropdowns and charts work in Excel 2016 and later without the add-in',
} as const;

export const messages = {
  appName: 'Partnering Workbook',
  loading: 'Loading Partnering Workbook…',
  outsideOffice: {
    title: 'Open this pane from Excel',
    body:
      'Partnering Workbook works inside Excel on Windows, Mac or the web. In Excel, choose Partnering Workbook on the Home tab.',
  },
  oldExcel: {
    title: 'This version of Excel is too old for the add-in',
    body:
      `The add-in needs ${platforms.addIn}; it does not run in Office 2016 or Office 2019. The workbook itself still works here: ${platforms.workbook}.`,
  },
  /** Shown by the page itself when the pane's script could not start, so it must read well on its own. */
  cannotStart: {
    title: 'Partnering Workbook could not start',
    body:
      `Close the pane and open it again from the Home tab. If this message comes back, this version of Excel cannot run the add-in: it needs ${platforms.addIn}. The workbook itself still works: ${platforms.workbook}.`,
  },
} as const;

export type Messages = typeof messages;
