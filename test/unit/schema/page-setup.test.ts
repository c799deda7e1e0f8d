import { content } from '../../../src/domain/strings/en';
import { cellAddress } from '../../../src/schema/address';
import { paperForLanguage } from '../../../src/schema/page-setup';
import { bandFormat, cells, charts, heatMap, sheets } from '../../../src/schema/workbook';
import { officePaper } from '../../../src/taskpane/office-paper';

describe('the paper for a display language', () => {
  it('is Letter where North and Central America print on it', () => {
    for (const tag of ['en-US', 'en-CA', 'es-MX', 'fr-CA', 'es-US', 'en-PH', 'es-CO']) expect([tag, paperForLanguage(tag)]).toEqual([tag, 'letter']);
  });

  it('is A4 everywhere else, and when the language names no region', () => {
    for (const tag of ['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'en', 'zh-Hans-CN', '', undefined]) {
      expect([tag, paperForLanguage(tag)]).toEqual([tag, 'a4']);
    }
  });

  it('reads the region after a script subtag and in any case', () => {
    expect(paperForLanguage('sr-Latn-US')).toBe('letter');
    expect(paperForLanguage('EN_us')).toBe('letter');
  });
});

describe('the pane’s paper', () => {
  const scope = globalThis as Record<string, unknown>;
  afterEach(() => { delete scope.Office; });

  it('follows Office.context.displayLanguage', () => {
    scope.Office = { context: { displayLanguage: 'fr-CA' } };
    expect(officePaper()).toBe('letter');
    scope.Office = { context: { displayLanguage: 'nl-NL' } };
    expect(officePaper()).toBe('a4');
  });

  it('is A4 outside Office', () => {
    expect(officePaper()).toBe('a4');
  });
});

describe('the declared page set-up', () => {
  it('gives every visible sheet one, and repeats no rows on the Dashboard, whose charts sit under its table header', () => {
    for (const sheet of sheets.filter((s) => !s.hidden)) expect([sheet.name, sheet.page !== undefined]).toEqual([sheet.name, true]);
    const dashboard = sheets.find((s) => s.name === 'Dashboard');
    expect(dashboard?.page?.titleRows).toBeUndefined();
    expect(charts.filter((c) => c.sheet === 'Dashboard').length).toBeGreaterThan(0);
  });
});

describe('the heat map', () => {
  const cellAt = (column: number, row: number) => cells.find((c) => c.sheet === 'Dashboard' && c.cell === cellAddress(column, row));

  it('writes each cell’s band beside its count, by the band table of the risk scores', () => {
    heatMap.likelihoods.forEach((likelihood, r) => heatMap.impacts.forEach((impact, c) => {
      const band = content.riskBands.find((b) => likelihood * impact >= b.min && likelihood * impact <= b.max);
      expect(cellAt(heatMap.left + c, heatMap.top + r)?.numberFormat).toBe(bandFormat(band?.name ?? ''));
    }));
    expect(bandFormat('Critical')).toBe('"Critical: "0');
  });

  it('names the impacts on its axis', () => {
    expect(heatMap.impacts.map((_, i) => cellAt(heatMap.left + i, heatMap.top - 1)?.value)).toEqual(content.impact.map((p) => `${p.value} ${p.name}`));
  });
});
