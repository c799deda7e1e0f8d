import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  addCalculatedColumnFormulas,
  readCalculatedColumnFormulas,
  type CalculatedColumns,
} from '../../../src/xlsx/calculated-columns';
import { loadExcelize, type Excelize } from '../../../src/xlsx/excelize';


const SCORE = 'tblRisks[[#This Row],[Likelihood]]*tblRisks[[#This Row],[Impact & Reach]]';
const SCORE_IN_FILE = 'tblRisks[[#This Row],[Likelihood]]*tblRisks[[#This Row],[Impact &amp; Reach]]';
const RISK_TABLE_PART = 'xl/tables/table1.xml';
const scoreColumn: CalculatedColumns = { tblRisks: { Score: SCORE } };

let excelize: Excelize;
let workbook: Uint8Array;

beforeAll(async () => {
  excelize = await loadExcelize();
  workbook = riskWorkbook(excelize);
});

/** A risk register whose Score column multiplies the two before it, plus a table with no formulas. */
function riskWorkbook(lib: Excelize): Uint8Array {
  const f = lib.NewFile();
  const steps = [
    f.NewSheet('Risks'),
    f.SetSheetRow('Risks', 'A1', ['Likelihood', 'Impact & Reach', 'Score']),
    f.SetSheetRow('Risks', 'A2', [2, 3]),
    f.SetSheetRow('Risks', 'A3', [4, 5]),
    f.SetCellFormula('Risks', 'C2', SCORE),
    f.SetCellFormula('Risks', 'C3', SCORE),
    f.AddTable('Risks', { Range: 'A1:C3', Name: 'tblRisks', StyleName: 'TableStyleMedium2' }),
    f.NewSheet('Actions'),
    f.SetSheetRow('Actions', 'A1', ['Action', 'Owner']),
    f.SetSheetRow('Actions', 'A2', ['Agree exit terms', 'Sam']),
    f.AddTable('Actions', { Range: 'A1:B2', Name: 'tblActions', StyleName: 'TableStyleMedium2' }),
  ];
  for (const step of steps) expect(step.error).toBeNull();
  const { buffer, error } = f.WriteToBuffer();
  expect(error).toBeNull();
  return buffer as Uint8Array;
}

const part = (xlsx: Uint8Array, path: string): string => strFromU8(unzipSync(xlsx)[path]);
const occurrences = (text: string, of: string): number => text.split(of).length - 1;

/** The same workbook with one table part's XML rewritten, to stand in for other writers. */
function withTablePart(xlsx: Uint8Array, rewrite: (xml: string) => string): Uint8Array {
  const entries = unzipSync(xlsx);
  entries[RISK_TABLE_PART] = strToU8(rewrite(strFromU8(entries[RISK_TABLE_PART])));
  return zipSync(entries);
}

