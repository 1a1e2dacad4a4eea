import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

// The project states Node ≥ 20.19 (root package.json). What a user installs with the SDK
// declares no newer Node, and of the generator its README recipe installs, only the packages
// the README's `overrides` replace do; a bump (graphql-codegen CLI 7, whose listr2 10 wants
// Node 22) fails here, on the locked tree, before it reaches a user.

const require = createRequire(import.meta.url);
const semver: { satisfies(version: string, range: string): boolean; minVersion(range: string): { version: string } } = require('semver');
const repo = new URL('../../../', import.meta.url);
const rootPkg = JSON.parse(readFileSync(new URL('package.json', repo), 'utf8'));
const lock: Record<string, { version?: string; link?: boolean; resolved?: string; engines?: { node?: string }; dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> =
  JSON.parse(readFileSync(new URL('package-lock.json', repo), 'utf8')).packages;
const node = semver.minVersion(rootPkg.engines.node).version;

/** Where Node finds `name` from the package at lock path `from`. */
function resolve(from: string, name: string): string | undefined {
  for (let dir = from; ; ) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock[key]) return key;
    if (!dir) return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

/** The packages (lock paths) that installing `roots` installs: dependencies and peers. */
function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const path = stack.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const entry = lock[path]!;
    const real = entry.link ? entry.resolved! : path;
    const { dependencies = {}, optionalDependencies = {}, peerDependencies = {} } = lock[real]!;
    for (const name of Object.keys({ ...dependencies, ...optionalDependencies, ...peerDependencies })) {
      const found = resolve(real, name);
      if (found) stack.push(found);
    }
  }
  return seen;
}

const tooNew = (paths: Set<string>) =>
  [...paths].filter((path) => lock[path]!.engines?.node && !semver.satisfies(node, lock[path]!.engines!.node!)).map((path) => `${path.replace(/.*node_modules\//, '')}@${lock[path]!.version} (${lock[path]!.engines!.node})`);

it('the SDK and what npm installs with it declare the Node the project states', () => {
  expect(node).toBe('20.19.0');
  const sdk = JSON.parse(readFileSync(new URL('packages/sdk/package.json', repo), 'utf8'));
  const installed = closure(Object.keys(sdk.dependencies).map((name) => resolve('packages/sdk', name)!));
  expect([...installed].map((path) => path.replace(/.*node_modules\//, '')).sort()).toEqual(['@graphql-typed-document-node/core', 'graphql']);
  expect(tooNew(installed)).toEqual([]);
  expect(semver.satisfies(node, sdk.engines.node)).toBe(true);
});

it('graphql-codegen as the recipe installs it needs Node 22 only in the packages the README overrides', () => {
  const generator = closure(['@graphql-codegen/cli', '@graphql-codegen/client-preset', '@graphql-codegen/typescript'].map((name) => resolve('packages/sdk', name)!));
  const names = new Set(tooNew(generator).map((line) => line.replace(/@[^@]+$/, '')));
  const readme = readFileSync(new URL('packages/sdk/README.md', repo), 'utf8');
  const overrides = JSON.parse(`{${/"overrides": \{([^}]*)\}/.exec(readme)![1]}}`) as Record<string, string>;
  // `@whatwg-node/node-fetch` 0.9 comes with `@whatwg-node/fetch` 0.12 and goes with it.
  expect([...names].filter((name) => !(name in overrides) && name !== '@whatwg-node/node-fetch')).toEqual([]);
  // Each override pins one version; the CLI, the preset and the CLI's task runner need none.
  for (const [name, version] of Object.entries(overrides)) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  for (const name of ['@graphql-codegen/cli', '@graphql-codegen/client-preset', 'listr2']) {
    const path = [...generator].find((p) => p.endsWith(`node_modules/${name}`))!;
    expect(tooNew(new Set([path])), name).toEqual([]);
  }
});
