/**
 * ExcelApi 1.9, which the manifest requires, means Microsoft 365 (Windows Version 1903 or later,
 * Mac 16.24 or later), Office 2021 or later, and Excel on the web; Office 2016 and 2019 stop below
 * it. Everything that tells people where the add-in runs says exactly that, and that the workbook
 * alone works in Excel 2016 and later.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { messages, platforms } from '../../../src/domain/strings/en/messages';

const root = path.join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** Words as a reader sees them: tags gone, lines joined. */
const words = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const manifestDescription = /<Description DefaultValue="([^"]*)"/.exec(read('manifest.xml'))?.[1] ?? '';
const readmeSection = /## Which Excel\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';
const helpSection = /<h2>Which Excel<\/h2>([\s\S]*?)<h2>/.exec(read('src/taskpane/help.html'))?.[1] ?? '';

const claims: Array<[string, string]> = [
  ['the manifest description', manifestDescription],
  ['README, Which Excel', readmeSection],
  ['the help page, Which Excel', helpSection],
  ['the pane’s too-old message', messages.oldExcel.body],
  ['the page’s could-not-start message', messages.cannotStart.body],
].map(([where, text]) => [where, words(text)]);

describe('where the add-in runs, as each place says it', () => {
  it.each(claims)('%s names the clients that have ExcelApi 1.9, in the same words', (_where, text) => {
    expect(text).toContain(platforms.addIn);
  });

  it.each(claims)('%s says the workbook’s formulas, dropdowns and charts work in Excel 2016 and later', (_where, text) => {
    expect(text).toMatch(/formulas, dropdowns,? (and )?charts\)? works? in Excel 2016 and later/);
  });

  it.each(claims)('%s never claims Office 2019, which has no ExcelApi 1.9', (_where, text) => {
    const sentences = text.split(/(?<=\.)\s/).filter((s) => /2019/.test(s));
    for (const sentence of sentences) expect(sentence).toMatch(/\bnot\b/);
  });

  it('is the manifest’s own requirement', () => {
    expect(read('manifest.xml')).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  });
});
