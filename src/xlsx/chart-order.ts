/**
 * Puts the chart parts of an .xlsx package (xl/charts/chart*.xml) in the order of the schema.
 *
 * excelize-wasm 0.1.3 writes series children out of the `dml-chart.xsd` sequences (`marker` and
 * `invertIfNegative` after `dLbls`) and adds children a series type does not allow
 * (`invertIfNegative` and `smooth` in radar series, `marker` and `smooth` in bar series); desktop
 * Excel "repairs" such a file on open (excelize issue #2355). Here each element's children are
 * sorted into its type's sequence (chart-sequences.ts) and the ones its type does not allow are
 * dropped, which is what Excel's repair would do, but before anyone sees a repair message.
 */
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, strToU8 } from 'fflate';
import { CHART_NAMESPACE, CHART_ROOT, CHART_SEQUENCES, type Sequence } from './chart-sequences';

const CHART_PART = /^xl\/charts\/[^/]+\.xml$/;
const ELEMENT_NODE = 1;

export interface OrderedChart {
  xml: string;
  /** Where each dropped element was, e.g. `chartSpace/chart/plotArea/radarChart/ser[1]/smooth`. */
  dropped: string[];
}

/** A chart part's XML with every element's children in schema order; anything else is left as it was. */
export function chartInSchemaOrder(xml: string): OrderedChart {
  const document = parse(xml);
  const root = document.documentElement;
  if (!isChartSpace(root)) return { xml, dropped: [] };
  const dropped: string[] = [];
  const changed = order(root, CHART_ROOT.type, CHART_ROOT.name, dropped);
  return { xml: changed ? new XMLSerializer().serializeToString(document) : xml, dropped };
}

/**
 * The package's parts with every chart part in schema order: the same record when nothing needed
 * changing, else a copy in the same part order with the changed chart parts replaced.
 */
export function chartPartsInSchemaOrder(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  let result = parts;
  for (const path of Object.keys(parts).filter((p) => CHART_PART.test(p))) {
    const xml = strFromU8(parts[path]);
    const ordered = chartInSchemaOrder(xml);
    if (ordered.xml === xml) continue;
    if (result === parts) result = { ...parts };
    result[path] = strToU8(ordered.xml);
  }
  return result;
}

/** Every departure of a chart part from the schema's sequences, e.g. `…/ser[1]: marker comes after dLbls`; none for a valid part. */
export function chartSchemaProblems(xml: string): string[] {
  const root = parse(xml).documentElement;
  if (!isChartSpace(root)) return [`the root is ${nameOf(root) || 'missing'}, not ${CHART_ROOT.name}`];
  const problems: string[] = [];
  check(root, CHART_ROOT.type, CHART_ROOT.name, problems);
  return problems;
}

/** The chart parts of a package, by path. */
export function chartPartPaths(parts: Record<string, Uint8Array>): string[] {
  return Object.keys(parts).filter((path) => CHART_PART.test(path) && isChartSpace(parse(strFromU8(parts[path])).documentElement));
}

function parse(xml: string) {
  return new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(`Chart part is not well-formed XML: ${message}`); } })
    .parseFromString(xml, 'text/xml');
}

function isChartSpace(element: Element | null): element is Element {
  return element !== null && element.namespaceURI === CHART_NAMESPACE && element.localName === CHART_ROOT.name;
}

const nameOf = (element: Element | null): string => element?.localName ?? '';

const childElements = (element: Element): Element[] =>
  Array.from(element.childNodes).filter((node: Node): node is Element => node.nodeType === ELEMENT_NODE);

/** Where a child of the chart namespace goes in the sequence, with its own type; undefined when the sequence has no place for it. */
function placeOf(sequence: Sequence, child: Element): { index: number; type: string | null } | undefined {
  if (child.namespaceURI !== CHART_NAMESPACE) return undefined;
  const name = nameOf(child);
  const index = sequence.findIndex((particle) => name in particle.names);
  return index < 0 ? undefined : { index, type: sequence[index].names[name] };
}

/** Sorts the element's children into its type's sequence, recursively; true when anything moved or went. */
function order(element: Element, type: string, path: string, dropped: string[]): boolean {
  const sequence = CHART_SEQUENCES[type];
  let changed = false;
  // Children of other namespaces (mc:AlternateContent and the like) stay behind the child they followed.
  let previous = -1;
  const ranked = childElements(element).flatMap((child, position) => {
    if (child.namespaceURI !== CHART_NAMESPACE) return [{ child, rank: previous, position }];
    const place = placeOf(sequence, child);
    if (place === undefined) {
      dropped.push(`${path}/${nameOf(child)}`);
      element.removeChild(child);
      changed = true;
      return [];
    }
    previous = place.index;
    if (place.type !== null) changed = order(child, place.type, `${path}/${nameOf(child)}${indexSuffix(element, child)}`, dropped) || changed;
    return [{ child, rank: place.index, position }];
  });
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.position - b.position);
  if (sorted.some((entry, i) => entry !== ranked[i])) {
    changed = true;
    for (const { child } of sorted) element.appendChild(child);
  }
  return changed;
}

function check(element: Element, type: string, path: string, problems: string[]): void {
  const sequence = CHART_SEQUENCES[type];
  const counts = sequence.map(() => 0);
  let last: { index: number; name: string } | undefined;
  for (const child of childElements(element)) {
    if (child.namespaceURI !== CHART_NAMESPACE) continue;
    const place = placeOf(sequence, child);
    if (place === undefined) {
      problems.push(`${path}: ${nameOf(child)} is not allowed in ${type}`);
      continue;
    }
    if (last !== undefined && place.index < last.index) problems.push(`${path}: ${nameOf(child)} comes after ${last.name}`);
    else last = { index: place.index, name: nameOf(child) };
    counts[place.index] += 1;
    if (counts[place.index] === sequence[place.index].max + 1) problems.push(`${path}: more than ${sequence[place.index].max} ${nameOf(child)}`);
    if (place.type !== null) check(child, place.type, `${path}/${nameOf(child)}${indexSuffix(element, child)}`, problems);
  }
  sequence.forEach((particle, i) => {
    if (counts[i] < particle.min) problems.push(`${path}: ${Object.keys(particle.names).join(' or ')} missing (${counts[i]} of ${particle.min})`);
  });
}

/** `[n]` when the element has several children of that name, so a path names one series. */
function indexSuffix(parent: Element, child: Element): string {
  const same = childElements(parent).filter((c) => nameOf(c) === nameOf(child) && c.namespaceURI === child.namespaceURI);
  return same.length > 1 ? `[${same.indexOf(child) + 1}]` : '';
}
