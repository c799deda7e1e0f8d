/** What the live add-in says when Excel refuses something, and about what it did. */
export const excelText = {
  errors: {
    InvalidArgument: 'Excel did not accept part of the change. Nothing you typed was lost. Choose Repair workbook to complete it.',
    ItemNotFound: 'Part of the workbook Partnering Workbook expects is missing (a sheet, table or name was deleted or renamed). Choose Repair workbook to restore it.',
    ApiNotFound: 'This version of Excel lacks a feature the add-in needs. Update Excel, or use Excel on the web.',
    AccessDenied: 'A sheet or the workbook structure is protected, so Excel refused the change. Unprotect it (Review › Unprotect), then try again.',
    RequestPayloadSizeLimitExceeded: 'The change was too large for Excel to take in one go. Try again; if it keeps failing, split the work.',
    PayloadTooLarge: 'The change was too large for Excel to take in one go. Try again; if it keeps failing, split the work.',
    EditModeNotAllowed: 'Excel is busy with a cell you are editing. Press Enter or Esc to finish editing the cell, then try again.',
    InvalidOperationInCellEditMode: 'Excel is busy with a cell you are editing. Press Enter or Esc to finish editing the cell, then try again.',
    GeneralException: 'Excel could not finish the change. Nothing you typed was lost. Try again, or choose Repair workbook.',
    unknown: (code: string) => `Excel could not finish the change (${code}). Nothing you typed was lost. Try again, or choose Repair workbook.`,
  },
  create: {
    alreadyThere: (names: string[]) => `This workbook already has ${names.join(', ')}. Nothing was changed. Choose Repair workbook to restore any missing parts while keeping your entries.`,
    workbookProtected: 'The workbook structure is protected, so sheets cannot be added. Unprotect it (Review › Protect Workbook), then try again.',
    created: (sheets: number, tables: number) => `Created ${sheets} sheets and ${tables} tables with their lists, checks, scores and charts.`,
  },
  repair: {
    nothing: 'The workbook is complete: nothing needed repairing.',
    done: (parts: string[]) => `Repaired: ${parts.join('; ')}. Every entry you typed was kept.`,
    onRenamedSheet: (table: string, sheet: string, now: string) =>
      `Could not restore ${table}: its sheet ${sheet} is now called ${now}. Rename it back to ${sheet}, then repair again.`,
    inTheWay: (tables: string[]) => `Could not restore ${tables.join(', ')}: other cells stand where ${tables.length === 1 ? 'it goes' : 'they go'}. Move them, then repair again.`,
  },
} as const;
