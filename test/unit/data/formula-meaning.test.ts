import { sameFormula, type FormulaPlace } from '../../../src/data/formula-meaning';
import { tokenise } from '../../../src/data/formula-tokens';
import type { TableData } from '../../../src/data/workbook-data';

/** tblRisks on Risks: headers in row 4, data rows 5–20, Likelihood in G, Impact in H, Score in I. */
function risksTable(): TableData {
  const columns = [['ID', 2], ['Likelihood', 7], ['Impact', 8], ['Score', 9], ['Two words', 10]].map(([header, column]) => ({ header: header as string, column: column as number }));
  return { name: 'tblRisks', sheet: 'Risks', headerRow: 4, columns, rows: Array.from({ length: 16 }, (_, i) => ({ row: 5 + i, cells: {} })) };
}
const history: TableData = { name: 'tblHistory', sheet: 'Score history', headerRow: 4, columns: [{ header: 'Date', column: 1 }], rows: [{ row: 5, cells: {} }] };
const data = { tables: { tblRisks: risksTable(), tblHistory: history } };
const inRisks: FormulaPlace = { data, sheet: 'Risks', cell: 'I7', table: 'tblRisks' };
const onDashboard: FormulaPlace = { data, sheet: 'Dashboard', cell: 'C5' };

const SCORE = 'IF(AND(ISNUMBER(tblRisks[[#This Row],[Likelihood]]),TRUE),tblRisks[[#This Row],[Likelihood]]*tblRisks[[#This Row],[Impact]],"")';

describe('formulas that mean the same', () => {
  const pairs: Array<[string, string, string, FormulaPlace]> = [
    ['LibreOffice writes FALSE() for FALSE', 'IF(ISNUMBER(tblRisks[[#This Row],[Impact]]),1,FALSE)', 'IF(ISNUMBER(tblRisks[[#This Row],[Impact]]),1,FALSE())', inRisks],
    ['a trip through .ods turns this-row references into A1 ones', SCORE, 'IF(AND(ISNUMBER(Risks!$G7),TRUE()),Risks!$G7*Risks!$H7,"")', inRisks],
    ['an unqualified A1 reference on the own sheet', SCORE, 'IF(AND(ISNUMBER(G7),TRUE),$G$7*H7,"")', inRisks],
    ['a column reference becomes its data range', 'COUNTIFS(tblRisks[Score],">=10")', "COUNTIFS('Risks'!$I$5:$I$20,\">=10\")", onDashboard],
    ['a one-row column becomes a single cell', 'COUNT(tblHistory[Date])', "COUNT('Score history'!$A$5)", onDashboard],
    ['function case and spacing', 'SUM(tblRisks[Score])', ' sum( tblRisks[Score] ) ', onDashboard],
    ['the _xlfn. prefix of newer functions', '_xlfn.IFS(TRUE,1)', 'IFS(TRUE,1)', onDashboard],
    ['[@Col] and [[#This Row],[Col]]', SCORE, 'IF(AND(ISNUMBER([@Likelihood]),TRUE),[@Likelihood]*tblRisks[@Impact],"")', inRisks],
    ['[@[Two words]] and the spelt-out form', 'LEN(tblRisks[[#This Row],[Two words]])', 'LEN([@[Two words]])', inRisks],
    ['table and column names in another case', 'SUM(tblRisks[Score])', 'SUM(TBLRISKS[score])', onDashboard],
    ['numbers written differently', 'IF(A1>=10,1.5,0)', 'IF(A1>=1E1,1.50,0)', onDashboard],
    ['a sheet name quoted or not', 'Risks!A1', "'Risks'!A1", onDashboard],
  ];
  it.each(pairs)('%s', (_, a, b, place) => {
    expect(sameFormula(a, b, place)).toBe(true);
    expect(sameFormula(b, a, place)).toBe(true);
  });
});

describe('formulas that differ', () => {
  const pairs: Array<[string, string, string, FormulaPlace]> = [
    ['another column', SCORE, SCORE.replace('[Impact]', '[Score]'), inRisks],
    ['an A1 reference to another row', SCORE, 'IF(AND(ISNUMBER(Risks!$G8),TRUE),Risks!$G8*Risks!$H8,"")', inRisks],
    ['an A1 reference on another sheet', SCORE, 'IF(AND(ISNUMBER(Plan!$G7),TRUE),Plan!$G7*Plan!$H7,"")', inRisks],
    ['a range one row short of the column', 'COUNTIFS(tblRisks[Score],">=10")', 'COUNTIFS(Risks!$I$5:$I$19,">=10")', onDashboard],
    ['another threshold', 'COUNTIFS(tblRisks[Score],">=10")', 'COUNTIFS(tblRisks[Score],">=12")', onDashboard],
    ['text in another case', 'IF(A1="Open",1,0)', 'IF(A1="OPEN",1,0)', onDashboard],
    ['TRUE for FALSE', 'IF(A1,1,FALSE)', 'IF(A1,1,TRUE())', onDashboard],
    ['another function', 'SUM(tblRisks[Score])', 'MAX(tblRisks[Score])', onDashboard],
    ['a typed number instead of the formula', SCORE, '25', inRisks],
    ['another operator', 'A1*B1', 'A1+B1', onDashboard],
  ];
  it.each(pairs)('%s', (_, a, b, place) => {
    expect(sameFormula(a, b, place)).toBe(false);
  });

  it('tells structured references apart even when the table is not in the workbook', () => {
    const nowhere: FormulaPlace = { data: { tables: {} }, sheet: 'Risks', cell: 'I7', table: 'tblGone' };
    expect(sameFormula('[@Likelihood]*2', 'tblGone[[#This Row],[Likelihood]]*2', nowhere)).toBe(true);
    expect(sameFormula('[@Likelihood]*2', 'tblGone[[#This Row],[Impact]]*2', nowhere)).toBe(false);
  });
});

describe('tokenising', () => {
  it('reads references, names, strings with quotes and error literals apart', () => {
    const kinds = tokenise(`IF('My ''own'' sheet'!$B$2:C9="say ""hi""",lstLevel,#N/A)+LOG10(A:A)+SUM(3:3)`).map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      'function:IF', 'open:(', "ref:'My ''own'' sheet'!$B$2:C9", 'operator:=', 'string:"say ""hi"""', 'separator:,', 'name:lstLevel',
      'separator:,', 'error:#N/A', 'close:)', 'operator:+', 'function:LOG10', 'open:(', 'ref:A:A', 'close:)', 'operator:+',
      'function:SUM', 'open:(', 'ref:3:3', 'close:)',
    ]);
  });

  it('parses a structured reference with escaped brackets in a column name', () => {
    const [token] = tokenise("tblRisks[[#This Row],[Cost '[EUR']]]");
    expect(token.structured).toEqual({ table: 'tblRisks', items: ['#this row'], columns: ['Cost [EUR]', 'Cost [EUR]'] });
  });
});