describe('calculated-column formulas in table parts', () => {
  it('gives a row added in Excel the Score formula', () => {
    const xml = part(addCalculatedColumnFormulas(workbook, scoreColumn), RISK_TABLE_PART);

    expect(xml).toContain(
      `<tableColumn id="3" name="Score"><calculatedColumnFormula>${SCORE_IN_FILE}</calculatedColumnFormula></tableColumn>`,
    );
    expect(occurrences(xml, '<calculatedColumnFormula')).toBe(1);
  });

  it('reads back the formula it added, with the ampersand unescaped', () => {
    expect(readCalculatedColumnFormulas(addCalculatedColumnFormulas(workbook, scoreColumn))).toEqual(scoreColumn);
  });

  it('reads no formulas from tables as excelize writes them', () => {
    expect(readCalculatedColumnFormulas(workbook)).toEqual({});
  });

  it('changes nothing when applied a second time', () => {
    const once = addCalculatedColumnFormulas(workbook, scoreColumn);
    const twice = addCalculatedColumnFormulas(once, scoreColumn);

    expect(occurrences(part(twice, RISK_TABLE_PART), '<calculatedColumnFormula')).toBe(1);
    expect(twice).toEqual(once);
  });

  it('replaces a formula the column already has', () => {
    const old = addCalculatedColumnFormulas(workbook, { tblRisks: { Score: 'tblRisks[[#This Row],[Likelihood]]' } });
    const updated = addCalculatedColumnFormulas(old, scoreColumn);

    expect(occurrences(part(updated, RISK_TABLE_PART), '<calculatedColumnFormula')).toBe(1);
    expect(readCalculatedColumnFormulas(updated)).toEqual(scoreColumn);
  });

  it('finds a header that holds an ampersand', () => {
    const columns = { tblRisks: { 'Impact & Reach': 'tblRisks[[#This Row],[Likelihood]]+1' } };

    expect(readCalculatedColumnFormulas(addCalculatedColumnFormulas(workbook, columns))).toEqual(columns);
  });

  it('escapes formula text that XML would otherwise misread', () => {
    const formula = 'IF(tblRisks[[#This Row],[Likelihood]]<3,"low"&"",">=3")';
    const xlsx = addCalculatedColumnFormulas(workbook, { tblRisks: { Score: formula } });

    expect(part(xlsx, RISK_TABLE_PART)).toContain(
      '<calculatedColumnFormula>IF(tblRisks[[#This Row],[Likelihood]]&lt;3,&quot;low&quot;&amp;&quot;&quot;,&quot;&gt;=3&quot;)</calculatedColumnFormula>',
    );
    expect(readCalculatedColumnFormulas(xlsx)).toEqual({ tblRisks: { Score: formula } });
  });

  it('fills in columns Excel wrote as empty elements', () => {
    const asExcelWrites = withTablePart(workbook, (xml) => xml.replace(/><\/tableColumn>/g, '/>'));
    const xml = part(addCalculatedColumnFormulas(asExcelWrites, scoreColumn), RISK_TABLE_PART);

    expect(xml).toContain(
      `<tableColumn id="3" name="Score"><calculatedColumnFormula>${SCORE_IN_FILE}</calculatedColumnFormula></tableColumn>`,
    );
    expect(xml).toContain('<tableColumn id="1" name="Likelihood"/>');
  });

  it('finds a table by its display name when its internal name differs', () => {
    const renamed = withTablePart(workbook, (xml) => xml.replace(' name="tblRisks"', ' name="Table1"'));
    const xlsx = addCalculatedColumnFormulas(renamed, scoreColumn);

    expect(readCalculatedColumnFormulas(xlsx)).toEqual({ Table1: { Score: SCORE } });
  });

  it('still opens in excelize with its values, formulas and tables', () => {
    const f = excelize.OpenReader(addCalculatedColumnFormulas(workbook, scoreColumn));

    expect(f.error ?? null).toBeNull();
    expect(f.GetCellValue('Risks', 'B1').value).toBe('Impact & Reach');
    expect(f.GetCellValue('Risks', 'A3').value).toBe('4');
    expect(f.GetCellFormula('Risks', 'C3').formula).toBe(SCORE);
    expect(f.GetTables('Risks').tables).toEqual([expect.objectContaining({ Name: 'tblRisks', Range: 'A1:C3' })]);
    expect(f.GetTables('Actions').tables).toEqual([expect.objectContaining({ Name: 'tblActions', Range: 'A1:B2' })]);
  });

  it('keeps every other part byte for byte and in the same order', () => {
    const before = unzipSync(workbook);
    const after = unzipSync(addCalculatedColumnFormulas(workbook, scoreColumn));

    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const path of Object.keys(before).filter((p) => p !== RISK_TABLE_PART)) {
      expect([path, after[path]]).toEqual([path, before[path]]);
    }
  });

  it('refuses a column the table does not have, naming the table and the column', () => {
    const renamedHeader = { tblRisks: { 'Risk score': SCORE } };

    expect(() => addCalculatedColumnFormulas(workbook, renamedHeader)).toThrow(
      'table "tblRisks" has no column named "Risk score"',
    );
  });

  it('refuses a table the workbook does not have, naming it', () => {
    expect(() => addCalculatedColumnFormulas(workbook, { tblIssues: { Score: SCORE } })).toThrow(
      'the workbook has no table named "tblIssues"',
    );
  });
});
