import type { RawValue } from '../../../../src/data/workbook-data';
import { removeColumn, removeName, removeRow } from '../../../support/workbook-data';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeNamed, typeRow } from '../typing';

/** The example is at stage "5 Working together"; A12 Exit strategy stands on Plan row 16, Not started. */
const atStage = (stage: RawValue, data = example) => typeNamed(data, 'LifecycleStage', stage);
const exit = (status: RawValue) => typeRow(example, 'Plan', 16, { Status: status });
const notAgreed = (stage: string, status = '"Not started"') =>
  [{ at: 'Plan!G16', message: `The relationship is at stage "${stage}", but the exit strategy is ${status}, not agreed.` }];

testRule('exit-strategy-agreed', {
  severity: 'warning',
  valid: [
    { name: 'one stage before: 4 Partner selection', workbook: atStage('4 Partner selection') },
    { name: 'stage 4 typed as a number', workbook: atStage(4) },
    { name: 'the exit strategy Agreed at stage 5', workbook: exit('Agreed') },
    { name: 'agreed in lower case', workbook: exit('agreed') },
    { name: 'no stage given', workbook: atStage(null) },
    { name: 'a stage without its number', workbook: atStage('Working together') },
    { name: 'the stage\'s name deleted (missing-name reports it)', workbook: removeName(example, 'LifecycleStage') },
    { name: 'a deleted Status column (missing-column reports it)', workbook: removeColumn(example, 'tblPlan', 'status') },
  ],
  invalid: [
    { name: 'the example: exactly stage 5, Working together, not started', workbook: example, findings: notAgreed('5 Working together') },
    { name: 'one stage later: 6 Value creation', workbook: atStage('6 Value creation'), findings: notAgreed('6 Value creation') },
    { name: 'the last stage: 8 Exit strategy activation', workbook: atStage('8 Exit strategy activation'), findings: notAgreed('8 Exit strategy activation') },
    { name: 'stage 5 typed as a number', workbook: atStage(5), findings: notAgreed('5') },
    { name: 'stage 5 typed with a space in front', workbook: atStage(' 5 Working together'), findings: notAgreed('5 Working together') },
    { name: 'a Drafted exit strategy', workbook: exit('Drafted'), findings: notAgreed('5 Working together', '"Drafted"') },
    { name: 'an exit strategy with no status', workbook: exit(null), findings: notAgreed('5 Working together', 'blank') },
    {
      name: 'the exit strategy\'s row deleted, at the Ref header',
      workbook: removeRow(example, 'tblPlan', 11),
      findings: [{ at: 'Plan!A4', message: 'The relationship is at stage "5 Working together", but the plan has no exit strategy element A12.' }],
    },
  ],
});
