import { TEMPLATE_VERSION } from '../../../../src/schema/version';
import { example } from '../fixtures';
import { testRule } from '../rule-tester';

const made = (templateVersion: string | undefined) => ({ ...example, templateVersion });
const parts = TEMPLATE_VERSION.split('.').map(Number);
const bumped = (index: number) => parts.map((p, i) => (i === index ? p + 1 : i > index ? 0 : p)).join('.');
const newer = (found: string) => `The workbook uses template version ${found}; this add-in knows versions up to ${TEMPLATE_VERSION}.`;

testRule('template-version', {
  severity: 'error',
  valid: [
    { name: `this version, ${TEMPLATE_VERSION}`, workbook: made(TEMPLATE_VERSION) },
    { name: 'this version with spaces around it', workbook: made(` ${TEMPLATE_VERSION} `) },
    { name: 'this version with a trailing .0', workbook: made(`${TEMPLATE_VERSION}.0`) },
    { name: 'this version without its last part, which counts as 0', workbook: made(parts.slice(0, -1).join('.') || '0') },
    { name: 'an older version, 0.9.9', workbook: made('0.9.9') },
    { name: 'this version with a leading zero, equal as numbers', workbook: made(`0${TEMPLATE_VERSION}`) },
    { name: 'no version at all (template-version-missing reports it)', workbook: made(undefined) },
    { name: 'a blank version', workbook: made('  ') },
  ],
  invalid: [
    { name: 'the next patch version', workbook: made(bumped(2)), findings: [{ at: '', message: newer(bumped(2)) }] },
    { name: 'the next minor version', workbook: made(bumped(1)), findings: [{ at: '', message: newer(bumped(1)) }] },
    { name: 'the next major version', workbook: made(bumped(0)), findings: [{ at: '', message: newer(bumped(0)) }] },
    { name: 'this version plus a fourth part of 1', workbook: made(`${TEMPLATE_VERSION}.1`), findings: [{ at: '', message: newer(`${TEMPLATE_VERSION}.1`) }] },
    { name: 'a version with a v in front', workbook: made('v1.0.0'), findings: [{ at: '', message: 'The template version "v1.0.0" is not a version number.' }] },
    { name: 'a pre-release label', workbook: made('1.0.0-beta'), findings: [{ at: '', message: 'The template version "1.0.0-beta" is not a version number.' }] },
  ],
});
