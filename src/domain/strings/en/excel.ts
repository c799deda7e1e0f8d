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
  missingTable: (table: string) => `The table ${table} is missing. Choose Repair workbook to restore it, then try again.`,
  newClient: {
    done: (cleared: number, removed: number) => `Ready for a new client: ${cleared} ${cleared === 1 ? 'entry' : 'entries'} cleared`
      + `${removed > 0 ? ` and ${removed} risk, action and snapshot ${removed === 1 ? 'row' : 'rows'} removed` : ''}. `
      + 'Your criteria, weights, targets, plan elements, lists and columns of your own were kept, and the workbook has a new id. '
      + 'Save it under a new name now (File › Save As, or File › Save a Copy).',
  },
  upgrade: {
    current: (version: string) => `This workbook already uses template ${version}: there is nothing to upgrade.`,
    newer: (version: string, current: string) =>
      `This workbook uses template ${version}, newer than this add-in's ${current}. Nothing was changed. Update the add-in to work on it.`,
    done: (from: string | undefined, to: string, renamed: string[], added: string[]) => `Upgraded from template ${from ?? '(no version)'} to ${to}`
      + `${renamed.length > 0 ? `; renamed ${renamed.join(', ')}` : ''}${added.length > 0 ? `; added ${added.join(', ')}` : ''}.`
      + ' Every entry you typed is where it was.',
  },
  repair: {
    /** What Repair restored, each as it reads in the message. */
    parts: {
      sheet: (sheet: string) => `the ${sheet} sheet`,
      name: (name: string) => `the name ${name}`,
      tableName: (table: string) => `the name of ${table}`,
      table: (table: string) => `the table ${table}`,
      column: (header: string, table: string) => `the ${header} column of ${table}`,
      templateVersion: 'the template version',
      charts: (count: number) => (count === 1 ? 'a chart' : `${count} charts`),
    },
    nothing: 'The workbook is complete: nothing needed repairing.',
    done: (parts: string[]) => `Repaired: ${parts.join('; ')}. Every entry you typed was kept.`,
    onRenamedSheet: (table: string, sheet: string, now: string) =>
      `Could not restore ${table}: its sheet ${sheet} is now called ${now}. Rename it back to ${sheet}, then repair again.`,
    inTheWay: (tables: string[]) => `Could not restore ${tables.join(', ')}: other cells stand where ${tables.length === 1 ? 'it goes' : 'they go'}. Move them, then repair again.`,
  },
} as const;
