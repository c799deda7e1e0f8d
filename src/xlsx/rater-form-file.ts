/**
 * Rater forms as .xlsx files: one written from the form's template package (filled in place, as
 * `partnering new` fills the assessment's), and one read back whatever program saved it last.
 */
import type { FormContent } from '../forms/form-content';
import { formTemplateBytes } from './form-template';
import { fillRaterForm } from './rater-form-package';

export { readRaterForm } from './rater-form-package';

export async function writeRaterForm(form: FormContent): Promise<Uint8Array> {
  return fillRaterForm(await formTemplateBytes(), form);
}
