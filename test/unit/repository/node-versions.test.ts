import { readFileSync } from 'fs';
import path from 'path';
import semver from 'semver';
import { projectRoot } from '../../support/project-root';

/**
 * People run the CLI and the tests on Node 20, 22 or 24, so every package installed must accept
 * each of them. A dependency that moves to a newer Node (docx's nanoid 6 asked for Node 22) makes
 * npm warn on install, and refuse it under engine-strict. 20.19 and 22.13 are the releases most of
 * the ecosystem now asks for within those lines.
 */
const NODE_VERSIONS = ['20.19.0', '22.13.0', '24.0.0'];

interface LockedPackage {
  engines?: { node?: string } | string[];
}

const lock = JSON.parse(readFileSync(path.join(projectRoot(), 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const { engines } = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { engines: { node: string } };

it('declares that it runs on each Node version people use', () => {
  expect(NODE_VERSIONS.filter((version) => !semver.satisfies(version, engines.node))).toEqual([]);
});

it.each(NODE_VERSIONS)('installs no package that refuses Node %s', (version) => {
  const refusing = Object.entries(lock.packages).flatMap(([where, locked]) => {
    const wanted = !Array.isArray(locked.engines) ? locked.engines?.node : undefined;
    return where !== '' && wanted !== undefined && !semver.satisfies(version, wanted) ? [`${where.replace(/^.*node_modules\//, '')} wants Node ${wanted}`] : [];
  });
  expect(refusing).toEqual([]);
});
