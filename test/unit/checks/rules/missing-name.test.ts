import type { WorkbookData } from '../../../../src/data/workbook-data';
import { removeName } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

/** A defined name retyped in Name Manager in other capitals. */
function recased(data: WorkbookData, name: string, as: string): WorkbookData {
  const { [name]: cell, ...others } = data.names;
  return { ...data, names: { ...others, [as]: cell } };
}

testRule('missing-name', {
  severity: 'error',
  valid: [
    { name: 'the example, with every name', workbook: example },
    { name: 'a name in other capitals (ORGANISATION), as Excel matches names', workbook: recased(example, 'Organisation', 'ORGANISATION') },
  ],
  invalid: [
    {
      name: 'the name Organisation deleted, at the cell it named',
      workbook: removeName(example, 'Organisation'),
      findings: [{ at: 'Start!B5', message: 'The cell named Organisation is missing or no longer has its name.' }],
    },
    {
      name: 'a Dashboard figure\'s name deleted, beside one on Start',
      workbook: removeName(removeName(example, 'AssessmentDate'), 'OverallMaturity'),
      findings: [
        { at: 'Dashboard!C3', message: 'The cell named OverallMaturity is missing or no longer has its name.' },
        { at: 'Start!B11', message: 'The cell named AssessmentDate is missing or no longer has its name.' },
      ],
    },
  ],
});
