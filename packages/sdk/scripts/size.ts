// What the SDK costs a browser bundle: each entry bundled by esbuild as an app would
// (minified, tree-shaken, ESM), then gzipped. `npm run size -w @planhub/sdk` prints it;
// the bench imports `measureSdkSize`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SDK_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The typed methods and the module each comes from. */
export const SDK_METHODS = {
  listIndicators: 'indicators',
  getIndicator: 'indicators',
  listPlans: 'plans',
  planSummary: 'plans',
  listSolutions: 'solutions',
  agencyTree: 'agencies',
  search: 'search',
  node: 'node',
} as const;

export interface Size {
  /** Bytes, minified. */
  minified: number;
  /** Bytes, minified and gzipped. */
  gzip: number;
}

export interface SdkSize {
  /** `createClient` (request, paginate, retries) and `PlanHubError`: no documents. */
  runtime: Size;
  /** Each method on its own (its document included) and with the runtime (what an app importing only it pays). */
  methods: Record<keyof typeof SDK_METHODS, Size & { withRuntime: Size }>;
  /** `createPlanHub` from `@planhub/sdk/all`: every method and document. */
  all: Size;
}

/** Bundles `code` (an ES module importing from src/) as an app would and measures it. */
export async function bundleSize(code: string): Promise<Size & { text: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: SDK_DIR, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  const inputs = Object.keys(result.metafile.inputs);
  return { text, inputs, minified: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

const strip = ({ minified, gzip }: Size): Size => ({ minified, gzip });

export async function measureSdkSize(): Promise<SdkSize> {
  const runtime = strip(await bundleSize(`export { createClient, PlanHubError } from './src/client.ts';`));
  const methods = {} as SdkSize['methods'];
  for (const [name, module] of Object.entries(SDK_METHODS) as Array<[keyof typeof SDK_METHODS, string]>) {
    const alone = await bundleSize(`export { ${name} } from './src/${module}.ts';`);
    const withRuntime = await bundleSize(`export { ${name} } from './src/${module}.ts'; export { createClient, PlanHubError } from './src/client.ts';`);
    methods[name] = { ...strip(alone), withRuntime: strip(withRuntime) };
  }
  const all = strip(await bundleSize(`export { createPlanHub } from './src/all.ts';`));
  return { runtime, methods, all };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = await measureSdkSize();
  console.log(`@planhub/sdk, minified + gzipped (esbuild, ES2022)`);
  console.log(`  runtime (createClient, PlanHubError; no documents): ${kb(size.runtime.gzip)} (${kb(size.runtime.minified)} minified)`);
  console.log(`  method                       alone    with runtime`);
  for (const [name, s] of Object.entries(size.methods)) {
    console.log(`  ${name.padEnd(26)} ${kb(s.gzip).padStart(9)} ${kb(s.withRuntime.gzip).padStart(12)}`);
  }
  console.log(`  everything (createPlanHub from @planhub/sdk/all): ${kb(size.all.gzip)}`);
}
