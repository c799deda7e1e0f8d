import { content } from '../../../src/domain/strings/en';
import { principlesTable } from '../../../src/schema/principles';
import { risksTable } from '../../../src/schema/risks';
import { insertRow, moveColumn, setCell } from '../../support/workbook-data';
import { addedFindings, assessed, blank } from './fixtures';

const firstCriterion = content.principles[0].criteria[0].text;

describe('a finding names its row in words', () => {
  it('names a bad Rating by its criterion text', () => {
    const [finding] = addedFindings(blank, setCell(blank, principlesTable.name, 'rating', 0, 7));
    expect(finding).toEqual(expect.objectContaining({ rule: 'rating-value', row: firstCriterion }));
  });

  it('names a bad Likelihood by the risk typed on its row, after a row was inserted above and the column moved', () => {
    const moved = insertRow(moveColumn(assessed, risksTable.name, 'risk', 5), risksTable.name, 0, { risk: 'Beta may withdraw its key engineer' });
    const [finding] = addedFindings(moved, setCell(moved, risksTable.name, 'likelihood', 0, 'High'));
    expect(finding).toEqual(expect.objectContaining({ rule: 'whole-number-range', row: 'Beta may withdraw its key engineer' }));
  });

  it('gives no row text to a finding on a row whose criterion is blank', () => {
    const noCriterion = setCell(setCell(blank, principlesTable.name, 'criterion', 0, null), principlesTable.name, 'rating', 0, 7);
    const found = addedFindings(blank, noCriterion);
    expect(found.find((f) => f.rule === 'rating-value')).not.toHaveProperty('row');
  });
});
