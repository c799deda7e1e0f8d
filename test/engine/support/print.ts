/**
 * Prints a workbook to PDF in headless LibreOffice, as File > Export as PDF would, after a full
 * recalculation, and reads the pages back with poppler: each page's size and its text laid out
 * as printed. Every page's footer names its sheet ("Risks, page 3 of 12"), which is how the pages
 * are told apart.
 */
import { execFile } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { requireProgram } from '../../support/require-tool';

/**
 * Calc's "Recalculation on file load" set to always (0) for Excel and ODF files, in a throwaway
 * profile, as scripts/recalc.js does: a file we write carries no cached values.
 */
export const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface PrintedPage {
  /** 1-based. */
  number: number;
  /** Points, as pdfinfo reports them. */
  width: number;
  height: number;
  /** The sheet its footer names. */
  sheet: string;
  /** The page's text, laid out as printed (pdftotext -layout). */
  text: string;
}

function run(program: string, args: string[], timeout = 240000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { maxBuffer: 64 * 1024 * 1024, timeout }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(program)} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

const FOOTER = /^\s*(.+), page (\d+) of (\d+)\s*$/m;

/** The workbook's printed pages, in order. */
export async function printToPdf(bytes: Uint8Array): Promise<PrintedPage[]> {
  const soffice = requireProgram('soffice', 'libreoffice-calc-nogui');
  const pdfinfo = requireProgram('pdfinfo', 'poppler-utils');
  const pdftotext = requireProgram('pdftotext', 'poppler-utils');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'print-'));
  try {
    mkdirSync(path.join(folder, 'profile', 'user'), { recursive: true });
    writeFileSync(path.join(folder, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
    const book = path.join(folder, 'book.xlsx');
    writeFileSync(book, bytes);
    const log = await run(soffice, [
      `-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--invisible', '--norestore', '--nolockcheck',
      '--convert-to', 'pdf', '--outdir', folder, book,
    ]);
    const pdf = path.join(folder, 'book.pdf');
    let count: number;
    try {
      readFileSync(pdf);
      count = Number(/^Pages:\s+(\d+)/m.exec(await run(pdfinfo, [pdf]))?.[1]);
    } catch {
      throw new Error(`LibreOffice wrote no PDF: ${log}`);
    }
    const sizes = await run(pdfinfo, ['-f', '1', '-l', String(count), pdf]);
    const pages: PrintedPage[] = [];
    for (let number = 1; number <= count; number++) {
      const size = new RegExp(`^Page\\s+${number} size:\\s+([\\d.]+) x ([\\d.]+) pts`, 'm').exec(sizes);
      const text = await run(pdftotext, ['-layout', '-f', String(number), '-l', String(number), pdf, '-']);
      const footer = FOOTER.exec(text);
      if (!size || !footer) throw new Error(`Page ${number} has no size or no footer naming its sheet:\n${text}`);
      pages.push({ number, width: Number(size[1]), height: Number(size[2]), sheet: footer[1].trim(), text });
    }
    return pages;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** How many pages each sheet printed on, by sheet name. */
export function pagesBySheet(pages: PrintedPage[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const page of pages) counts[page.sheet] = (counts[page.sheet] ?? 0) + 1;
  return counts;
}
