/**
 * The structure of a workbook, host-neutral, for comparing what the two hosts write for the same
 * schema: tables with headers and calculated formulas, validations, highlights, names, charts and
 * the look of every formatted cell. Values people type are not part of it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readCalculatedColumnFormulas } from '../../src/xlsx/calculated-columns';
import { readWorkbookData } from '../../src/xlsx/read';
import { columnLetter } from '../../src/schema/address';

export interface Structure {
  tables: Array<{ name: string; sheet: string; address: string; headers: string[]; calculated: Record<string, string> }>;
  validations: Array<{ sheet: string; range: string; kind: string; source?: string }>;
  highlights: Array<{ sheet: string; range: string; kind: string }>;
  names: Record<string, string>;
  charts: Array<{ sheet: string; kind: string; values: string[] }>;
  /** Each formatted cell (`Sheet!A1`) with its look as `describeLook` writes it; cells that look like Excel's default are left out. */
  looks: Record<string, string>;
  /** The page set-up of each visible sheet with cells, as `describePage` writes it. */
  pages: Record<string, string>;
  /** Each row given a height (`Sheet!5`), in points. */
  heights: Record<string, number>;
}

/** A sheet's page set-up in host-neutral words. */
export interface Page {
  paper: string;
  orientation: string;
  pagesWide?: number;
  titleRows?: string | null;
  titleColumns?: string | null;
  footer?: string;
}

export function describePage(page: Page): string {
  return [
    `${page.paper} ${page.orientation.toLowerCase()}`, `${page.pagesWide ?? 'unscaled'} wide`,
    `rows ${page.titleRows?.replace(/\$/g, '') || 'none'}`, `columns ${page.titleColumns?.replace(/\$/g, '') || 'none'}`, `footer ${page.footer || 'none'}`,
  ].join(', ');
}

/** The parts of a cell's format the schema declares (src/schema/cell-styles.ts), in host-neutral words. */
export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** RRGGBB, upper case. */
  fontColour?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  numberFormat?: string;
  /** `bottom=thin/0F6CBD`, one per side that has a line. */
  borders?: string[];
}

