/** Words the task pane, the ribbon and the command line say, in English. */
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
      'The add-in needs Excel 2019, Microsoft 365 or Excel on the web. The workbook itself still works here: scores, lists and charts are ordinary formulas.',
  },
} as const;

export type Messages = typeof messages;
