import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

// The dashboard's production bundle, as `vite build` makes it, and the SDK's part of it:
// for the benchmark's report and the dashboard's README.

const root = fileURLToPath(new URL('..', import.meta.url));

export interface DashboardSize {
  /** JavaScript, minified, in bytes. */
  minified: number;
  /** JavaScript, minified and gzipped (level 9), in bytes. */
  gzip: number;
  /** CSS, minified and gzipped, in bytes. */
  cssGzip: number;
  /** @planhub/sdk's part of the JavaScript (0–1), by its modules' rendered code before minifying. */
  sdkShare: number;
  /** React, ReactDOM and TanStack Query's part, likewise. */
  frameworkShare: number;
  /** The dashboard's own code's part (its src/); the rest is the chart library and what it needs. */
  ownShare: number;
  /** The GraphQL operations the bundle carries (`query Search`, …), by name. */
  operations: string[];
}

export async function measureDashboardSize(): Promise<DashboardSize> {
  const output = (await build({ root, logLevel: 'silent', build: { write: false } })) as Rollup.RollupOutput;
  const size: DashboardSize = { minified: 0, gzip: 0, cssGzip: 0, sdkShare: 0, frameworkShare: 0, ownShare: 0, operations: [] };
  let rendered = 0;
  let sdk = 0;
  let framework = 0;
  let own = 0;
  for (const file of output.output) {
    if (file.type === 'asset') {
      if (file.fileName.endsWith('.css')) size.cssGzip += gzipSync(file.source, { level: 9 }).length;
      continue;
    }
    size.minified += Buffer.byteLength(file.code);
    size.gzip += gzipSync(file.code, { level: 9 }).length;
    for (const m of file.code.matchAll(/\b(?:query|mutation|subscription) ([A-Z]\w*)[\s({]/g)) size.operations.push(m[1]!);
    for (const [id, module] of Object.entries(file.modules)) {
      rendered += module.renderedLength;
      if (id.includes('/packages/sdk/')) sdk += module.renderedLength;
      else if (id.includes('/packages/dashboard/src/')) own += module.renderedLength;
      else if (/\/node_modules\/(react|react-dom|scheduler|@tanstack)\//.test(id)) framework += module.renderedLength;
    }
  }
  return { ...size, operations: [...new Set(size.operations)].sort(), sdkShare: sdk / rendered, frameworkShare: framework / rendered, ownShare: own / rendered };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line for a report: the bundle, gzipped, and the SDK's share of it. */
export function describeDashboardSize(s: DashboardSize): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  return `${kb(s.gzip)} JS min+gzip (${kb(s.minified)} minified) + ${kb(s.cssGzip)} CSS; of the JS, the SDK ${pct(s.sdkShare)} (about ${kb(s.gzip * s.sdkShare)} gzipped), React + TanStack Query ${pct(s.frameworkShare)}, the dashboard's own code ${pct(s.ownShare)}, Recharts and what it needs the rest (${pct(1 - s.sdkShare - s.frameworkShare - s.ownShare)})`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`@planhub/dashboard production bundle: ${describeDashboardSize(await measureDashboardSize())}`);
}
