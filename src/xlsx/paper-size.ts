/**
 * The paper our sheets print on, set in a package: `paperSize` of each sheet's pageSetup (codes of
 * ECMA-376 Part 1, 18.3.1.64). The template is written on the default paper; `new --paper` sets another.
 */
import type { Element } from '@xmldom/xmldom';
import { PAPERS, type Paper } from '../schema/page-setup';
import type { WorkbookSchema } from '../schema/workbook';
import { WORKSHEET_SEQUENCE } from './package/sheet-rules';
import { WorkbookParts } from './package/workbook-parts';
import type { XlsxPackage } from './package/xlsx-package';
import { childNamed, createChild, insertInSequence } from './package/xml';

/** Sets the paper of every sheet of ours that has a page set-up; returns the sheets it set. */
export function setPaper(pkg: XlsxPackage, schema: WorkbookSchema, paper: Paper): string[] {
  const parts = new WorkbookParts(pkg);
  const set: string[] = [];
  for (const declared of schema.sheets.filter((s) => s.page)) {
    const sheet = parts.sheet(declared.name);
    if (!sheet || !pkg.has(sheet.path)) continue;
    const root = pkg.edit(sheet.path).documentElement as Element;
    const setup = childNamed(root, 'pageSetup') ?? insertInSequence(root, createChild(root, 'pageSetup'), WORKSHEET_SEQUENCE);
    setup.setAttribute('paperSize', String(PAPERS[paper].fileCode));
    set.push(sheet.name);
  }
  return set;
}
