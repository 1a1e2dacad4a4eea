import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanHub } from './harness.ts';

// What a frontend team gets: `npm pack` of the SDK (its prepack builds it), installed from
// the tarball into a new app in a temp folder, the way `npm install @planhub/sdk` would
// (the registry gives its one dependency). The app runs graphql-codegen with the README's
// recipe (schema and fragments loaded from the installed package), is type-checked by tsc
// under `strict` with both module resolutions a frontend uses, and runs against a live
// PlanHub server, printing real Bắc Kạn figures.

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(sdkDir, '../..');
const requireFromRepo = createRequire(join(repoDir, 'package.json'));
const tsc = requireFromRepo.resolve('typescript/bin/tsc');
const codegenBin = join(dirname(requireFromRepo.resolve('@graphql-codegen/cli/package.json')), 'cjs/bin.js');

const exec = promisify(execFile);
// npm's settings of the `npm test` that runs this (workspace, lifecycle) stay out of the app's npm.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const run = (command: string, args: string[], cwd: string) => exec(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });

let hub: Awaited<ReturnType<typeof startPlanHub>>;
let work: string;
let app: string;
let packed: { filename: string; files: Array<{ path: string }> };
let installLog: string;
let compiled: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'planhub-sdk-app-'));
  app = join(work, 'app');
  const [server, pack] = await Promise.all([startPlanHub(), run('npm', ['pack', '--json', '--silent', '--pack-destination', work], sdkDir)]);
  hub = server;
  packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')))[0];

  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'planhub-dashboard', private: true, type: 'module' }, null, 2));
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)], app);
  installLog = install.stdout + install.stderr;

  // The codegen tools the README names, at the versions this repository locks (a real
  // install of them is the README's first step; linking keeps this test fast).
  mkdirSync(join(app, 'node_modules/@graphql-codegen'), { recursive: true });
  for (const name of ['cli', 'client-preset']) {
    symlinkSync(dirname(requireFromRepo.resolve(`@graphql-codegen/${name}/package.json`)), join(app, 'node_modules/@graphql-codegen', name), 'dir');
  }
  for (const [file, text] of Object.entries(appFiles(hub.url))) writeFileSync(join(app, file), text);
  await run(process.execPath, [codegenBin, '--config', 'codegen.ts'], app);
  // Compiled here (tsc, NodeNext, to dist/) for the program to run; its errors are the next tests' to report.
  compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], app).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  );
}, 180_000);

