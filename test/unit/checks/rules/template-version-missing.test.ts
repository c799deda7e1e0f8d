import { TEMPLATE_VERSION } from '../../../../src/schema/version';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

const made = (templateVersion: string | undefined) => ({ ...example, templateVersion });
const missing = [{ at: '', message: 'The workbook does not record its template version.' }];

testRule('template-version-missing', {
  severity: 'warning',
  valid: [
    { name: 'a recorded version', workbook: made(TEMPLATE_VERSION) },
    { name: 'a version that is not a number (template-version reports it)', workbook: made('v1') },
  ],
  invalid: [
    { name: 'no version property', workbook: made(undefined), findings: missing },
    { name: 'an empty version', workbook: made(''), findings: missing },
    { name: 'a version of spaces', workbook: made('   '), findings: missing },
  ],
});
