export { findTable, isCellError, type CellData, type CellError, type NamedCell, type RawValue, type TableData, type WorkbookData } from './workbook-data';
export { normalHeader, RowView, TableView, type Located } from './table-view';
