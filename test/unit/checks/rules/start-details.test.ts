import { removeName } from '../../../support/workbook-data';
import { blank, example } from '../fixtures';
import { testRule } from '../rule-tester';
import { typeNamed } from '../typing';

testRule('start-details', {
  severity: 'warning',
  valid: [
    { name: 'the example, with both details', workbook: example },
    { name: 'other details left blank', workbook: typeNamed(typeNamed(example, 'Partners', null), 'Scope', null) },
    { name: 'a lost name (missing-name reports it)', workbook: removeName(removeName(blank, 'Organisation'), 'AssessmentDate') },
  ],
  invalid: [
    { name: 'a new workbook, both blank', workbook: blank, findings: [{ at: 'Start!B5', message: 'Organisation is blank.' }, { at: 'Start!B11', message: 'Assessment date is blank.' }] },
    { name: 'an Organisation of spaces', workbook: typeNamed(example, 'Organisation', '   '), findings: [{ at: 'Start!B5', message: 'Organisation is blank.' }] },
    { name: 'an Assessment date cleared', workbook: typeNamed(example, 'AssessmentDate', null), findings: [{ at: 'Start!B11', message: 'Assessment date is blank.' }] },
  ],
});
