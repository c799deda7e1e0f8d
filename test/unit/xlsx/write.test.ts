import { cellAddress, columnLetter } from '../../../src/schema/address';
import { allLists } from '../../../src/schema/lists';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import type { TableSchema } from '../../../src/schema/table';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { columnOf, initialRowCount, placed, placedTables, workbookSchema } from '../../../src/schema/workbook';
import { readCalculatedColumnFormulas } from '../../../src/xlsx/calculated-columns';
import { loadExcelize, type ExcelizeFile } from '../../../src/xlsx/excelize';
import { writeWorkbook } from '../../../src/xlsx/write';

let bytes: Uint8Array;
let file: ExcelizeFile;

beforeAll(async () => {
  bytes = await writeWorkbook(workbookSchema, { workbookId: 'test-id' });
  file = (await loadExcelize()).OpenReader(bytes);
});

const valueAt = (sheet: string, cell: string) => file.GetCellValue(sheet, cell).value;

/** The data cells of one column as created, e.g. `F5:F64`. */
function dataCells(table: TableSchema, key: string): string {
  const p = placed(table);
  const letter = columnLetter(columnOf(p, key));
  return `${letter}${p.headerRow + 1}:${letter}${p.headerRow + initialRowCount(table)}`;
}

type DataValidations = ReturnType<ExcelizeFile['GetDataValidations']>['dataValidation'];

function validationOn(table: TableSchema, key: string) {
  // excelize-wasm 0.1.3 declares `dataValidation` but returns `dataValidations`.
  const found = file.GetDataValidations(table.sheet) as { dataValidation?: DataValidations; dataValidations?: DataValidations };
  return (found.dataValidations ?? found.dataValidation ?? []).find((v) => v.Sqref === dataCells(table, key));
}

describe('a blank workbook written from the schema', () => {
  it.each(placedTables.map((p) => [p.table.name, p] as const))('has %s on its sheet with its headers in order', (_, p) => {
    const { table, headerRow, firstColumn } = p;
    const found = file.GetTables(table.sheet).tables.find((t) => t.Name === table.name);
    const headers = table.columns.map((_column, i) => valueAt(table.sheet, cellAddress(firstColumn + i, headerRow)));
    const lastCell = cellAddress(firstColumn + table.columns.length - 1, headerRow + initialRowCount(table));

    expect(found?.Range).toBe(`${cellAddress(firstColumn, headerRow)}:${lastCell}`);
    expect(headers).toEqual(table.columns.map((c) => c.header));
  });

  it('makes every calculated column a calculated column, so rows added in Excel get its formula', () => {
    const declared = Object.fromEntries(placedTables
      .filter(({ table }) => Object.keys(table.formulas).length > 0)
      .map(({ table }) => [table.name, Object.fromEntries(Object.entries(table.formulas).map(([key, f]) => [table.col(key).header, f]))]));

    expect(Object.keys(declared).length).toBeGreaterThan(0);
    expect(readCalculatedColumnFormulas(bytes)).toEqual(declared);
  });

  it('offers the rating list on every Rating cell of the Principles', () => {
    expect(validationOn(principlesTable, 'rating')).toMatchObject({ Type: 'list', Formula1: 'lstRating' });
  });

  it('accepts only a whole number from 1 to 5 as Likelihood', () => {
    expect(validationOn(risksTable, 'likelihood')).toMatchObject({ Type: 'whole', Operator: 'between', Formula1: '1', Formula2: '5' });
  });

  it('accepts only dates in every date column', () => {
    const dateColumns = placedTables.flatMap(({ table }) =>
      table.columns.filter((c) => c.type === 'date').map((c) => ({ table, key: c.key, where: `${table.name}[${c.header}]` })));
    const unchecked = dateColumns.filter(({ table, key }) => validationOn(table, key)?.Type !== 'date').map((c) => c.where);

    expect(dateColumns.length).toBeGreaterThan(0);
    expect(unchecked).toEqual([]);
  });

  it('records the template version and the workbook id in custom properties', () => {
    const { props } = file.GetCustomProps();

    expect(props).toEqual(expect.arrayContaining([
      { Name: 'PartneringTemplateVersion', Value: TEMPLATE_VERSION },
      { Name: 'PartneringWorkbookId', Value: 'test-id' },
    ]));
  });

  it('defines a name for every dropdown list, over its values on the Lists sheet', () => {
    const names = file.GetDefinedName().definedNames;
    const missing = allLists.filter((l) => !names.some((n) => n.Name === l.name && n.RefersTo?.startsWith("'Lists'!"))).map((l) => l.name);

    expect(missing).toEqual([]);
  });

  it('keeps the Principles header in view when scrolling', () => {
    const { headerRow } = placed(principlesTable);

    expect(file.GetPanes(principlesTable.sheet).panes).toMatchObject({ Freeze: true, YSplit: headerRow, TopLeftCell: `A${headerRow + 1}` });
  });

  it('hides the Lists sheet and shows the others', () => {
    const visible = file.GetSheetList().list.map((sheet) => [sheet, file.GetSheetVisible(sheet).visible]);

    expect(visible).toContainEqual(['Lists', false]);
    expect(visible.filter(([sheet, shown]) => sheet !== 'Lists' && !shown)).toEqual([]);
  });
});
