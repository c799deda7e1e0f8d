/**
 * Workbooks as other programs write them: the Open XML SDK's namespace prefixes, a Mac workbook's
 * 1904 dates, ISO date cells, dates with a time of day, shared formulas, attribute values holding
 * `>` and entities, and an .ods given by mistake.
 */
import { strToU8, zipSync } from 'fflate';
import { runChecks } from '../../../src/checks';
import type { WorkbookData } from '../../../src/data/workbook-data';
import { columnLetter } from '../../../src/schema/address';
import { isoToSerial } from '../../../src/schema/dates';
import { exampleEntries } from '../../../src/schema/example';
import { risksTable } from '../../../src/schema/risks';
import { columnOf, placed, workbookSchema } from '../../../src/schema/workbook';
import { must } from '../../../src/xlsx/excelize';
import { readWorkbookData, WorkbookReadError } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { editWorkbook, patchPart, replaceCell } from '../../support/xlsx-edit';

const TODAY = '2026-04-01';
/** The writer numbers the sheet parts in the schema's sheet order. */
const RISKS_PART = `xl/worksheets/sheet${workbookSchema.sheets.findIndex((s) => s.name === risksTable.sheet) + 1}.xml`;
const risks = placed(risksTable);
const riskCell = (key: string, index: number) => `${columnLetter(columnOf(risks, key))}${risks.headerRow + 1 + index}`;
const findings = (data: WorkbookData) => runChecks(data, { today: TODAY }).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();

let example: Uint8Array;
beforeAll(async () => {
  example = await writeWorkbook(workbookSchema, { workbookId: 'other-programs', ...exampleEntries('2026-03-31') });
});

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every SpreadsheetML element written `<x:name>`, as the Open XML SDK does (another prefix where a part already uses x). */
function withPrefix(xml: string): string {
  const prefix = xml.includes('xmlns:x=') ? 'sml' : 'x';
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z][\w.-]*)(?=[\s>/])/g, `<$1${prefix}:$2`)
    .replace(`xmlns="${MAIN_NS}"`, `xmlns:${prefix}="${MAIN_NS}"`);
}

describe('namespace prefixes', () => {
  it('reads a workbook whose parts all say <x:worksheet>, <x:c>, <x:table> exactly as the unprefixed one', () => {
    let prefixed = example;
    const parts = ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', ...Array.from({ length: workbookSchema.sheets.length }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`),
      ...Array.from({ length: workbookSchema.tables.length }, (_, i) => `xl/tables/table${i + 1}.xml`)];
    for (const part of parts) prefixed = patchPart(prefixed, part, withPrefix);
    expect(prefixed).not.toEqual(example);

    const read = readWorkbookData(prefixed);

    expect(read).toEqual(readWorkbookData(example));
    expect(read.tables.tblRisks.rows[0].cells.ID.value).toBe('R-001');
  });
});

describe('attribute values and text holding > and entities', () => {
  it('reads a sheet name holding > written raw and & and a character written as entities', () => {
    const renamed = patchPart(example, 'xl/workbook.xml', (xml) => xml.replace('name="Risks"', 'name="Risks > 2026 &amp; &#x4E00;"'));

    const data = readWorkbookData(renamed);

    expect(data.tables.tblRisks.sheet).toBe('Risks > 2026 & 一');
    expect(data.tables.tblRisks.rows[0].cells.ID.value).toBe('R-001');
  });
});

describe('the 1904 date system of Mac workbooks', () => {
  it('reads every date as the same day the 1900 workbook has, and says which system the file uses', async () => {
    const original = readWorkbookData(example);
    const mac = patchPart(await editWorkbook(example, (file) => {
      for (const { table } of workbookSchema.tables) {
        const found = original.tables[table.name];
        for (const column of table.columns.filter((c) => c.type === 'date')) {
          for (const row of found.rows) {
            const cell = row.cells[column.header];
            if (typeof cell?.value === 'number') must(file.SetCellValue(found.sheet, cell.address, cell.value - 1462), cell.address);
          }
        }
      }
      const assessed = original.names.AssessmentDate;
      must(file.SetCellValue(assessed.sheet, assessed.address, (assessed.value as number) - 1462), 'AssessmentDate');
    }), 'xl/workbook.xml', (xml) => xml.replace('<workbookPr ', '<workbookPr date1904="1" '));

    const data = readWorkbookData(mac);

    expect(data.dateSystem).toBe(1904);
    expect(original.dateSystem).toBe(1900);
    expect(data.names.AssessmentDate.value).toBe(isoToSerial('2026-03-31'));
    expect(data.tables.tblRisks.rows[0].cells.Likelihood.value).toBe(original.tables.tblRisks.rows[0].cells.Likelihood.value);
    expect({ ...data, dateSystem: undefined }).toEqual({ ...original, dateSystem: undefined, });
    expect(findings(data)).toEqual(findings(original));
  });
});

