/**
 * Prints a workbook to PDF with headless LibreOffice (a throwaway profile, every sheet) and reads
 * back where each word landed, with pdftotext's word boxes: how a person sees the printout.
 */
import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { requireProgram } from '../../support/require-tool';

export interface Word {
  text: string;
  x: number;
  y: number;
  /** Where the word's box ends below (pdftotext's yMax). */
  bottom: number;
}

/** The words of each printed page, in the order pdftotext found them. */
export type Pages = Word[][];

const run = (program: string, args: string[]) => new Promise<void>((resolve, reject) => {
  execFile(program, args, { timeout: 240000, maxBuffer: 64 * 1024 * 1024 }, (error, _out, err) => (error ? reject(new Error(`${program} failed: ${err || error.message}`)) : resolve()));
});

export async function printedWords(bytes: Uint8Array, name = 'book.xlsx'): Promise<Pages> {
  const soffice = requireProgram('soffice', 'libreoffice-calc-nogui');
  const pdftotext = requireProgram('pdftotext', 'poppler-utils');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'render-'));
  try {
    const input = path.join(folder, name);
    writeFileSync(input, bytes);
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, input]);
    const pdf = input.replace(/\.xlsx$/, '.pdf');
    await run(pdftotext, ['-bbox', pdf, path.join(folder, 'words.html')]);
    const html = readFileSync(path.join(folder, 'words.html'), 'utf8');
    return html.split('<page ').slice(1).map((page) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), bottom: Number(m[3]), text: unescapeXml(m[4]).normalize('NFKC') })));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
