/**
 * Charts of ours a person deleted from a sheet they kept, put back from the template: the chart
 * part copied under a free name (its series pointing at the sheets under the names they have
 * now), anchored where the template anchors it on the sheet's drawing (a drawing is added when the
 * sheet has none). A chart is ours and present when a chart on the sheet has its title or plots
 * the same cells; charts and pictures of the person's own are left as they are. A chart floats
 * over the cells, so putting it back changes no cell.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { tokenise } from '../../data/formula-tokens';
import { quoteSheet } from '../../schema/address';
import { copyRelated } from './sheet-graft';
import { WORKSHEET_SEQUENCE } from './sheet-rules';
import { REL_TYPE, type XlsxPackage } from './xlsx-package';
import { createChild, descendantsNamed, elementChildren, insertInSequence, NS, parseXml, serializeXml, setText } from './xml';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const MAIN_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const ANCHORS = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor']);

interface PlacedChart {
  anchor: Element;
  path: string;
  title: string;
  /** The cells its series plot, without sheet names. */
  plots: string;
}

/**
 * Grafts the template sheet's charts that `sheetPath` lacks; returns their titles. `sheetNow`
 * gives a declared sheet's name in this workbook.
 */
export function graftMissingCharts(pkg: XlsxPackage, template: XlsxPackage, templateSheetPath: string, sheetPath: string,
  sheetNow: (declared: string) => string | undefined): string[] {
  const ours = chartsOn(template, templateSheetPath);
  if (ours.charts.length === 0) return [];
  const theirs = chartsOn(pkg, sheetPath).charts;
  const missing = ours.charts.filter((chart) => !theirs.some((t) => (chart.title !== '' && t.title === chart.title) || (chart.plots !== '' && t.plots === chart.plots)));
  if (missing.length === 0) return [];
  const drawingPath = chartsOn(pkg, sheetPath).drawing ?? addDrawing(pkg, template, ours.drawing as string, sheetPath);
  const drawing = pkg.edit(drawingPath);
  const root = drawing.documentElement as Element;
  for (const chart of missing) {
    const path = pkg.freePath('xl/charts/', 'chart', '.xml');
    pkg.put(path, serializeXml(withSheetsNow(parseXml(strFromU8(template.bytes(chart.path) as Uint8Array), chart.path), sheetNow)));
    pkg.declareContentType(path, CHART_TYPE);
    copyRelated(pkg, template, chart.path, path, { next: 0 });
    const id = pkg.addRelationship(drawingPath, REL_TYPE.chart, path);
    const anchor = drawing.importNode(chart.anchor, true) as Element;
    for (const reference of descendantsNamed(anchor, CHART_NS, 'chart')) reference.setAttributeNS(NS.officeRel, `${reference.lookupPrefix(NS.officeRel) ?? 'r'}:id`, id);
    const ids = descendantsNamed(root, DRAWING_NS, 'cNvPr').map((p) => Number(p.getAttribute('id')) || 0);
    for (const properties of descendantsNamed(anchor, DRAWING_NS, 'cNvPr')) properties.setAttribute('id', String(Math.max(1, ...ids) + 1));
    root.appendChild(anchor);
  }
  return missing.map((c) => c.title);
}

function chartsOn(pkg: XlsxPackage, sheetPath: string): { drawing?: string; charts: PlacedChart[] } {
  const drawing = pkg.relationships(sheetPath).find((r) => r.type === REL_TYPE.drawing && r.path && pkg.has(r.path))?.path;
  const root = drawing ? pkg.xml(drawing)?.documentElement as Element | undefined : undefined;
  if (!drawing || !root) return { charts: [] };
  const targets = new Map(pkg.relationships(drawing).filter((r) => r.type === REL_TYPE.chart && r.path && pkg.has(r.path)).map((r) => [r.id, r.path as string]));
  const charts: PlacedChart[] = [];
  for (const anchor of elementChildren(root).filter((e) => ANCHORS.has(e.localName ?? ''))) {
    const reference = descendantsNamed(anchor, CHART_NS, 'chart')[0];
    const path = reference ? targets.get(reference.getAttributeNS(NS.officeRel, 'id') ?? '') : undefined;
    const chart = path ? pkg.xml(path) : undefined;
    if (!path || !chart) continue;
    const title = descendantsNamed(chart, CHART_NS, 'title')[0];
    const plots = descendantsNamed(chart, CHART_NS, 'val').flatMap((v) => descendantsNamed(v, CHART_NS, 'f'))
      .map((f) => tokenise(f.textContent ?? '').map((t) => (t.kind === 'ref' && t.ref ? t.text.slice(t.ref.prefix.length) : t.text)).join(''));
    charts.push({ anchor, path, title: title ? descendantsNamed(title, MAIN_DRAWING_NS, 't').map((t) => t.textContent ?? '').join('') : '', plots: plots.join(',') });
  }
  return { drawing, charts };
}

/** The chart's series references with each of our sheets under the name it has now. */
function withSheetsNow(chart: Document, sheetNow: (declared: string) => string | undefined): Document {
  for (const formula of descendantsNamed(chart, CHART_NS, 'f')) {
    const text = formula.textContent ?? '';
    const renamed = tokenise(text).map((token) => {
      const declared = token.ref?.sheet;
      const now = declared !== undefined ? sheetNow(declared) : undefined;
      return token.ref && now !== undefined && now !== declared ? `${quoteSheet(now)}!${token.text.slice(token.ref.prefix.length)}` : token.text;
    }).join('');
    if (renamed !== text) setText(formula, renamed);
  }
  return chart;
}

/** An empty drawing for a sheet that has none, declared as the template declares its own. */
function addDrawing(pkg: XlsxPackage, template: XlsxPackage, templateDrawing: string, sheetPath: string): string {
  const source = parseXml(strFromU8(template.bytes(templateDrawing) as Uint8Array), templateDrawing);
  const root = source.documentElement as Element;
  for (const child of elementChildren(root)) root.removeChild(child);
  const path = pkg.freePath('xl/drawings/', 'drawing', '.xml');
  pkg.put(path, serializeXml(source));
  pkg.declareContentType(path, DRAWING_TYPE);
  const id = pkg.addRelationship(sheetPath, REL_TYPE.drawing, path);
  const worksheet = pkg.edit(sheetPath).documentElement as Element;
  if (!worksheet.lookupPrefix(NS.officeRel)) worksheet.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:r', NS.officeRel);
  const drawing = createChild(worksheet, 'drawing');
  drawing.setAttributeNS(NS.officeRel, `${worksheet.lookupPrefix(NS.officeRel) ?? 'r'}:id`, id);
  insertInSequence(worksheet, drawing, WORKSHEET_SEQUENCE);
  return path;
}