/** One line per look, leaving out what equals Excel's default (Calibri 11, black, no fill, bottom-aligned, General). */
export function describeLook(look: Look): string {
  const parts: string[] = [];
  if (look.bold) parts.push('bold');
  if (look.italic) parts.push('italic');
  if (look.size !== undefined && look.size !== 11) parts.push(`size ${look.size}`);
  const colour = (c: string | undefined) => (c ? c.replace(/^#/, '').toUpperCase().replace(/^FF(?=[0-9A-F]{6}$)/, '') : undefined);
  const font = colour(look.fontColour);
  if (font && font !== '000000') parts.push(`font ${font}`);
  const fill = colour(look.fill);
  if (fill && fill !== 'FFFFFF') parts.push(`fill ${fill}`);
  const horizontal = look.horizontal?.toLowerCase();
  if (horizontal && horizontal !== 'general') parts.push(`horizontal ${horizontal}`);
  const vertical = look.vertical?.toLowerCase();
  if (vertical && vertical !== 'bottom') parts.push(`vertical ${vertical}`);
  if (look.wrap) parts.push('wrap');
  if (look.numberFormat && look.numberFormat !== 'General') parts.push(`format ${look.numberFormat}`);
  if (look.borders && look.borders.length > 0) parts.push(`borders ${[...look.borders].map((b) => b.toLowerCase()).sort().join(' ')}`);
  return parts.join(', ');
}

/** Sorted and normalised so the same structure compares equal whatever order it was written in. */
export function normalise(structure: Structure): Structure {
  const by = <T>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  const ref = (reference: string) => reference.replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '');
  /** `E5:E5` and `E5` are the same cell. */
  const range = (address: string) => address.replace(/^([A-Z]+\d+):\1$/, '$1');
  return {
    tables: [...structure.tables].sort(by((t) => t.name)),
    validations: [...structure.validations].map((v) => ({ ...v, range: range(v.range), ...(v.source ? { source: ref(v.source) } : {}) })).sort(by((v) => `${v.sheet}!${v.range}`)),
    highlights: [...structure.highlights].map((h) => ({ ...h, range: range(h.range) })).sort(by((h) => `${h.sheet}!${h.range}:${h.kind}`)),
    names: Object.fromEntries(Object.entries(structure.names).map(([k, v]) => [k, ref(v)]).sort(([a], [b]) => a.localeCompare(b))),
    charts: [...structure.charts].map((c) => ({ ...c, values: c.values.map(ref) })).sort(by((c) => `${c.sheet}:${c.kind}:${c.values.join(',')}`)),
    looks: Object.fromEntries(Object.entries(structure.looks).filter(([, look]) => look !== '').sort(([a], [b]) => a.localeCompare(b))),
    pages: Object.fromEntries(Object.entries(structure.pages).sort(([a], [b]) => a.localeCompare(b))),
    heights: Object.fromEntries(Object.entries(structure.heights).sort(([a], [b]) => a.localeCompare(b))),
  };
}

const VALIDATION_KINDS: Record<string, string> = { list: 'list', whole: 'whole', decimal: 'decimal', date: 'date' };
const HIGHLIGHT_KINDS: Record<string, string> = { colorScale: 'colourScale', cellIs: 'textEquals', expression: 'formula' };
const CHART_KINDS: Record<string, string> = { radarChart: 'radar', lineChart: 'line' };
/** Paper codes of CT_PageSetup (ECMA-376 Part 1, 18.3.1.64), by the name Office.js gives them; 1 when none is written. */
const PAPER_CODES: Record<string, string> = { 1: 'Letter', 9: 'A4' };

/** The structure of an .xlsx file, read from its parts. */
export function fileStructure(bytes: Uint8Array): Structure {
  const data = readWorkbookData(bytes);
  const calculated = readCalculatedColumnFormulas(bytes);
  const parts = unzipSync(bytes);
  const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : '');
  const workbook = text('xl/workbook.xml');
  const rels = relationships(text('xl/_rels/workbook.xml.rels'), 'xl/');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"[^>]*>/g)].map((m) => ({
    name: unescape(m[1]), path: rels.get(m[2]) ?? '', hidden: /state="(hidden|veryHidden)"/.test(m[0]),
  }));
  const structure: Structure = {
    tables: Object.values(data.tables).map((t) => ({
      name: t.name, sheet: t.sheet,
      address: `${t.columns[0] ? columnLetter(t.columns[0].column) : 'A'}${t.headerRow}:${columnLetter(t.columns[t.columns.length - 1].column)}${t.headerRow + t.rows.length}`,
      headers: t.columns.map((c) => c.header), calculated: calculated[t.name] ?? {},
    })),
    validations: [], highlights: [], charts: [], looks: {}, pages: {}, heights: {},
    names: Object.fromEntries([...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
      .filter((m) => !/localSheetId/.test(m[1]))
      .map((m) => [/name="([^"]*)"/.exec(m[1])?.[1] ?? '', unescape(m[2])])),
  };
  const looks = cellLooks(text('xl/styles.xml'));
  const printTitles = (index: number) => unescape([...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .find((m) => /name="_xlnm.Print_Titles"/.test(m[1]) && new RegExp(`localSheetId="${index}"`).test(m[1]))?.[2] ?? '')
    .split(',').map((t) => t.slice(t.lastIndexOf('!') + 1)).filter(Boolean);
  sheets.forEach((sheet, index) => {
    const xml = text(sheet.path);
    // Only sheets a person would print: visible, with something on them.
    if (sheet.hidden || !/<c\b/.test(xml)) return;
    const setup = /<pageSetup\b([^>]*)>/.exec(xml)?.[1] ?? '';
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(setup)?.[1];
    const fitToPage = /<pageSetUpPr\b[^>]*fitToPage="(1|true)"/.test(xml);
    const titles = printTitles(index);
    structure.pages[sheet.name] = describePage({
      paper: PAPER_CODES[attribute('paperSize') ?? '1'] ?? `paper ${attribute('paperSize')}`,
      orientation: attribute('orientation') === 'landscape' ? 'landscape' : 'portrait',
      pagesWide: fitToPage ? Number(attribute('fitToWidth') ?? 1) : undefined,
      titleRows: titles.find((t) => /^\$?\d+:\$?\d+$/.test(t)), titleColumns: titles.find((t) => /^\$?[A-Z]+:\$?[A-Z]+$/.test(t)),
      footer: unescape(/<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1] ?? '').replace(/^&C/, ''),
    });
  });
  for (const sheet of sheets) {
    const xml = text(sheet.path);
    for (const m of xml.matchAll(/<c\b([^>]*?)\/?>/g)) {
      const address = /\br="([A-Z]+\d+)"/.exec(m[1])?.[1];
      const style = Number(/\bs="(\d+)"/.exec(m[1])?.[1] ?? 0);
      if (address && style > 0) structure.looks[`${sheet.name}!${address}`] = looks[style] ?? '';
    }
    for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
      const row = /\br="(\d+)"/.exec(m[1])?.[1];
      const height = /\bht="([\d.]+)"/.exec(m[1])?.[1];
      if (row && height && /\bcustomHeight="(1|true)"/.test(m[1])) structure.heights[`${sheet.name}!${row}`] = Number(height);
    }
    for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      const type = /type="([^"]*)"/.exec(m[1])?.[1] ?? '';
      const sqref = /sqref="([^"]*)"/.exec(m[1])?.[1] ?? '';
      const formula = /<formula1>([\s\S]*?)<\/formula1>/.exec(m[2])?.[1];
      structure.validations.push({ sheet: sheet.name, range: sqref, kind: VALIDATION_KINDS[type] ?? type, ...(type === 'list' && formula ? { source: unescape(formula) } : {}) });
    }
    for (const m of xml.matchAll(/<conditionalFormatting\b[^>]*sqref="([^"]*)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g)) {
      for (const rule of m[2].matchAll(/<cfRule\b[^>]*type="([^"]*)"/g)) {
        structure.highlights.push({ sheet: sheet.name, range: m[1], kind: HIGHLIGHT_KINDS[rule[1]] ?? rule[1] });
      }
    }
    const folder = sheet.path.slice(0, sheet.path.lastIndexOf('/') + 1);
    const sheetRels = relationships(text(`${folder}_rels/${sheet.path.slice(folder.length)}.rels`), folder);
    for (const drawing of [...sheetRels.values()].filter((p) => p.includes('/drawings/'))) {
      const drawingFolder = drawing.slice(0, drawing.lastIndexOf('/') + 1);
      const drawingRels = relationships(text(`${drawingFolder}_rels/${drawing.slice(drawingFolder.length)}.rels`), drawingFolder);
      for (const chart of [...drawingRels.values()].filter((p) => p.includes('/charts/'))) {
        const xml = text(chart);
        const kindTag = /<(?:c:)?(radarChart|barChart|lineChart)>/.exec(xml)?.[1] ?? '';
        const barDir = /<(?:c:)?barDir val="(bar|col)"/.exec(xml)?.[1];
        const kind = kindTag === 'barChart' ? (barDir === 'col' ? 'column' : 'bar') : CHART_KINDS[kindTag] ?? kindTag;
        const values = [...xml.matchAll(/<(?:c:)?val>[\s\S]*?<(?:c:)?f>([^<]*)<\/(?:c:)?f>/g)].map((v) => unescape(v[1]));
        structure.charts.push({ sheet: sheet.name, kind, values });
      }
    }
  }
  return normalise(structure);
}

