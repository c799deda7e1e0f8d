import { rmSync } from 'fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { chartInSchemaOrder, chartPartPaths, chartPartsInSchemaOrder, chartSchemaProblems } from '../../../src/xlsx/chart-order';
import { loadExcelize, must } from '../../../src/xlsx/excelize';
import { writeEveryCliOutput, type CliOutput } from '../../support/cli-outputs';

// The series sequences of dml-chart.xsd (ECMA-376 Part 1, §21.2.2), written out here from the
// schema rather than taken from the code under test.
const ALLOWED_IN_SERIES: Record<string, string[]> = {
  barChart: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  lineChart: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'],
  radarChart: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const elements = (xml: string, name: string) => Array.from(parse(xml).getElementsByTagNameNS('*', name));
const childNames = (element: Element) => Array.from(element.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName ?? '');
const texts = (xml: string, name: string) => elements(xml, name).map((e) => e.textContent);

/** The series of each plot in a chart part: plot type and the names of its children in order. */
function series(xml: string): Array<{ plot: string; children: string[] }> {
  return Object.keys(ALLOWED_IN_SERIES).flatMap((plot) => elements(xml, plot)
    .flatMap((p) => Array.from(p.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'ser'))
    .map((ser) => ({ plot, children: childNames(ser) })));
}

/** Chart parts as excelize-wasm writes them, before our order: one radar, one bar, one line chart. */
async function excelizeCharts(): Promise<Record<string, string>> {
  const excelize = await loadExcelize();
  const file = excelize.NewFile();
  for (let row = 1; row <= 3; row += 1) {
    must(file.SetCellStr('Sheet1', `A${row}`, `P${row}`), 'label');
    must(file.SetCellValue('Sheet1', `B${row}`, row), 'value');
  }
  const options = (Type: number) => ({
    Type, Series: [{ Name: 'Sheet1!$B$1', Categories: 'Sheet1!$A$1:$A$3', Values: 'Sheet1!$B$1:$B$3' }],
    Title: { Paragraph: [{ Text: 'Chart' }] }, PlotArea: { ShowVal: true },
  });
  must(file.AddChart('Sheet1', 'D1', options(excelize.Radar)), 'radar');
  must(file.AddChart('Sheet1', 'D20', options(excelize.Bar)), 'bar');
  must(file.AddChart('Sheet1', 'D40', options(excelize.Line)), 'line');
  const parts = unzipSync(new Uint8Array(must(file.WriteToBuffer(), 'write').buffer as ArrayBuffer));
  return Object.fromEntries(chartPartPaths(parts).map((path) => [path, strFromU8(parts[path])]));
}

describe('a chart part as excelize-wasm 0.1.3 writes it', () => {
  let raw: Record<string, string>;

  beforeAll(async () => {
    raw = await excelizeCharts();
  });

  it('breaks the schema, as excelize issue #2355 reports (so the checks below can fail)', () => {
    const problems = Object.values(raw).flatMap(chartSchemaProblems);

    expect(Object.keys(raw)).toHaveLength(3);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/radarChart\/ser: invertIfNegative is not allowed in CT_RadarSer/),
      expect.stringMatching(/lineChart\/ser: marker comes after dLbls/),
    ]));
  });

  it('is put in schema order, keeping every series child the schema allows, in the schema order', () => {
    for (const xml of Object.values(raw)) {
      const ordered = chartInSchemaOrder(xml).xml;

      expect(chartSchemaProblems(ordered)).toEqual([]);
      const before = series(xml);
      const after = series(ordered);
      expect(after.map((s) => s.plot)).toEqual(before.map((s) => s.plot));
      after.forEach(({ plot, children }, i) => {
        const allowed = ALLOWED_IN_SERIES[plot];
        expect(children).toEqual(allowed.filter((name) => before[i].children.includes(name)));
      });
    }
  });

  it('drops only what the series type does not allow, and says where', () => {
    const dropped = Object.values(raw).flatMap((xml) => chartInSchemaOrder(xml).dropped);
    const expected = Object.values(raw).flatMap((xml) => series(xml).flatMap(({ plot, children }) =>
      children.filter((name) => !ALLOWED_IN_SERIES[plot].includes(name)).map((name) => `${plot}/ser/${name}`)));

    expect(expected.length).toBeGreaterThan(0);
    expect(dropped.map((path) => path.replace(/^.*\/(\w+Chart\/ser)(\[\d+\])?\//, '$1/'))).toEqual(expected);
  });

  it('keeps every formula, title and number format', () => {
    for (const xml of Object.values(raw)) {
      const ordered = chartInSchemaOrder(xml).xml;

      for (const name of ['f', 't', 'formatCode', 'axId']) expect(texts(ordered, name)).toEqual(texts(xml, name));
      expect(elements(ordered, 'axId').map((e) => e.getAttribute('val'))).toEqual(elements(xml, 'axId').map((e) => e.getAttribute('val')));
    }
  });

  it('comes out unchanged the second time', () => {
    for (const xml of Object.values(raw)) {
      const once = chartInSchemaOrder(xml).xml;

      expect(chartInSchemaOrder(once)).toEqual({ xml: once, dropped: [] });
    }
  });
});

describe('the chart parts of every file partnering writes', () => {
  let folder: string;
  let outputs: CliOutput[];

  beforeAll(async () => {
    ({ folder, outputs } = await writeEveryCliOutput());
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are there: the Dashboard and Score history charts, and the portfolio chart', () => {
    expect(outputs.map((o) => [o.command, chartsShown(unzipSync(o.bytes))]))
      .toEqual(outputs.map((o) => [o.command, o.charts]));
  });

  it('follow the dml-chart.xsd sequences in every element', () => {
    const problems = outputs.flatMap((o) => {
      const parts = unzipSync(o.bytes);
      return chartPartPaths(parts).flatMap((path) => chartSchemaProblems(strFromU8(parts[path])).map((p) => `${o.command} ${path}: ${p}`));
    });

    expect(problems).toEqual([]);
  });

  it('have every series in the order and with only the children its type allows', () => {
    const found = outputs.flatMap((o) => {
      const parts = unzipSync(o.bytes);
      return chartPartPaths(parts).flatMap((path) => series(strFromU8(parts[path])));
    });

    expect(new Set(found.map((s) => s.plot))).toEqual(new Set(['radarChart', 'barChart', 'lineChart']));
    for (const { plot, children } of found) expect(children).toEqual(ALLOWED_IN_SERIES[plot].filter((n) => children.includes(n)));
  });

  it('need nothing more from the ordering step', () => {
    for (const o of outputs) {
      const parts = unzipSync(o.bytes);

      expect(chartPartsInSchemaOrder(parts)).toBe(parts);
    }
  });
});

/**
 * The charts the workbook shows: workbook → its sheets → their drawings → the charts these refer
 * to. excelize's DeleteSheet leaves the deleted sheet's drawing and chart parts behind, and repair
 * keeps every part it did not make, so a package may hold more chart parts than it shows.
 */
function chartsShown(parts: Record<string, Uint8Array>): number {
  const targets = (from: string, kind: string): string[] => {
    const rels = `${from.slice(0, from.lastIndexOf('/'))}/_rels/${from.slice(from.lastIndexOf('/') + 1)}.rels`;
    if (!parts[rels]) return [];
    return [...strFromU8(parts[rels]).matchAll(/<Relationship\b[^>]*>/g)]
      .filter((m) => new RegExp(`Type="[^"]*/${kind}"`).test(m[0]))
      .map((m) => /Target="([^"]*)"/.exec(m[0])?.[1] ?? '')
      .map((target) => (target.startsWith('/') ? target.slice(1) : new URL(target, `http://x/${from}`).pathname.slice(1)));
  };
  return targets('xl/workbook.xml', 'worksheet')
    .flatMap((sheet) => targets(sheet, 'drawing'))
    .flatMap((drawing) => targets(drawing, 'chart')).length;
}
