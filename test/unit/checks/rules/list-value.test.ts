import type { RawValue, WorkbookData } from '../../../../src/data/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeNamed, typeRow } from '../typing';

/** R-001, on row 5; Status is column Q. */
const status = (value: RawValue, data = example) => typeRow(data, 'Risks', 5, { Status: value });
const flagged = (shown: string) => [{ at: 'Risks!Q5', message: `Status must be a value from its list, found "${shown}".` }];
/** A consultant's own list, edited on the Lists sheet. */
const ownList = (name: string, values: Array<string | number>): WorkbookData => ({ ...example, lists: { ...example.lists, [name]: values } });

testRule('list-value', {
  severity: 'error',
  valid: [
    { name: 'the example', workbook: example },
    { name: 'a value from the list', workbook: status('Monitoring') },
    { name: 'a value in other capitals, as the list validation ignores case', workbook: status('CLOSED') },
    { name: 'a blank status', workbook: status(null) },
    { name: 'an error value (error-value reports it)', workbook: status({ error: '#N/A' }) },
    { name: 'a value the consultant added to the workbook\'s own list', workbook: status('Paused', ownList('lstRiskStatus', ['Open', 'Monitoring', 'Paused', 'Closed'])) },
    { name: 'a template value when the workbook\'s own list is empty', workbook: status('Open', ownList('lstRiskStatus', [])) },
    { name: 'a lifecycle stage from its list on Start', workbook: typeNamed(example, 'LifecycleStage', '4 Partner selection') },
  ],
  invalid: [
    { name: 'a value with a space in front, " Open"', workbook: status(' Open'), findings: flagged(' Open') },
    { name: 'a value with a space after it', workbook: status('Open '), findings: flagged('Open ') },
    { name: 'a variant, "Done!"', workbook: status('Done!'), findings: flagged('Done!') },
    { name: 'a number', workbook: status(5), findings: flagged('5') },
    {
      name: 'a template value the consultant removed from the workbook\'s own list',
      workbook: typeRow(ownList('lstTreatment', ['Avoid', 'Reduce', 'Accept']), 'Risks', 5, { Treatment: 'Share' }),
      findings: [{ at: 'Risks!K5', message: 'Treatment must be a value from its list, found "Share".' }],
    },
    {
      name: 'a Treatment not on its list',
      workbook: typeRow(example, 'Risks', 5, { Treatment: 'Insure' }),
      findings: [{ at: 'Risks!K5', message: 'Treatment must be a value from its list, found "Insure".' }],
    },
    {
      name: 'a Collaboration model typed on Start',
      workbook: typeNamed(example, 'CollaborationModel', 'Joint venture'),
      findings: [{ at: 'Start!B8', message: 'Collaboration model must be a value from its list, found "Joint venture".' }],
    },
  ],
});
