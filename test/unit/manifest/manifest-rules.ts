/**
 * What the Office Store checks in an XML manifest, as far as it can be checked offline.
 * Returns one plain sentence per problem; an empty list means the manifest passes.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { parseStringPromise } from 'xml2js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+(\.\d+){0,3}$/;
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESOURCE_ID_MAX = 32;

type Node = Record<string, unknown>;

export interface ManifestContext {
  /** The URL every manifest URL must start with. */
  baseUrl: string;
  /** Folder the base URL maps to (for icon files). */
  servedFrom: string;
}

export async function manifestProblems(xml: string, context: ManifestContext): Promise<string[]> {
  const problems: string[] = [];
  const info = await readWithOfficeReader(xml);
  if (!info.id || !GUID.test(info.id)) problems.push(`Id must be a GUID, found "${info.id}".`);
  if (!info.version || !VERSION.test(info.version)) problems.push(`Version must look like 1.0.0.0, found "${info.version}".`);
  if (info.permissions !== 'ReadWriteDocument') problems.push(`Permissions must be ReadWriteDocument, found "${info.permissions}".`);
  if (!info.hosts || info.hosts.join() !== 'Workbook') problems.push(`Hosts must be Workbook only, found "${info.hosts}".`);
  if (!info.displayName || info.displayName.length > SHORT_STRING_MAX) problems.push('DisplayName must be 1–125 characters.');
  if (!info.description || info.description.length > LONG_STRING_MAX) problems.push('Description must be 1–250 characters.');

  const doc = (await parseStringPromise(xml)) as { OfficeApp: Node };
  const app = doc.OfficeApp;
  problems.push(...requirementProblems(app));

  const urls = collectUrls(app);
  for (const url of urls) {
    if (!url.startsWith('https://')) problems.push(`URL must use https: ${url}`);
    else if (!url.startsWith(context.baseUrl)) problems.push(`URL must start with ${context.baseUrl}: ${url}`);
  }

  const overrides = first(app.VersionOverrides as Node[]);
  const resources = overrides ? first(overrides.Resources as Node[]) : undefined;
  if (!resources) {
    problems.push('VersionOverrides with Resources is missing (the ribbon buttons need it).');
    return problems;
  }
  const strings = (kind: string) => children(first(resources[kind] as Node[]), 'bt:String');
  const images = children(first(resources['bt:Images'] as Node[]), 'bt:Image');
  const resourceUrls = children(first(resources['bt:Urls'] as Node[]), 'bt:Url');
  for (const item of [...strings('bt:ShortStrings'), ...strings('bt:LongStrings'), ...images, ...resourceUrls]) {
    const id = attr(item, 'id');
    if (id.length > RESOURCE_ID_MAX) problems.push(`Resource id "${id}" is longer than ${RESOURCE_ID_MAX} characters.`);
  }
  for (const item of strings('bt:ShortStrings')) {
    if (attr(item, 'DefaultValue').length > SHORT_STRING_MAX) problems.push(`Short string "${attr(item, 'id')}" is over ${SHORT_STRING_MAX} characters.`);
  }
  for (const item of strings('bt:LongStrings')) {
    if (attr(item, 'DefaultValue').length > LONG_STRING_MAX) problems.push(`Long string "${attr(item, 'id')}" is over ${LONG_STRING_MAX} characters.`);
  }

  const declaredIds = new Set([...strings('bt:ShortStrings'), ...strings('bt:LongStrings'), ...images, ...resourceUrls].map((n) => attr(n, 'id')));
  for (const resid of collectAttr(overrides, 'resid')) {
    if (!declaredIds.has(resid)) problems.push(`resid "${resid}" is used but not declared in Resources.`);
  }

  const iconSizes: Array<{ url: string; size: number }> = [
    ...(info.iconUrl ? [{ url: info.iconUrl, size: 32 }] : []),
    ...(info.highResolutionIconUrl ? [{ url: info.highResolutionIconUrl, size: 64 }] : []),
  ];
  const imageUrlById = new Map(images.map((n) => [attr(n, 'id'), attr(n, 'DefaultValue')]));
  for (const use of collectNodes(overrides, 'bt:Image')) {
    const size = Number(attr(use, 'size'));
    const url = imageUrlById.get(attr(use, 'resid'));
    if (size && url) iconSizes.push({ url, size });
  }
  for (const { url, size } of iconSizes) {
    problems.push(...(await iconProblems(url, size, context)));
  }
  return problems;
}

async function readWithOfficeReader(xml: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'manifest-'));
  try {
    const file = path.join(dir, 'manifest.xml');
    await fs.writeFile(file, xml);
    return await OfficeAddinManifest.readManifestFile(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function requirementProblems(app: Node): string[] {
  const sets = children(first(first(app.Requirements as Node[])?.Sets as Node[]), 'Set');
  const excel = sets.find((s) => attr(s, 'Name') === 'ExcelApi');
  if (!excel) return ['Requirements must name the ExcelApi set.'];
  const minimum = attr(excel, 'MinVersion') || attr(first(first(app.Requirements as Node[])?.Sets as Node[]) ?? {}, 'DefaultMinVersion');
  return minimum === '1.9' ? [] : [`ExcelApi minimum must be 1.9, found "${minimum}".`];
}

async function iconProblems(url: string, expected: number, context: ManifestContext): Promise<string[]> {
  if (!url.startsWith(context.baseUrl)) return [];
  const file = path.join(context.servedFrom, url.slice(context.baseUrl.length));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return [`Icon ${url} has no file at ${path.relative(process.cwd(), file)}.`];
  }
  const isPng = bytes.subarray(1, 4).toString('ascii') === 'PNG';
  if (!isPng) return [`Icon ${url} is not a PNG file.`];
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width === expected && height === expected ? [] : [`Icon ${url} is ${width}×${height} px but is declared as ${expected}×${expected}.`];
}

function collectUrls(node: unknown): string[] {
  const found: string[] = [];
  walk(node, (n) => {
    for (const key of ['DefaultValue']) {
      const value = attr(n, key);
      if (/^[a-z]+:\/\//i.test(value)) found.push(value);
    }
  });
  return found;
}

function collectAttr(node: unknown, name: string): string[] {
  const found: string[] = [];
  walk(node, (n) => {
    const value = attr(n, name);
    if (value) found.push(value);
  });
  return found;
}

function collectNodes(node: unknown, element: string): Node[] {
  const found: Node[] = [];
  walk(node, (n) => {
    const list = n[element];
    if (Array.isArray(list)) found.push(...(list as Node[]));
  });
  return found;
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node as Node)) if (key !== '$') walk(value, visit);
}

function first<T>(list: T[] | undefined): T | undefined {
  return Array.isArray(list) ? list[0] : undefined;
}

function children(node: Node | undefined, name: string): Node[] {
  return node && Array.isArray(node[name]) ? (node[name] as Node[]) : [];
}

function attr(node: Node, name: string): string {
  const attrs = node.$ as Record<string, string> | undefined;
  return attrs?.[name] ?? '';
}
