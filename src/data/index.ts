export { findTable, isCellError, type CellData, type CellError, type NamedCell, type RawValue, type TableData, type WorkbookData } from './workbook-data';
export { FoundColumns, headersFrom, normalHeader, type HeaderAt } from './found-columns';
export { RowView, TableView, type Located } from './table-view';
