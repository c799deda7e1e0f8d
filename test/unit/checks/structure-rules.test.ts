import { risksTable } from '../../../src/schema/risks';
import { scoresTable } from '../../../src/schema/scores';
import { TEMPLATE_VERSION } from '../../../src/schema/version';
import { removeColumn, removeName, removeTable, renameColumn, renameSheet, setCell, setFormula, setNamed } from '../../support/workbook-data';
import { addedFindings, assessed, findingAt } from './fixtures';

/** A formula as Excel shows it in the formula bar: `=`, `[@Header]` shorthand and spaces. */
const asExcelShowsIt = (formula: string) => `= ${formula
  .replace(/tbl\w+\[\[#This Row\],\[([^\]]+)\]\]/g, (_, header: string) => (header.includes(' ') ? `[@[${header}]]` : `[@${header}]`))
  .replace(/,/g, ', ')}`;

describe('missing-sheet', () => {
  it('flags a deleted Lists sheet', () => {
    const damaged = { ...assessed, sheets: assessed.sheets.filter((s) => s !== 'Lists'), lists: {} };
    expect(addedFindings(assessed, damaged)).toEqual([
      findingAt('Lists', 'missing-sheet', 'error', 'The Lists sheet is missing.'),
    ]);
  });

  it('finds a renamed Start sheet by its named cells', () => {
    expect(addedFindings(assessed, renameSheet(assessed, 'Start', 'About'))).toEqual([]);
  });
});

describe('missing-table', () => {
  it('flags a deleted table on the sheet it belongs to', () => {
    expect(addedFindings(assessed, removeTable(assessed, 'tblActions'))).toEqual([
      findingAt('Actions', 'missing-table', 'error', 'The table of the Actions sheet (tblActions) is missing.'),
    ]);
  });
});

describe('missing-column', () => {
  it('flags a deleted Mitigation column once, at the table header, and nothing on its rows', () => {
    expect(addedFindings(assessed, removeColumn(assessed, risksTable.name, 'mitigation'))).toEqual([
      findingAt('Risks!A4', 'missing-column', 'error', 'The table has no "Mitigation" column.'),
    ]);
  });

  it('flags a renamed header as missing', () => {
    expect(addedFindings(assessed, renameColumn(assessed, risksTable.name, 'owner', 'Risk owner'))).toEqual([
      findingAt('Risks!A4', 'missing-column', 'error', 'The table has no "Owner" column.'),
    ]);
  });

  it('accepts a header typed in another case, as Excel does', () => {
    expect(addedFindings(assessed, renameColumn(assessed, risksTable.name, 'owner', 'OWNER'))).toEqual([]);
  });
});

describe('missing-name', () => {
  it('flags the OverallMaturity figure when its name is gone', () => {
    expect(addedFindings(assessed, removeName(assessed, 'OverallMaturity'))).toEqual([
      findingAt('Dashboard!C3', 'missing-name', 'error', 'The cell named OverallMaturity is missing or no longer has its name.'),
    ]);
  });
});

describe('overwritten-formula', () => {
  it('flags a Score typed over with a number', () => {
    expect(addedFindings(assessed, setCell(assessed, risksTable.name, 'score', 0, 16))).toEqual([
      findingAt('Risks!I5', 'overwritten-formula', 'error', 'Score should be calculated but holds the typed value "16".'),
    ]);
  });

  it('flags a Gap whose formula was deleted', () => {
    expect(addedFindings(assessed, setCell(assessed, scoresTable.name, 'gap', 2, null))).toEqual([
      findingAt('Dashboard!Q6', 'overwritten-formula', 'error', 'Gap should be calculated but is empty.'),
    ]);
  });

  it('flags a Score with another formula', () => {
    const sum = 'tblRisks[[#This Row],[Likelihood]]+tblRisks[[#This Row],[Impact]]';
    expect(addedFindings(assessed, setFormula(assessed, risksTable.name, 'score', 1, sum))).toEqual([
      findingAt('Risks!I6', 'overwritten-formula', 'error', 'Score has a different formula from the template.'),
    ]);
  });

  it('accepts the formula as Excel shows it, with [@Header] shorthand, spaces and another case', () => {
    let shown = assessed;
    for (const key of Object.keys(risksTable.formulas)) {
      shown = setFormula(shown, risksTable.name, key, 0, asExcelShowsIt(risksTable.formulas[key]));
    }
    shown = setFormula(shown, risksTable.name, 'score', 1, risksTable.formulas.score.replace(/\[\[#This Row\],\[(\w+)\]\]/g, '[@$1]').toLowerCase());
    expect(addedFindings(assessed, shown)).toEqual([]);
  });

  it('flags every Dashboard figure whose formula was cleared', () => {
    const cleared = ['OverallMaturity', 'PlanCompleteness', 'OpenHighRisks']
      .reduce((data, name) => setNamed(data, name, null), assessed);
    expect(addedFindings(assessed, cleared).map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ['overwritten-formula', 'Dashboard', 'C3'], ['overwritten-formula', 'Dashboard', 'C4'], ['overwritten-formula', 'Dashboard', 'C5'],
    ]);
  });

  it('flags the overall maturity figure typed over on the Dashboard', () => {
    expect(addedFindings(assessed, setNamed(assessed, 'OverallMaturity', 2.5))).toEqual([
      findingAt('Dashboard!C3', 'overwritten-formula', 'error', 'Overall maturity (0–4) should be calculated but holds the typed value "2.5".'),
    ]);
  });
});

describe('template-version', () => {
  it('flags a workbook made by a newer template, for the workbook as a whole', () => {
    expect(addedFindings(assessed, { ...assessed, templateVersion: '1.10.0' })).toEqual([
      findingAt('', 'template-version', 'error', `The workbook uses template version 1.10.0; this add-in knows versions up to ${TEMPLATE_VERSION}.`),
    ]);
  });

  it('flags a version that is not a version number', () => {
    expect(addedFindings(assessed, { ...assessed, templateVersion: 'latest' })).toEqual([
      findingAt('', 'template-version', 'error', 'The template version "latest" is not a version number.'),
    ]);
  });

  it.each(['0.9.0', '1.0', '1.0.0'])('accepts the older or same version %s', (version) => {
    expect(addedFindings(assessed, { ...assessed, templateVersion: version })).toEqual([]);
  });
});

describe('template-version-missing', () => {
  it('warns when the workbook does not record its version', () => {
    expect(addedFindings(assessed, { ...assessed, templateVersion: undefined })).toEqual([
      findingAt('', 'template-version-missing', 'warning', 'The workbook does not record its template version.'),
    ]);
  });
});
