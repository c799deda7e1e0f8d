/**
 * The rater form's template package, written once by excelize from the form's declaration and
 * filled per form (details, criteria, ids), as `partnering new` patches the assessment's
 * template: `npm run build`/`prepare` writes it next to the compiled code with a fingerprint of
 * the declaration; when it is missing or stale it is written here in the process instead.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { raterFormSchema } from '../schema/rater-form';
import { schemaFingerprint, TEMPLATE_WORKBOOK_ID } from './template';

export const FORM_TEMPLATE_FILE = path.join(__dirname, '..', 'form-template.xlsx');
export const FORM_FINGERPRINT_FILE = path.join(__dirname, '..', 'form-template.fingerprint');

export const formFingerprint = (): string => schemaFingerprint(raterFormSchema);

export async function writeFormTemplate(): Promise<Uint8Array> {
  const { writeWorkbook } = await import('./write');
  return writeWorkbook(raterFormSchema, { workbookId: TEMPLATE_WORKBOOK_ID });
}

let cached: Uint8Array | undefined;

/** The template's bytes, from the build or written now; each form opens its own package of them. */
export async function formTemplateBytes(): Promise<Uint8Array> {
  if (cached) return cached;
  if (existsSync(FORM_TEMPLATE_FILE) && existsSync(FORM_FINGERPRINT_FILE) && readFileSync(FORM_FINGERPRINT_FILE, 'utf8').trim() === formFingerprint()) {
    cached = new Uint8Array(readFileSync(FORM_TEMPLATE_FILE));
  } else {
    cached = await writeFormTemplate();
  }
  return cached;
}
