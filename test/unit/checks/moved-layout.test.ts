import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { insertRow, moveColumn, renameSheet, setCell } from '../../support/workbook-data';
import { addedFindings, assessed, findingAt } from './fixtures';

const R001 = 0;
const likelihoodHigh = 'Likelihood must be a whole number from 1 to 5, found "High".';

describe('findings point at cells as the workbook is now', () => {
  it('follows a column dragged to the front of the table', () => {
    const moved = moveColumn(assessed, risksTable.name, 'likelihood', 0);
    expect(addedFindings(moved, setCell(moved, risksTable.name, 'likelihood', R001, 'High'))).toEqual([
      findingAt('Risks!A5', 'whole-number-range', 'error', likelihoodHigh),
    ]);
  });

  it('follows a renamed sheet', () => {
    const renamed = renameSheet(assessed, 'Risks', 'Risk register');
    expect(addedFindings(renamed, setCell(renamed, risksTable.name, 'likelihood', R001, 'High'))).toEqual([
      findingAt('Risk register!G5', 'whole-number-range', 'error', likelihoodHigh),
    ]);
  });

  it('follows rows pushed down by a row inserted above them, whose formulas fill in', () => {
    const inserted = insertRow(assessed, risksTable.name, 0);
    expect(addedFindings(inserted, setCell(inserted, risksTable.name, 'likelihood', R001 + 1, 'High'))).toEqual([
      findingAt('Risks!G6', 'whole-number-range', 'error', likelihoodHigh),
    ]);
  });

  it('moves a finding that was already there with its row', () => {
    const unrated = setCell(assessed, principlesTable.name, 'evidence', 0, null);
    const before = addedFindings(assessed, unrated);
    const after = addedFindings(assessed, insertRow(unrated, principlesTable.name, 0));
    expect(before).toEqual([findingAt('Principles!H5', 'evidence-for-high-rating', 'warning', 'P01.1 is rated 3 but has no evidence.')]);
    expect(after).toEqual([findingAt('Principles!H6', 'evidence-for-high-rating', 'warning', 'P01.1 is rated 3 but has no evidence.')]);
  });
});