afterAll(async () => {
  await hub?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed SDK, installed in a new app', () => {
  it('ships the build, its sources (for the source maps), the schema, the operations and the manifest, and nothing else', () => {
    const files = packed.files.map((f) => f.path).sort();
    const pkg = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8'));
    for (const [name, target] of Object.entries(pkg.exports as Record<string, string | { types: string; default: string }>)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default];
      for (const path of paths) {
        const pattern = new RegExp(`^${path.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
        expect(files.some((f) => pattern.test(f)), `export ${name} → ${path}`).toBe(true);
      }
    }
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/schema.graphql', 'src/operations/fragments.graphql', 'src/generated/persisted-documents.json']));
    expect(files.filter((f) => !/^(dist\/|src\/[\w-]+\.ts$|src\/generated\/(graphql|enums)\.ts$|src\/generated\/persisted-documents\.json$|src\/operations\/\w+\.graphql$|LICENSE$|README\.md$|package\.json$)/.test(f))).toEqual([]);
    expect(files.filter((f) => /test|scripts\/|tsconfig|gql\.ts/.test(f))).toEqual([]);
    expect(readFileSync(join(app, 'node_modules/@planhub/sdk/LICENSE'), 'utf8')).toContain('Copyright (c) 2026 PlanHub contributors');
    expect(JSON.parse(readFileSync(join(app, 'node_modules/@planhub/sdk/package.json'), 'utf8')).license).toBe('MIT');
  });

  it('has source maps whose every source is in the package', () => {
    const installed = join(app, 'node_modules/@planhub/sdk');
    const maps = packed.files.map((f) => f.path).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(20); // a .js.map and a .d.ts.map per module
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(join(installed, map), 'utf8')) as { sources: string[] };
      for (const source of sources) expect(existsSync(join(installed, dirname(map), source)), `${map} → ${source}`).toBe(true);
    }
  });

  it('installs without engine warnings on this Node, with its one dependency (and that one’s peer)', () => {
    expect(installLog).not.toMatch(/EBADENGINE|Unsupported engine/);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
    // graphql is @graphql-typed-document-node/core's peer dependency: npm installs it, nothing imports it.
    expect(Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/')).sort()).toEqual([
      'node_modules/@graphql-typed-document-node/core',
      'node_modules/@planhub/sdk',
      'node_modules/graphql',
    ]);
    expect(lock.packages['node_modules/graphql'].peer).toBe(true);
  });

  it('lets codegen load the schema and fragments from the installed package, by export or by path', () => {
    const requireFromApp = createRequire(join(app, 'package.json'));
    expect(requireFromApp.resolve('@planhub/sdk/schema.graphql')).toBe(join(app, 'node_modules/@planhub/sdk/dist/schema.graphql'));
    expect(readFileSync(requireFromApp.resolve('@planhub/sdk/schema.graphql'), 'utf8')).toBe(readFileSync(join(repoDir, 'packages/server/schema.graphql'), 'utf8'));
    expect(requireFromApp.resolve('@planhub/sdk/operations/fragments.graphql')).toBe(join(app, 'node_modules/@planhub/sdk/src/operations/fragments.graphql'));
    const generated = readFileSync(join(app, 'src/gql/graphql.ts'), 'utf8');
    // The app's document with `...TargetFields` in it, and the fragment's type, once.
    expect(generated).toContain('export const PlanTargetsDocument');
    expect(generated.match(/export type TargetFieldsFragment =/g)).toHaveLength(1);
    // Only the fragments came from the SDK, not its operations.
    expect(generated).not.toContain('ListIndicatorsDocument');
  });

  it('type-checks a program using it under strict, with NodeNext and with Bundler resolution', async () => {
    expect(compiled, 'tsc -p tsconfig.json (NodeNext)').toBe('');
    const bundler = await run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], app).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(bundler, 'tsc -p tsconfig.bundler.json (Bundler)').toBe('');
  });

  it('runs against a live PlanHub server and prints real Bắc Kạn figures', async () => {
    const { stdout } = await run(process.execPath, ['dist/main.js'], app);
    expect(stdout.trim().split('\n')).toEqual([
      'Bắc Kạn, economic growth rate 2023: 6.33 percent (ESTIMATE)',
      'Afforestation area (new planting), 2024 target: 3485 hectares, NO_DATA',
      'Statuses: MET, NOT_MET, NO_DATA, OFF_TRACK, ON_TRACK',
      'Query key: ["getIndicator",{"area":"bac-kan","code":"economic-growth-rate"}] → Economic growth rate',
      'Unknown code: NOT_FOUND',
    ]);
  });
});

/** The `codegen.ts` of the SDK README's recipe. */
function readmeCodegen(): string {
  const readme = readFileSync(join(sdkDir, 'README.md'), 'utf8');
  const block = /```ts\n(\/\/ codegen\.ts\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!block?.includes('// importExtension:')) throw new Error('The SDK README has no codegen.ts block with an importExtension line');
  return block;
}

/** The app: the README's codegen recipe, tsconfigs as a frontend has them, and a program. */
function appFiles(url: string): Record<string, string> {
  const compilerOptions = { strict: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true };
  return {
    // The SDK README's codegen.ts as written there, with importExtension on: this app compiles with NodeNext.
    'codegen.ts': readmeCodegen().replace('// importExtension:', 'importExtension:'),
    'tsconfig.json': JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'NodeNext', moduleResolution: 'NodeNext', rootDir: 'src', outDir: 'dist' }, include: ['src'] }, null, 2),
    'tsconfig.bundler.json': JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }, include: ['src'] }, null, 2),
    'src/main.ts': `import { createClient, PlanHubError } from '@planhub/sdk';
import { TargetStatus } from '@planhub/sdk/enums';
import type { TargetFieldsFragment as SdkTargetFields } from '@planhub/sdk/graphql';
import { getIndicator, listIndicators } from '@planhub/sdk/indicators';
import { planSummary } from '@planhub/sdk/plans';
import { getIndicatorQuery } from '@planhub/sdk/tanstack';
import { graphql } from './gql/index.js';
import type { TargetFieldsFragment } from './gql/graphql.js';

const client = createClient({ url: ${JSON.stringify(url)}, lang: 'en' });

// A figure and its reliability.
const growth = await getIndicator(client, { area: 'bac-kan', code: 'economic-growth-rate' });
const result = growth.timeSeries.find((r) => r.period.code === '2023');
console.log(\`Bắc Kạn, economic growth rate 2023: \${result?.value} \${result?.unit.label} (\${result?.reliability})\`);

// The README's example: a plan's indicators with their targets.
const plan = await planSummary(client, 'bac-kan-ktxh-2024');
const page = await listIndicators(client, { filter: { plan: plan.id }, targetsOfPlan: plan.id, first: 50 });
const afforestation = page.edges.find((e) => e.node.code === 'afforestation-area')?.node;

// The app's own operation, spreading the SDK's fragment.
const PlanTargets = graphql(\`
  query PlanTargets($code: String!) {
    plan(code: $code) {
      targets(first: 100) { edges { node { ...TargetFields indicator { code } } } }
    }
  }
\`);
const data = await client.request(PlanTargets, { code: 'bac-kan-ktxh-2024' });
const target: TargetFieldsFragment | undefined = data.plan.targets.edges.find((e) => e.node.indicator.code === 'afforestation-area')?.node;
// The app's fragment type and the SDK's are one shape, either way round.
const fromSdk: TargetFieldsFragment | undefined = afforestation?.targets.edges[0]?.node;
const toSdk: SdkTargetFields | undefined = target;
console.log(\`\${afforestation?.name}, 2024 target: \${fromSdk?.value} \${toSdk?.unit.label}, \${target?.status}\`);

// Runtime enum values, for a dropdown.
const statuses: TargetStatus[] = Object.values(TargetStatus);
console.log(\`Statuses: \${statuses.join(', ')}\`);

// TanStack Query options, without TanStack.
const query = getIndicatorQuery(client, { area: 'bac-kan', code: 'economic-growth-rate' });
const indicator = await query.queryFn({ signal: new AbortController().signal });
console.log(\`Query key: \${JSON.stringify(query.queryKey)} → \${indicator.name}\`);

try {
  await getIndicator(client, { area: 'bac-kan', code: 'no-such-code' });
} catch (error) {
  if (error instanceof PlanHubError) console.log(\`Unknown code: \${error.code}\`);
}

// The types are real, not \`any\`: each of these must be an error (never called).
export async function misuse() {
  // @ts-expect-error an area and a code are required
  await getIndicator(client, 'economic-growth-rate');
  // @ts-expect-error there is no status DONE
  await listIndicators(client, { filter: { status: 'DONE' } });
  // @ts-expect-error a value may be null
  const value: number = growth.timeSeries[0]!.value;
  // @ts-expect-error PlanTargets takes $code
  await client.request(PlanTargets, { plan: 'bac-kan-ktxh-2024' });
  return value;
}
`,
  };
}
