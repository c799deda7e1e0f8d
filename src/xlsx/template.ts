/**
 * The template package: the workbook the schema declares, written once by excelize and then
 * patched per use (a new workbook's Start details, rows and id; the formats and parts a repair
 * takes from it). `npm run build`/`prepare` writes it next to the compiled code with a fingerprint
 * of the schema, so `partnering new` never starts excelize; when the file is missing or was built
 * from another schema, it is written here in the process instead (slower, same result).
 */
import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { TEMPLATE_WORKBOOK_ID } from '../schema/properties';
import { workbookSchema, type WorkbookSchema } from '../schema/workbook';
import { XlsxPackage } from './package/xlsx-package';

export { TEMPLATE_WORKBOOK_ID };

export const TEMPLATE_FILE = path.join(__dirname, '..', 'template.xlsx');
const FINGERPRINT_FILE = path.join(__dirname, '..', 'template.fingerprint');

/** Changes whenever anything the template is written from changes. */
export function schemaFingerprint(schema: WorkbookSchema = workbookSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

export async function writeTemplate(schema: WorkbookSchema = workbookSchema): Promise<Uint8Array> {
  // Loaded only here: excelize is what the prebuilt template spares `new` from starting.
  const { writeWorkbook } = await import('./write');
  return writeWorkbook(schema, { workbookId: TEMPLATE_WORKBOOK_ID });
}

let cached: Uint8Array | undefined;

/** The template's bytes: the prebuilt file when it matches today's schema, else written now. */
export async function templateBytes(): Promise<Uint8Array> {
  if (cached) return cached;
  const fingerprint = schemaFingerprint();
  if (existsSync(TEMPLATE_FILE) && existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, 'utf8').trim() === fingerprint) {
    cached = new Uint8Array(readFileSync(TEMPLATE_FILE));
  } else {
    cached = await writeTemplate();
  }
  return cached;
}

/** A fresh package of the template to patch (each use gets its own). */
export async function templatePackage(): Promise<XlsxPackage> {
  return XlsxPackage.open(await templateBytes());
}

export { FINGERPRINT_FILE };
