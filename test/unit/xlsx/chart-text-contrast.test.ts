/**
 * Every text a chart shows (title, axis labels, legend, data labels) in every file partnering
 * writes stands out from the chart's background at 4.5:1 or more, computed by the WCAG formula
 * from the colours in the chart parts themselves.
 */
import { rmSync } from 'fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { chartPartPaths } from '../../../src/xlsx/chart-order';
import { contrastRatio, MINIMUM_CONTRAST } from '../../support/contrast';
import { writeEveryCliOutput, type CliOutput } from '../../support/cli-outputs';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const children = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name);
const child = (parent: Element | undefined, ns: string, name: string): Element | undefined => (parent ? children(parent, ns, name)[0] : undefined);
const below = (parent: Element, ns: string, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(ns, name));
const val = (parent: Element, name: string) => child(parent, C, name)?.getAttribute('val');

/**
 * The colour of a DrawingML solid fill as RRGGBB: an sRGB colour, or a theme text/background
 * colour with its luminance modulated (lumMod, lumOff) as excelize writes its greys; undefined when unset.
 */
function solidColour(fill: Element | undefined): string | undefined {
  if (!fill) return undefined;
  const srgb = child(fill, A, 'srgbClr');
  if (srgb) return srgb.getAttribute('val') ?? undefined;
  const scheme = child(fill, A, 'schemeClr');
  if (!scheme) return undefined;
  const base = { tx1: 0, dk1: 0, bg1: 1, lt1: 1 }[scheme.getAttribute('val') ?? ''];
  if (base === undefined) throw new Error(`Theme colour ${scheme.getAttribute('val')} is not resolved by this test.`);
  const mod = Number(child(scheme, A, 'lumMod')?.getAttribute('val') ?? 100000) / 100000;
  const off = Number(child(scheme, A, 'lumOff')?.getAttribute('val') ?? 0) / 100000;
  const grey = Math.round(Math.min(1, base * mod + off) * 255).toString(16).padStart(2, '0').toUpperCase();
  return grey.repeat(3);
}

/** The colour a text body gives its runs: the fill of each run's properties, or of the paragraph's defaults. */
function textColours(body: Element | undefined): Array<string | undefined> {
  if (!body) return [undefined];
  const runs = [...below(body, A, 'rPr'), ...below(body, A, 'defRPr')];
  const coloured = runs.map((r) => solidColour(child(r, A, 'solidFill')));
  return coloured.some((c) => c !== undefined) ? coloured.filter((c) => c !== undefined) : [undefined];
}

interface ChartText {
  where: string;
  colour: string | undefined;
}

/** Each text the chart shows, with the colour it is drawn in. */
function chartTexts(xml: string): { background: string | undefined; texts: ChartText[] } {
  const space = new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
  const chart = child(space, C, 'chart') as Element;
  const texts: ChartText[] = [];
  const add = (where: string, body: Element | undefined) => textColours(body).forEach((colour) => texts.push({ where, colour }));
  const title = child(chart, C, 'title');
  if (title) add('title', child(child(title, C, 'tx'), C, 'rich'));
  const plotArea = child(chart, C, 'plotArea') as Element;
  for (const kind of ['catAx', 'valAx', 'dateAx']) {
    for (const axis of children(plotArea, C, kind)) {
      if (val(axis, 'delete') === '1' || val(axis, 'tickLblPos') === 'none') continue;
      add(kind, child(axis, C, 'txPr'));
    }
  }
  const legend = child(chart, C, 'legend');
  if (legend) add('legend', child(legend, C, 'txPr'));
  for (const labels of below(plotArea, C, 'dLbls')) {
    if (val(labels, 'showVal') === '1' && labels.parentNode && (labels.parentNode as Element).localName === 'ser') add('data labels', child(labels, C, 'txPr'));
  }
  return { background: solidColour(child(child(space, C, 'spPr'), A, 'solidFill')), texts };
}

describe('the WCAG contrast ratio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0F6CBD', '0F6CBD')).toBe(1);
  });

  it('finds the light grey excelize draws axis labels in (#D9D9D9) unreadable on white', () => {
    expect(contrastRatio('D9D9D9', 'FFFFFF')).toBeCloseTo(1.41, 2);
    expect(contrastRatio('D9D9D9', 'FFFFFF')).toBeLessThan(MINIMUM_CONTRAST);
  });
});

describe('the text of every chart partnering writes', () => {
  let folder: string;
  let outputs: CliOutput[];

  beforeAll(async () => {
    ({ folder, outputs } = await writeEveryCliOutput());
  }, 180000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('has a declared colour at 4.5:1 or more against the chart background', () => {
    const checked: string[] = [];
    const failures: string[] = [];
    for (const output of outputs) {
      const parts = unzipSync(output.bytes);
      for (const path of chartPartPaths(parts)) {
        const { background, texts } = chartTexts(strFromU8(parts[path]));
        for (const text of texts) {
          const where = `${output.command} ${path} ${text.where}`;
          checked.push(where);
          if (!background || !text.colour) failures.push(`${where}: colour ${text.colour ?? 'not declared'} on ${background ?? 'no declared background'}`);
          else if (contrastRatio(text.colour, background) < MINIMUM_CONTRAST) {
            failures.push(`${where}: #${text.colour} on #${background} is ${contrastRatio(text.colour, background).toFixed(2)}:1`);
          }
        }
      }
    }

    expect(failures).toEqual([]);
    // Titles, both axes and data labels of each kind of chart were among the texts checked.
    for (const kind of ['title', 'catAx', 'valAx', 'legend', 'data labels']) expect(checked.some((w) => w.endsWith(kind))).toBe(true);
  });

  it('fills the series of each bar and column chart in colours of their own', () => {
    const shared: string[] = [];
    let multiSeries = 0;
    for (const output of outputs) {
      const parts = unzipSync(output.bytes);
      for (const path of chartPartPaths(parts)) {
        const space = new DOMParser().parseFromString(strFromU8(parts[path]), 'text/xml').documentElement as unknown as Element;
        for (const bars of below(space, C, 'barChart')) {
          const fills = children(bars, C, 'ser').map((ser) => solidColour(child(child(ser, C, 'spPr'), A, 'solidFill')));
          if (fills.length > 1) multiSeries += 1;
          if (fills.some((f) => f === undefined) || new Set(fills).size < fills.length) shared.push(`${output.command} ${path}: ${fills.join(', ')}`);
        }
      }
    }

    expect(shared).toEqual([]);
    // The Dashboard's Ours against Partner is among them, in every file that has a Dashboard.
    expect(multiSeries).toBeGreaterThan(0);
  });
});
