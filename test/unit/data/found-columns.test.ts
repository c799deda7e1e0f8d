import { FoundColumns, headersFrom, TableView, type TableData } from '../../../src/data';
import { risksTable } from '../../../src/schema/risks';

/** The risk register as a person left it: columns moved, one header retyped in capitals with a space. */
const moved: TableData = {
  name: 'tblRisks', sheet: 'Risks', headerRow: 4,
  columns: headersFrom(['Risk', 'LIKELIHOOD ', 'ID', 'My notes'], 2),
  rows: [{
    row: 5,
    cells: {
      Risk: { address: 'B5', value: 'Partner leaves' },
      'LIKELIHOOD ': { address: 'C5', value: 4 },
      ID: { address: 'D5', value: 'R-001' },
      'My notes': { address: 'E5', value: 'ask Sam' },
    },
  }],
};

describe('finding a declared column where it stands now', () => {
  it('finds a column by its key whatever case and surrounding spaces its header has now', () => {
    const columns = new FoundColumns(risksTable, moved.columns);
    expect(columns.header('likelihood')).toBe('LIKELIHOOD ');
    expect(columns.column('likelihood')).toBe(3);
    expect(columns.column('id')).toBe(4);
  });

  it('says a declared column the workbook lacks is missing, and a column a person added is nobody\'s key', () => {
    const columns = new FoundColumns(risksTable, moved.columns);
    expect(columns.has('impact')).toBe(false);
    expect(columns.column('impact')).toBeUndefined();
    expect(columns.keyOf('My notes')).toBeUndefined();
    expect(columns.keyOf('likelihood')).toBe('likelihood');
  });

  it('throws at once for a key the table does not declare, instead of reading it as blank', () => {
    const columns = new FoundColumns(risksTable, moved.columns);
    const row = new TableView(risksTable, moved).rows[0];
    // @ts-expect-error a misspelt key does not compile where the table is known
    expect(() => columns.header('likelyhood')).toThrow('tblRisks has no column with key "likelyhood".');
    const fromText: string = 'likelyhood';
    expect(() => new TableView<string>(risksTable, moved).rows[0].text(fromText)).toThrow('tblRisks has no column with key "likelyhood".');
    expect(row.number('likelihood')).toBe(4);
  });

  it('takes a header an older layout used for today\'s key, and leaves a second such column to the person', () => {
    const older = headersFrom(['Probability', 'Likelihood', 'Risk']);
    const columns = new FoundColumns(risksTable, older, { Probability: 'likelihood' });
    expect(columns.column('likelihood')).toBe(1);
    expect(columns.keyOf('Probability')).toBe('likelihood');
    expect(columns.keyOf('Likelihood')).toBeUndefined();
    expect(columns.column('risk')).toBe(3);
  });

  it('throws for an older header mapped to a key the table does not declare', () => {
    expect(() => new FoundColumns(risksTable, moved.columns, { Probability: 'likelyhood' as never })).toThrow('no column with key "likelyhood"');
  });
});