/** Number formats Excel knows by id without writing them into styles.xml (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 49: '@' };

/** The look of each cell format (cellXfs) of styles.xml, by its index. */
function cellLooks(styles: string): string[] {
  const section = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(styles)?.[1] ?? '';
  const items = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g'))];
  const attribute = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
  const on = (xml: string, tag: string) => {
    const found = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(xml);
    return found !== null && !/val="(0|false)"/.test(found[1]);
  };
  const formats = new Map<number, string>(items(section('numFmts'), 'numFmt').map((m) => [Number(attribute(m[0], 'numFmtId')), unescape(attribute(m[0], 'formatCode') ?? '')]));
  const fonts = items(section('fonts'), 'font').map((m) => {
    const body = m[1] ?? '';
    return { bold: on(body, 'b'), italic: on(body, 'i'), size: Number(attribute(/<sz\b[^>]*>/.exec(body)?.[0] ?? '', 'val') ?? 11), colour: attribute(/<color\b[^>]*>/.exec(body)?.[0] ?? '', 'rgb') };
  });
  const fills = items(section('fills'), 'fill').map((m) => (/patternType="solid"/.test(m[0]) ? attribute(/<fgColor\b[^>]*>/.exec(m[0])?.[0] ?? '', 'rgb') : undefined));
  const borders = items(section('borders'), 'border').map((m) => ['left', 'right', 'top', 'bottom'].flatMap((side) => {
    const edge = new RegExp(`<${side}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${side}>)`).exec(m[1] ?? '');
    const style = edge ? attribute(edge[1], 'style') : undefined;
    if (!edge || !style) return [];
    const colour = attribute(/<color\b[^>]*>/.exec(edge[2] ?? '')?.[0] ?? '', 'rgb') ?? '000000';
    return [`${side}=${style}/${colour.replace(/^FF(?=[0-9A-F]{6}$)/i, '')}`];
  }));
  return items(section('cellXfs'), 'xf').map((m) => {
    const font = fonts[Number(attribute(m[0], 'fontId') ?? 0)];
    const alignment = /<alignment\b[^>]*>/.exec(m[0])?.[0] ?? '';
    const numFmtId = Number(attribute(m[0], 'numFmtId') ?? 0);
    return describeLook({
      bold: font?.bold, italic: font?.italic, size: font?.size, fontColour: font?.colour,
      fill: fills[Number(attribute(m[0], 'fillId') ?? 0)],
      horizontal: attribute(alignment, 'horizontal'), vertical: attribute(alignment, 'vertical'),
      wrap: /^(1|true)$/.test(attribute(alignment, 'wrapText') ?? ''),
      numberFormat: formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId],
      borders: borders[Number(attribute(m[0], 'borderId') ?? 0)],
    });
  });
}

function relationships(xml: string, base: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*Id="([^"]*)"[^>]*Target="([^"]*)"/g)) map.set(m[1], resolve(base, m[2]));
  for (const m of xml.matchAll(/<Relationship\b[^>]*Target="([^"]*)"[^>]*Id="([^"]*)"/g)) map.set(m[2], resolve(base, m[1]));
  return map;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const part of (base + target).split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}

function unescape(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

