/** Why a file could not be read as a Partnering Workbook; each follows the file's name. */
export const readText = {
  tooLarge: (megabytes: string, limit: number) => `is ${megabytes} MB, more than the ${limit} MB this tool reads.`,
  unpacksTooLarge: (limit: number) => `unpacks to more than ${limit} MB, far more than a workbook of this kind; it was not read.`,
  tooManyCells: (limit: string) => `has more than ${limit} cells, more than this tool reads.`,
  passwordOrXls: 'is password-protected or an old .xls file. Remove the password (File › Info › Protect Workbook) or save it as .xlsx, then check it again.',
  pdf: 'is a PDF, not an .xlsx workbook.',
  empty: 'is empty, not an .xlsx workbook.',
  ods: 'is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Open it in LibreOffice or Excel and save it as .xlsx (Excel 2007–365), then check that file.',
  notXlsx: 'is not an .xlsx workbook (it may be a CSV or text file). Open it in Excel and save it as .xlsx.',
  damaged: 'is damaged: it is not a complete .xlsx file. Open it in Excel (which may repair it) and save it again.',
  damagedPart: (part: string) => `is damaged: its part ${part} is not well-formed XML. Open it in Excel (which may repair it) and save it again.`,
  noWorkbookPart: 'is damaged or not a workbook: it has no workbook part.',
  notPartnering: 'is an .xlsx workbook but not a Partnering Workbook: none of its tables or properties are ours. Create one with `partnering new`.',
} as const;
