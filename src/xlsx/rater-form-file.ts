/**
 * Rater forms as .xlsx files: one written from the form's template package (filled in place, as
 * `partnering new` fills the assessment's), and one read back whatever program saved it last.
 */
import { raterFormText } from '../domain/strings/en/rater-form';
import type { FormContent } from '../forms/form-content';
import { returnedForm, type ReturnedForm } from '../forms/returned-form';
import { FORM_PROPERTIES, formPlacedTable, formTable, raterFormSchema } from '../schema/rater-form';
import { fixedTextHeights } from '../schema/row-heights';
import { formTemplatePackage } from './form-template';
import { restoreWorkbook } from './package/restore';
import { SheetCells } from './package/sheet-cells';
import { WorkbookParts } from './package/workbook-parts';
import { readDeclaredPackage, WorkbookReadError, type ReadLimits } from './read';
import type { Element } from '@xmldom/xmldom';

export async function writeRaterForm(form: FormContent): Promise<Uint8Array> {
  const pkg = await formTemplatePackage();
  const result = restoreWorkbook(pkg, raterFormSchema, {
    mode: 'fill', template: pkg, start: form.details, rows: { [formTable.name]: form.rows },
    workbookId: form.details.formId, properties: { [FORM_PROPERTIES.workbookId]: form.details.workbookId },
  });
  if (result.notDone.length > 0) throw new Error(`The form's template does not take its own rows: ${result.notDone.join('; ')}`);
  fitCriteriaRows(pkg, form);
  return pkg.toBytes();
}

/** Rows as tall as their criterion and guidance need: LibreOffice keeps a file's heights and fits none itself. */
function fitCriteriaRows(pkg: Awaited<ReturnType<typeof formTemplatePackage>>, form: FormContent): void {
  const parts = new WorkbookParts(pkg);
  const sheet = parts.table(formTable.name)?.sheet;
  if (!sheet) return;
  const cells = new SheetCells(pkg.xml(sheet.path)?.documentElement as Element, [], () => pkg.markChanged(sheet.path));
  for (const run of fixedTextHeights(formTable, form.rows)) {
    for (let i = run.first; i < run.first + run.count; i++) cells.setRowHeight(formPlacedTable.headerRow + 1 + i, run.height);
  }
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