describe('dates written other ways', () => {
  it('reads an ISO date cell (t="d") as that day, with or without a time of day', () => {
    let edited = replaceCell(example, RISKS_PART, riskCell('nextReview', 0), () => `<c r="${riskCell('nextReview', 0)}" t="d"><v>2026-09-30T00:00:00</v></c>`);
    edited = replaceCell(edited, RISKS_PART, riskCell('nextReview', 1), () => `<c r="${riskCell('nextReview', 1)}" t="d"><v>2026-09-30T18:00:00</v></c>`);

    const rows = readWorkbookData(edited).tables.tblRisks.rows;

    expect(rows[0].cells['Next review'].value).toBe(isoToSerial('2026-09-30'));
    expect(rows[1].cells['Next review'].value).toBe((isoToSerial('2026-09-30') as number) + 0.75);
    expect(findings(readWorkbookData(edited)).filter((f) => f.startsWith('date-value'))).toEqual([]);
  });

  it('takes a date with a time of day as a date, and still judges it overdue by its day', () => {
    const cell = riskCell('nextReview', 0);
    const noon = (isoToSerial('2026-03-01') as number) + 0.5;
    const edited = replaceCell(example, RISKS_PART, cell, (old) => old.replace(/<v>[^<]*<\/v>/, `<v>${noon}</v>`));

    const found = findings(readWorkbookData(edited));

    expect(found.filter((f) => f.startsWith('date-value'))).toEqual([]);
    expect(found.some((f) => f.startsWith(`overdue-review Risks!${cell} `) && f.includes('2026-03-01'))).toBe(true);
  });
});

describe('shared formulas', () => {
  it('expands a shared formula into each cell with its relative references moved', () => {
    const [first, second, third] = [0, 1, 2].map((i) => riskCell('score', i));
    let edited = replaceCell(example, RISKS_PART, first, () => `<c r="${first}"><f t="shared" ref="${first}:${third}" si="7">G5*H5+$A$1+SUM(G$5:G5)</f><v>0</v></c>`);
    edited = replaceCell(edited, RISKS_PART, second, () => `<c r="${second}"><f t="shared" si="7"/><v>0</v></c>`);
    edited = replaceCell(edited, RISKS_PART, third, () => `<c r="${third}"><f t="shared" si="7"></f><v>0</v></c>`);

    const rows = readWorkbookData(edited).tables.tblRisks.rows;

    expect(rows.slice(0, 3).map((r) => r.cells.Score.formula)).toEqual([
      'G5*H5+$A$1+SUM(G$5:G5)', 'G6*H6+$A$1+SUM(G$5:G6)', 'G7*H7+$A$1+SUM(G$5:G7)',
    ]);
  });

  it('finds no overwritten formula where a shared formula means the template’s', () => {
    const [first, second] = [0, 1].map((i) => riskCell('rating', i));
    const rating = risksTable.formulas.rating.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    let edited = replaceCell(example, RISKS_PART, first, () => `<c r="${first}" t="str"><f t="shared" ref="${first}:${second}" si="0">${rating}</f><v>Low</v></c>`);
    edited = replaceCell(edited, RISKS_PART, second, () => `<c r="${second}" t="str"><f t="shared" si="0"/><v>Low</v></c>`);

    expect(findings(readWorkbookData(edited)).filter((f) => f.startsWith('overwritten-formula'))).toEqual([]);
  });
});

describe('files of other kinds', () => {
  const problemOf = (bytes: Uint8Array) => {
    try {
      readWorkbookData(bytes);
    } catch (error) {
      if (error instanceof WorkbookReadError) return `${error.problem}: ${error.message}`;
      throw error;
    }
    return 'none';
  };

  it('says an .ods is not an .xlsx and to save it as .xlsx', () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });
    expect(problemOf(ods)).toMatch(/^not-xlsx: is an OpenDocument spreadsheet \(\.ods\).*save it as \.xlsx/);
  });

  it('says a workbook with a part that is not well-formed XML is damaged, naming the part', () => {
    const broken = patchPart(example, RISKS_PART, (xml) => xml.replace('<sheetData>', '<sheetData><row r="1"><c r="A1"></row>'));
    expect(problemOf(broken)).toBe(`corrupt: is damaged: its part ${RISKS_PART} is not well-formed XML. Open it in Excel (which may repair it) and save it again.`);
  });
});
