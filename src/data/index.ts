export {
  findTable, isCellError, ROWS_READ_BELOW, type CellData, type CellError, type NamedCell, type OtherTable, type RawValue, type TableData, type WorkbookData,
} from './workbook-data';
export { FoundColumns, headersFrom, normalHeader, type HeaderAt } from './found-columns';
export { hasHeadersOf, renamedTable } from './renamed-table';
export { RowView, TableView, type Located } from './table-view';
