/**
 * A workbook as a Mac user keeps it: the 1904 date system, with dates typed in it, so every serial
 * is stored 1,462 days lower than the same day in the 1900 system. Built from our own written
 * workbook, then switched to 1904 and typed into through excelize as Excel for Mac would store it.
 */
import { cellAddress } from '../../src/schema/address';
import { isoToSerial } from '../../src/schema/dates';
import type { WorkbookSchema } from '../../src/schema/workbook';
import { DAYS_1900_TO_1904 } from '../../src/xlsx/date-cells';
import { must } from '../../src/xlsx/excelize';
import { readWorkbookData } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { editWorkbook } from './xlsx-edit';

/** A date a person typed: where, and the day it means. */
export interface TypedDate {
  sheet: string;
  address: string;
  iso: string;
  /** The table column it stands in, or undefined for a cell of the person's own. */
  table?: string;
  header?: string;
}

export const MAC_DATES = { raised: '2026-03-01', nextReview: '2026-06-30', due: '2026-04-15', assessment: '2026-02-27', own: '2025-12-31' };

export async function macWorkbook(schema: WorkbookSchema): Promise<{ bytes: Uint8Array; dates: TypedDate[] }> {
  const written = await writeWorkbook(schema, {
    workbookId: 'mac-user', start: { organisation: 'Mac Ltd' },
    rows: { tblRisks: [{ id: 'R-001', risk: 'Supplier strike', likelihood: 4, impact: 3, owner: 'Sam' }], tblActions: [{ action: 'Call the supplier', owner: 'Sam' }] },
  });
  const data = readWorkbookData(written);
  const at = (table: string, header: string, iso: string): TypedDate => {
    const found = data.tables[table];
    const column = found.columns.find((c) => c.header === header);
    if (!column) throw new Error(`${table} has no ${header}`);
    return { sheet: found.sheet, address: cellAddress(column.column, found.headerRow + 1), iso, table, header };
  };
  const assessment = data.names.AssessmentDate;
  const dates: TypedDate[] = [
    at('tblRisks', 'Raised', MAC_DATES.raised),
    at('tblRisks', 'Next review', MAC_DATES.nextReview),
    at('tblActions', 'Due', MAC_DATES.due),
    { sheet: assessment.sheet, address: assessment.address, iso: MAC_DATES.assessment },
    { sheet: 'My dates', address: 'B2', iso: MAC_DATES.own },
  ];
  const bytes = await editWorkbook(written, (file) => {
    must(file.SetWorkbookProps({ Date1904: true }), '1904');
    must(file.NewSheet('My dates'), 'New sheet');
    must(file.SetCellStr('My dates', 'A2', 'Contract signed'), 'Label');
    const style = must(file.NewStyle({ NumFmt: 14 }), 'Date style').style;
    must(file.SetCellStyle('My dates', 'B2', 'B2', style), 'Date format');
    for (const date of dates) must(file.SetCellValue(date.sheet, date.address, (isoToSerial(date.iso) as number) - DAYS_1900_TO_1904), date.address);
  });
  return { bytes, dates };
}
