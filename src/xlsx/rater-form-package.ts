/**
 * A rater form's package from its template's bytes, and a returned form read from its bytes:
 * nothing here reads or writes a file, so the command line and the pane (which has the template
 * among its own served files) make and read the same forms.
 */
import { raterFormText } from '../domain/strings/en/rater-form';
import type { FormContent } from '../forms/form-content';
import { returnedForm, type ReturnedForm } from '../forms/returned-form';
import { FORM_PROPERTIES, formTable, raterFormSchema } from '../schema/rater-form';
import { restoreWorkbook } from './package/restore';
import { XlsxPackage } from './package/xlsx-package';
import { readDeclaredPackage, WorkbookReadError, type ReadLimits } from './read';

/** The form's template filled in place, as `partnering new` fills the assessment's. */
export function fillRaterForm(template: Uint8Array, form: FormContent): Uint8Array {
  const pkg = XlsxPackage.open(template);
  const result = restoreWorkbook(pkg, raterFormSchema, {
    mode: 'fill', template: pkg, start: form.details, rows: { [formTable.name]: form.rows },
    workbookId: form.details.formId, properties: { [FORM_PROPERTIES.workbookId]: form.details.workbookId },
  });
  if (result.notDone.length > 0) throw new Error(`The form's template does not take its own rows: ${result.notDone.join('; ')}`);
  return pkg.toBytes();
}

/** A returned form; a file that is no rater form (an assessment given by mistake) is refused in words. */
export function readRaterForm(bytes: Uint8Array, source: string, limits?: ReadLimits): ReturnedForm {
  try {
    const { data, properties } = readDeclaredPackage(bytes, raterFormSchema, limits);
    return returnedForm(source, data, properties);
  } catch (error) {
    if (error instanceof WorkbookReadError && error.problem === 'not-partnering') throw new WorkbookReadError('not-partnering', raterFormText.notAForm);
    throw error;
  }
}
