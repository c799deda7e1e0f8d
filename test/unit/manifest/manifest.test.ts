import { readFileSync } from 'fs';
import path from 'path';
import { manifestProblems } from './manifest-rules';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL, addinBaseUrl, manifestFor } = require('../../../scripts/base-url');

const root = path.join(__dirname, '..', '..', '..');
const source = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const context = { baseUrl: DEV_BASE_URL as string, servedFrom: root };

describe('the add-in manifest', () => {
  it('passes every offline store check as written', async () => {
    expect(await manifestProblems(source, context)).toEqual([]);
  });

  it('is a Workbook task pane that asks only to read and write the document', () => {
    expect(source).toMatch(/xsi:type="TaskPaneApp"/);
    expect(source).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('puts an Open button and a Check entries function command on the Home tab', () => {
    expect(source).toMatch(/<OfficeTab id="TabHome">/);
    expect(source).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(source).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>checkEntries<\/FunctionName>/);
    expect(source).toMatch(/id="Check.Label" DefaultValue="Check entries"/);
  });

  it('reports an icon whose file has the wrong pixel size', async () => {
    const broken = source.replace('assets/icon-16.png', 'assets/icon-32.png');
    expect(await manifestProblems(broken, context)).toContain(
      `Icon ${DEV_BASE_URL}assets/icon-32.png is 32×32 px but is declared as 16×16.`,
    );
  });

  it('reports an http URL', async () => {
    const broken = source.replace(`${DEV_BASE_URL}taskpane.html`, 'http://localhost:3000/taskpane.html');
    expect(await manifestProblems(broken, context)).toContain('URL must use https: http://localhost:3000/taskpane.html');
  });

  it('reports a URL outside the add-in base', async () => {
    const broken = source.replace(`${DEV_BASE_URL}commands.html`, 'https://elsewhere.example/commands.html');
    expect(await manifestProblems(broken, context)).toContain(`URL must start with ${DEV_BASE_URL}: https://elsewhere.example/commands.html`);
  });

  it('reports an id that is not a GUID, a long resource id, an over-long string and a lower requirement set', async () => {
    const broken = source
      .replace(/<Id>[^<]+<\/Id>/, '<Id>partnering</Id>')
      .replace(/"Check\.Tip"/g, '"Check.Tip.With.A.Much.Too.Long.Identifier"')
      .replace('DefaultValue="Check entries"', `DefaultValue="${'x'.repeat(126)}"`)
      .replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>');
    const problems = await manifestProblems(broken, context);
    expect(problems).toEqual(expect.arrayContaining([
      'Id must be a GUID, found "partnering".',
      'Resource id "Check.Tip.With.A.Much.Too.Long.Identifier" is longer than 32 characters.',
      'Short string "Check.Label" is over 125 characters.',
      'ExcelApi minimum must be 1.9, found "1.1".',
    ]));
  });

  it('reports a missing icon file and a resid with no resource', async () => {
    const broken = source.replace('assets/check-80.png', 'assets/missing-80.png').replace('resid="Group.Label"', 'resid="Group.Caption"');
    const problems = await manifestProblems(broken, context);
    expect(problems).toContain(`Icon ${DEV_BASE_URL}assets/missing-80.png has no file at assets/missing-80.png.`);
    expect(problems).toContain('resid "Group.Caption" is used but not declared in Resources.');
  });
});

describe('the production base URL', () => {
  it('replaces every development URL, so the built manifest passes for the real address', async () => {
    const baseUrl = addinBaseUrl({ ADDIN_BASE_URL: 'https://addins.example.org/partnering' });
    expect(baseUrl).toBe('https://addins.example.org/partnering/');
    const built = manifestFor(source, baseUrl);
    expect(built).not.toContain('localhost');
    expect(await manifestProblems(built, { baseUrl, servedFrom: root })).toEqual([]);
  });

  it('refuses a base URL that is not https', () => {
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: 'http://addins.example.org/' })).toThrow(/must start with https:\/\//);
  });
});
