import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

// What gets published: the build (tsc with tsconfig.build.json, as `npm run build`
// does, into a temp folder here) gives ESM and .d.ts for every entry in `exports`.

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8'));
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'planhub-sdk-build-'));
  const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
  await promisify(execFile)(process.execPath, [tsc, '-p', join(sdkDir, 'tsconfig.build.json'), '--outDir', outDir]);
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const built = (path: string) => join(outDir, path.replace(/^\.\/dist\//, ''));
const codeEntries = Object.entries(pkg.exports as Record<string, string | { types: string; default: string }>).filter(
  (entry): entry is [string, { types: string; default: string }] => typeof entry[1] === 'object',
);

it('builds JS and declarations for every export, tree-shakeable', () => {
  expect(pkg.sideEffects).toBe(false);
  expect(codeEntries.length).toBeGreaterThanOrEqual(10);
  for (const [name, target] of codeEntries) {
    expect(existsSync(built(target.default)), `${name} → ${target.default}`).toBe(true);
    expect(existsSync(built(target.types)), `${name} → ${target.types}`).toBe(true);
  }
});

it('emits ESM that imports nothing but its own files', () => {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  for (const file of files) {
    const specifiers = [...readFileSync(join(outDir, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\/.*\.js$/);
  }
});

it('runs from the build: createClient and a typed method', async () => {
  const { createClient, PlanHubError } = await import(pathToFileURL(built(pkg.exports['.'].default)).href);
  const { getIndicator } = await import(pathToFileURL(built(pkg.exports['./indicators'].default)).href);
  const client = createClient({
    url: 'http://build.invalid/graphql',
    fetch: async (_url: string, init: RequestInit) => {
      expect(JSON.parse(String(init.body)).extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      return Response.json({ data: { indicator: { code: 'afforestation-area' } } });
    },
  });
  expect(await getIndicator(client, 'afforestation-area')).toEqual({ code: 'afforestation-area' });
  expect(new PlanHubError('NOT_FOUND', 'x')).toBeInstanceOf(Error);
});
