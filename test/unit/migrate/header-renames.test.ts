/** The one place that knows older layouts tells both hosts which headers an upgrade renames. */
import { headerRenames, type OlderLayout } from '../../../src/migrate';
import { risksTable } from '../../../src/schema/risks';
import { renameColumn, workbookDataFrom } from '../../support/workbook-data';

const layouts: OlderLayout[] = [
  { version: '0.8.0', renamed: { tblRisks: { Chance: 'likelihood' } } },
  { version: '0.9.0', renamed: { tblRisks: { Probability: 'likelihood', Effect: 'impact' } } },
];
const likelihood = risksTable.col('likelihood');
const impact = risksTable.col('impact');

describe('headerRenames', () => {
  it('gives each column an older layout named otherwise today’s header, where it stands', () => {
    const data = renameColumn(renameColumn(workbookDataFrom(), 'tblRisks', 'likelihood', 'probability'), 'tblRisks', 'impact', 'Effect');
    const found = data.tables.tblRisks;
    const columnOf = (header: string) => found.columns.find((c) => c.header === header)?.column;
    expect(headerRenames(found, risksTable, '0.9.0', layouts)).toEqual([
      { column: columnOf('probability'), from: 'probability', to: likelihood.header },
      { column: columnOf('Effect'), from: 'Effect', to: impact.header },
    ]);
  });

  it('knows the headers of every layout from the workbook’s version on, and none of the layouts before it', () => {
    const found = renameColumn(workbookDataFrom(), 'tblRisks', 'likelihood', 'Chance').tables.tblRisks;
    expect(headerRenames(found, risksTable, '0.8.0', layouts).map((r) => r.to)).toEqual([likelihood.header]);
    expect(headerRenames(found, risksTable, '0.9.0', layouts)).toEqual([]);
  });

  it('renames nothing in today’s layout, nor a column whose header a column of today’s name already has', () => {
    expect(headerRenames(workbookDataFrom().tables.tblRisks, risksTable, '0.9.0', layouts)).toEqual([]);
    const both = renameColumn(workbookDataFrom(), 'tblRisks', 'likelihood', 'Probability').tables.tblRisks;
    both.columns.push({ header: likelihood.header, column: 40 });
    expect(headerRenames(both, risksTable, '0.9.0', layouts)).toEqual([]);
  });
});
